import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../../platform/http/app-env.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { ProblemError, problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import { receivedMailJson } from '../mail/inbound-json.js';
import { receiveMail } from '../mail/receive-mail.js';
import { MAX_MAIL_BYTES, ReceivedMailSchema } from '../mail/schemas.js';
import { BadPayloadError, isProvider } from '../providers/inbound-event.js';
import { InboundParamsSchema } from '../schemas.js';
import { MAIL_MEDIA_TYPES, MAIL_READERS, type MailDelivery, type SnsNotice } from './mail-webhook-readers.js';
import { releaseClaim, webhookSettings } from './webhook-auth.js';

const SnsNoticeSchema = z
  .object({
    sns: z.enum(['SubscriptionConfirmation', 'UnsubscribeConfirmation']),
    subscription: z
      .enum(['pending_confirmation', 'confirmed'])
      .nullable()
      .openapi({
        description:
          'A SubscriptionConfirmation is confirmed when SES_AUTO_CONFIRM allows, else kept pending ' +
          '(see `GET /v1/providers`).',
      }),
  })
  .openapi('InboundMailSnsNotice');

/**
 * Mailgun posts the raw MIME (`body-mime`) only to a URL ending in `mime`: the same route answers
 * at `…/mime` too.
 */
const routeAt = (ending: 'mail' | 'mime') =>
  createRoute({
    method: 'post',
    path: `/webhooks/{provider}/{workspace_id}/${ending}`,
    tags: ['Inbound mail'],
    summary: 'Receive the mail an ESP received for you',
    description:
      'Where an ESP posts the mail it received (replies, bounces, out-of-offices), each read like ' +
      '`POST /v1/inbound/messages` with `source` set to the ESP. Checked against the settings of ' +
      '`PUT /v1/providers/{provider}` as the event webhook is, with the same opaque 401 for every ' +
      'failure:\n\n' +
      '- `ses`: an SES receipt rule with an **SNS action** (not S3) publishing to a topic listed in ' +
      '`topic_arns`, subscribed to this URL. The SNS signature, topic and freshness (1 hour) are ' +
      'checked; the mail is the notification’s `content` (base64 when the action’s encoding is ' +
      'Base64). A SubscriptionConfirmation is handled as on the event webhook.\n' +
      '- `sendgrid`: Inbound Parse with "POST the raw, full MIME message" on (the mail is the `email` ' +
      'field) and a **security policy with signature verification** attached to the Parse setting: ' +
      'SendGrid signs the post with ECDSA as it signs the Event Webhook, verified with the configured ' +
      '`public_key` over the timestamp header and the exact multipart body, fresh within 5 minutes. ' +
      'Unsigned posts are refused: Parse has no shared secret, and its signature is the only proof ' +
      'of origin this service can check.\n' +
      '- `mailgun`: a route whose action is `forward("https://…/webhooks/mailgun/<workspace id>/mime")` ' +
      '(Mailgun posts the raw MIME, `body-mime`, only to a URL ending in `mime`). The HMAC of `timestamp` + `token` with the ' +
      'signing key, its freshness (5 minutes) and the token’s first use (no replay) are checked.\n' +
      '- `postmark`: the server’s inbound webhook with "Include raw email content in JSON payload" on ' +
      '(the mail is `RawEmail`), and basic auth in the URL (`https://postmark:<secret>@…`) or the ' +
      '`X-Webhook-Secret` header.\n\n' +
      'A payload without the mail (an S3 action, Parse not in raw mode, a Mailgun URL not ending in ' +
      '`mime`, no `RawEmail`) is a 400 that says which setting to change; a mail over 10 MiB is a 413. ' +
      'A new mail answers 202, a redelivery (same Message-ID) 200 with `duplicate: true`. Public (no ' +
      'API key).',
    security: [],
    request: {
      params: InboundParamsSchema,
      body: {
        required: true,
        content: {
          'text/plain': {
            schema: { type: 'string', description: '`ses`: the SNS envelope (JSON), as SNS posts it.' },
          },
          'multipart/form-data': {
            schema: {
              type: 'object',
              description:
                '`sendgrid`: Inbound Parse in raw mode (`email`, …); `mailgun`: `body-mime`, `timestamp`, …',
            },
          },
          'application/x-www-form-urlencoded': {
            schema: { type: 'object', description: '`mailgun`, for a mail without attachments.' },
          },
          'application/json': {
            schema: { type: 'object', description: '`postmark`: the inbound message JSON, with `RawEmail`.' },
          },
        },
      },
    },
    responses: {
      202: {
        description: 'Read, and recorded when matched.',
        content: { 'application/json': { schema: ReceivedMailSchema } },
      },
      200: {
        description: 'This mail was received before (nothing changed), or an SNS message with no mail.',
        content: { 'application/json': { schema: z.union([ReceivedMailSchema, SnsNoticeSchema]) } },
      },
      ...problemResponses(400, 401, 404, 413, 415, 500, 503),
    },
  });
const route = routeAt('mail');

function isNotice(read: MailDelivery | SnsNotice): read is SnsNotice {
  return 'sns' in read;
}

const receive: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { provider, workspace_id: workspaceId } = c.req.valid('param');
  if (!isProvider(provider)) throw problems.notFound(`No inbound mail webhook for ${provider}.`);
  // Before the workspace is looked up: a wrong media type reveals nothing about it.
  const contentType = c.req.header('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!MAIL_MEDIA_TYPES[provider].includes(mediaType)) {
    const accepted = MAIL_MEDIA_TYPES[provider].join(' or ');
    throw new ProblemError('unsupportedMediaType', 415, `${provider} posts its inbound mail as ${accepted}.`);
  }
  const services = c.get('services');
  const record = await webhookSettings(services, workspaceId, provider);
  const body = new Uint8Array(await c.req.arrayBuffer());

  let read: MailDelivery | SnsNotice;
  try {
    read = await MAIL_READERS[provider]({
      services,
      runtime: c.get('tracking'),
      workspaceId,
      record,
      headers: c.req.raw.headers,
      body,
      contentType,
    });
  } catch (error) {
    if (error instanceof BadPayloadError) {
      throw problems.validation(error.message, [{ path: 'body', message: error.message }]);
    }
    throw error;
  }
  if (isNotice(read)) return c.json(SnsNoticeSchema.parse(read), 200);
  if (read.raw.byteLength > MAX_MAIL_BYTES) {
    throw new ProblemError('payloadTooLarge', 413, `A mail is read up to ${MAX_MAIL_BYTES} bytes.`);
  }

  let release: (() => Promise<void>) | undefined;
  try {
    release = await read.claim?.();
    const recorded = await receiveMail(services, workspaceId, read.raw, { source: provider });
    const answer = ReceivedMailSchema.parse(receivedMailJson(recorded));
    return recorded.duplicate ? c.json(answer, 200) : c.json(answer, 202);
  } catch (error) {
    // Mailgun retries a failed post with the same signature: it must not look like a replay then.
    await releaseClaim(services, workspaceId, release);
    throw error;
  }
};

export const mailWebhook = createRouter().openapi(route, receive).openapi(routeAt('mime'), receive);
