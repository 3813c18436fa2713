import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import type { Services } from '../../../platform/services/services.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import { BadPayloadError, isProvider, type ParsedWebhook } from '../providers/inbound-event.js';
import { type MailgunConfig, parseMailgun, verifyMailgun } from '../providers/mailgun.js';
import { type PostmarkConfig, parsePostmark, verifyPostmark } from '../providers/postmark.js';
import { parseSendgrid } from '../providers/sendgrid.js';
import { parseSesNotification } from '../providers/ses.js';
import type { ProviderRecord } from '../providers.repository.js';
import { recordInbound } from '../record-inbound.js';
import { InboundParamsSchema, InboundResultSchema } from '../schemas.js';
import { handleSubscriptionConfirmation, type SnsSubscription } from './sns-subscription.js';
import {
  checkMailgun,
  checkSendgrid,
  claimMailgunToken,
  rejected,
  releaseClaim,
  verifiedSnsEnvelope,
  webhookSettings,
} from './webhook-auth.js';

const route = createRoute({
  method: 'post',
  path: '/webhooks/{provider}/{workspace_id}',
  tags: ['Inbound webhooks'],
  summary: 'Receive an ESP’s event webhook',
  description:
    'Where SES (through SNS), SendGrid, Mailgun and Postmark post their events. Each request is checked the way the ' +
    'provider documents (SNS signature and topic, SendGrid ECDSA signature, Mailgun HMAC, Postmark basic auth or ' +
    'secret header) against the settings of `PUT /v1/providers/{provider}`: a missing or bad signature is a 401 and ' +
    'records nothing. So is a signature outside its freshness window (Mailgun and SendGrid: 5 minutes either side ' +
    'of the server clock; SNS: published up to an hour ago, or 5 minutes ahead) and a Mailgun signature token seen ' +
    'before (a replay). Events whose time is outside the accepted range are counted as `ignored`. Events are matched to the message named by `leadstatus_message` (or else the latest message ' +
    'to the recipient) and recorded once per provider event id: a replay is a duplicate. Public (no API key).',
  security: [],
  request: {
    params: InboundParamsSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', description: 'The provider’s own payload, as it documents it.' },
        },
        'text/plain': {
          schema: { type: 'string', description: 'SNS posts its JSON envelope as text/plain.' },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Verified and recorded.',
      content: { 'application/json': { schema: InboundResultSchema } },
    },
    ...problemResponses(400, 401, 404, 413, 500, 503),
  },
});

/** A verified SNS message: a subscription to confirm, or an SES event notification. */
async function sesWebhook(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  record: ProviderRecord,
  rawBody: string,
): Promise<{ parsed: ParsedWebhook; subscription?: SnsSubscription }> {
  const envelope = await verifiedSnsEnvelope(services, runtime, workspaceId, record, rawBody);
  if (envelope.Type === 'SubscriptionConfirmation') {
    const subscription = await handleSubscriptionConfirmation(
      services,
      runtime,
      workspaceId,
      record,
      envelope,
    );
    return { parsed: { events: [], ignored: 0 }, subscription };
  }
  if (envelope.Type !== 'Notification') return { parsed: { events: [], ignored: 1 } };
  return { parsed: parseSesNotification(envelope) };
}

export const inboundWebhook = createRouter().openapi(route, async (c) => {
  const { provider, workspace_id: workspaceId } = c.req.valid('param');
  if (!isProvider(provider)) throw problems.notFound(`No inbound webhook for ${provider}.`);
  const services = c.get('services');
  const runtime = c.get('tracking');
  const rawBody = await c.req.text();
  const record = await webhookSettings(services, workspaceId, provider);

  let parsed: ParsedWebhook;
  let subscription: SnsSubscription | undefined;
  let release: (() => Promise<void>) | undefined;
  try {
    switch (provider) {
      case 'ses':
        ({ parsed, subscription } = await sesWebhook(services, runtime, workspaceId, record, rawBody));
        break;
      case 'sendgrid':
        checkSendgrid(services, workspaceId, record, c.req.raw.headers, rawBody);
        parsed = parseSendgrid(rawBody);
        break;
      case 'mailgun': {
        const config = record.config as unknown as MailgunConfig;
        const signature = checkMailgun(services, workspaceId, verifyMailgun(rawBody, config));
        release = await claimMailgunToken(services, workspaceId, signature);
        parsed = parseMailgun(rawBody);
        break;
      }
      case 'postmark':
        if (!verifyPostmark(c.req.raw.headers, record.config as unknown as PostmarkConfig)) throw rejected();
        parsed = parsePostmark(rawBody);
        break;
    }
    const summary = await recordInbound(services, runtime, workspaceId, provider, parsed);
    return c.json(InboundResultSchema.parse({ ...summary, ...(subscription ? { subscription } : {}) }), 200);
  } catch (error) {
    // The provider will retry a failed request with the same signature: it must not look like a replay then.
    await releaseClaim(services, workspaceId, release);
    if (error instanceof BadPayloadError) {
      throw problems.validation(error.message, [{ path: 'body', message: error.message }]);
    }
    throw error;
  }
});
