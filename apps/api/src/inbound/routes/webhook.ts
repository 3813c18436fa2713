import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../http/app-env.js';
import { createRouter } from '../../http/create-router.js';
import { ProblemError, problems } from '../../http/problem.js';
import { problemResponses } from '../../http/problem-responses.js';
import type { TrackingRuntime } from '../../tracking/tracking-runtime.js';
import { BadPayloadError, isProvider, type ParsedWebhook, type ProviderName } from '../inbound-event.js';
import { type MailgunConfig, parseMailgun, verifyMailgun } from '../providers/mailgun.js';
import { type PostmarkConfig, parsePostmark, verifyPostmark } from '../providers/postmark.js';
import { parseSendgrid, type SendgridConfig, verifySendgrid } from '../providers/sendgrid.js';
import {
  parseEnvelope,
  parseSesNotification,
  type SesConfig,
  type SnsEnvelope,
  verifySes,
} from '../providers/ses.js';
import type { ProviderRecord } from '../providers.repository.js';
import { findProvider, saveProviderState } from '../providers.repository.js';
import { recordInbound } from '../record-inbound.js';
import { InboundParamsSchema, InboundResultSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/webhooks/{provider}/{workspace_id}',
  tags: ['Inbound webhooks'],
  summary: 'Receive an ESP’s event webhook',
  description:
    'Where SES (through SNS), SendGrid, Mailgun and Postmark post their events. Each request is checked the way the ' +
    'provider documents (SNS signature and topic, SendGrid ECDSA signature, Mailgun HMAC, Postmark basic auth or ' +
    'secret header) against the settings of `PUT /v1/providers/{provider}`: a missing or bad signature is a 401 and ' +
    'records nothing. Events are matched to the message named by `leadstatus_message` (or else the latest message ' +
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

function rejected(): ProblemError {
  // One answer for every failure (unknown workspace, no settings, bad signature): it reveals nothing.
  return new ProblemError(
    'unauthorized',
    401,
    'The webhook signature is missing or not valid for this workspace.',
  );
}

async function sesWebhook(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  record: ProviderRecord,
  rawBody: string,
): Promise<{ parsed: ParsedWebhook; subscription?: 'pending_confirmation' | 'confirmed' }> {
  let envelope: SnsEnvelope;
  try {
    envelope = parseEnvelope(rawBody);
  } catch {
    throw rejected();
  }
  if (!(await verifySes(envelope, record.config as unknown as SesConfig, runtime.fetchCertificate)))
    throw rejected();
  if (envelope.Type === 'SubscriptionConfirmation') {
    const pending = {
      topic_arn: envelope.TopicArn,
      subscribe_url: envelope.SubscribeURL as string,
      received_at: new Date(services.clock.now()).toISOString(),
    };
    if (runtime.sesAutoConfirm) {
      await runtime.confirmSubscription(pending.subscribe_url);
      await saveProviderState(services.db, workspaceId, 'ses', {
        ...record.state,
        pending_confirmation: null,
      });
      services.logger.info({ workspaceId, topicArn: envelope.TopicArn }, 'SNS subscription confirmed');
      return { parsed: { events: [], ignored: 0 }, subscription: 'confirmed' };
    }
    await saveProviderState(services.db, workspaceId, 'ses', {
      ...record.state,
      pending_confirmation: pending,
    });
    services.logger.warn(
      { workspaceId, topicArn: envelope.TopicArn, subscribeUrl: pending.subscribe_url },
      'SNS subscription waiting for confirmation: open its SubscribeURL (or set SES_AUTO_CONFIRM=true)',
    );
    return { parsed: { events: [], ignored: 0 }, subscription: 'pending_confirmation' };
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
  const record = /^ws_[0-9A-Za-z]{1,40}$/.test(workspaceId)
    ? await findProvider(services.db, workspaceId, provider as ProviderName)
    : undefined;
  if (!record) throw rejected();

  let parsed: ParsedWebhook;
  let subscription: 'pending_confirmation' | 'confirmed' | undefined;
  try {
    switch (provider) {
      case 'ses':
        ({ parsed, subscription } = await sesWebhook(services, runtime, workspaceId, record, rawBody));
        break;
      case 'sendgrid':
        if (!verifySendgrid(c.req.raw.headers, rawBody, record.config as unknown as SendgridConfig))
          throw rejected();
        parsed = parseSendgrid(rawBody);
        break;
      case 'mailgun':
        if (!verifyMailgun(rawBody, record.config as unknown as MailgunConfig)) throw rejected();
        parsed = parseMailgun(rawBody);
        break;
      case 'postmark':
        if (!verifyPostmark(c.req.raw.headers, record.config as unknown as PostmarkConfig)) throw rejected();
        parsed = parsePostmark(rawBody);
        break;
    }
  } catch (error) {
    if (error instanceof BadPayloadError) {
      throw problems.validation(error.message, [{ path: 'body', message: error.message }]);
    }
    throw error;
  }
  const summary = await recordInbound(services, runtime, workspaceId, provider, parsed);
  return c.json(InboundResultSchema.parse({ ...summary, ...(subscription ? { subscription } : {}) }), 200);
});
