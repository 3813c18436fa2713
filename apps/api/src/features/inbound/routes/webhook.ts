import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { ProblemError, problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import type { Services } from '../../../platform/services/services.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import { FRESHNESS, isFresh, unixSecondsToMs } from '../providers/freshness.js';
import {
  BadPayloadError,
  isProvider,
  type ParsedWebhook,
  type ProviderName,
} from '../providers/inbound-event.js';
import { type MailgunConfig, parseMailgun, verifyMailgun } from '../providers/mailgun.js';
import { type PostmarkConfig, parsePostmark, verifyPostmark } from '../providers/postmark.js';
import {
  parseSendgrid,
  type SendgridConfig,
  TIMESTAMP_HEADER,
  verifySendgrid,
} from '../providers/sendgrid.js';
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
import { claimWebhookToken, releaseWebhookToken } from '../webhook-tokens.repository.js';

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

function rejected(): ProblemError {
  // One answer for every failure (unknown workspace, no settings, bad, stale or replayed signature): it reveals nothing.
  return new ProblemError(
    'unauthorized',
    401,
    'The webhook signature is missing or not valid for this workspace.',
  );
}

/** A signature that verifies but is too old (or too far ahead), or replayed: refused like a bad one, logged for the operator. */
function refused(
  services: Services,
  provider: ProviderName,
  workspaceId: string,
  reason: string,
): ProblemError {
  services.logger.warn({ provider, workspaceId }, `inbound webhook refused: ${reason}`);
  return rejected();
}

/**
 * Mailgun's signature covers a timestamp and a one-time token, not the body: it must be fresh, and
 * its token is claimed (per workspace, in the database) so the same signature never carries other
 * events. Returns how to release the claim should the request fail after all.
 */
async function claimMailgunSignature(
  services: Services,
  workspaceId: string,
  record: ProviderRecord,
  rawBody: string,
): Promise<() => Promise<void>> {
  const signature = verifyMailgun(rawBody, record.config as unknown as MailgunConfig);
  if (!signature) throw rejected();
  if (!isFresh('mailgun', signature.signedAt, services.clock.now())) {
    throw refused(
      services,
      'mailgun',
      workspaceId,
      'the signature timestamp is outside the freshness window',
    );
  }
  const expiresAt = signature.signedAt + FRESHNESS.mailgun.before;
  const claim = { workspaceId, provider: 'mailgun', token: signature.token } as const;
  if (!(await claimWebhookToken(services.writer, { ...claim, expiresAt }))) {
    throw refused(services, 'mailgun', workspaceId, 'the signature token was used before (a replay)');
  }
  return () => releaseWebhookToken(services.writer, claim);
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
  // Checked once the signature holds, so the log only ever speaks of messages SNS really sent.
  if (!isFresh('ses', Date.parse(envelope.Timestamp), services.clock.now())) {
    throw refused(services, 'ses', workspaceId, 'the SNS Timestamp is outside the freshness window');
  }
  if (envelope.Type === 'SubscriptionConfirmation') {
    const pending = {
      topic_arn: envelope.TopicArn,
      subscribe_url: envelope.SubscribeURL as string,
      received_at: new Date(services.clock.now()).toISOString(),
    };
    if (runtime.sesAutoConfirm) {
      await runtime.confirmSubscription(pending.subscribe_url);
      await saveProviderState(services.writer, {
        workspaceId,
        provider: 'ses',
        state: { ...record.state, pending_confirmation: null },
      });
      services.logger.info({ workspaceId, topicArn: envelope.TopicArn }, 'SNS subscription confirmed');
      return { parsed: { events: [], ignored: 0 }, subscription: 'confirmed' };
    }
    await saveProviderState(services.writer, {
      workspaceId,
      provider: 'ses',
      state: { ...record.state, pending_confirmation: pending },
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
  let release: (() => Promise<void>) | undefined;
  try {
    switch (provider) {
      case 'ses':
        ({ parsed, subscription } = await sesWebhook(services, runtime, workspaceId, record, rawBody));
        break;
      case 'sendgrid':
        if (!verifySendgrid(c.req.raw.headers, rawBody, record.config as unknown as SendgridConfig))
          throw rejected();
        if (
          !isFresh('sendgrid', unixSecondsToMs(c.req.header(TIMESTAMP_HEADER) ?? ''), services.clock.now())
        ) {
          throw refused(
            services,
            'sendgrid',
            workspaceId,
            'the signed timestamp is outside the freshness window',
          );
        }
        parsed = parseSendgrid(rawBody);
        break;
      case 'mailgun':
        release = await claimMailgunSignature(services, workspaceId, record, rawBody);
        parsed = parseMailgun(rawBody);
        break;
      case 'postmark':
        if (!verifyPostmark(c.req.raw.headers, record.config as unknown as PostmarkConfig)) throw rejected();
        parsed = parsePostmark(rawBody);
        break;
    }
    const summary = await recordInbound(services, runtime, workspaceId, provider, parsed);
    return c.json(InboundResultSchema.parse({ ...summary, ...(subscription ? { subscription } : {}) }), 200);
  } catch (error) {
    // The provider will retry a failed request with the same signature: it must not look like a replay then.
    await release?.().catch((releaseError: unknown) =>
      services.logger.error({ err: releaseError, workspaceId }, 'releasing a webhook token failed'),
    );
    if (error instanceof BadPayloadError) {
      throw problems.validation(error.message, [{ path: 'body', message: error.message }]);
    }
    throw error;
  }
});
