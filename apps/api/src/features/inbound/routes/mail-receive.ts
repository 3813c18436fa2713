import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { ProblemError, problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { isCampaignIdShape, requireCampaign } from '../../campaigns/public.js';
import { receivedMailJson } from '../mail/inbound-json.js';
import { receiveMail } from '../mail/receive-mail.js';
import { MAX_MAIL_BYTES, ReceivedMailSchema, ReceiveQuerySchema } from '../mail/schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/inbound/messages',
  tags: ['Inbound mail'],
  summary: 'Read a mail a lead (or a mail server) sent back',
  description:
    'Post the raw message (`message/rfc822`, up to 10 MiB) as your mailbox received it: a reply, an automatic reply, ' +
    'an out-of-office, a bounce (DSN) or a complaint (ARF). It is classified, matched to the enrollment it answers ' +
    '(In-Reply-To, References, the original inside a report, then the address), and its effect recorded: a reply ' +
    'makes the lead Replied, an out-of-office pauses it until the day after its return date, a bounce applies the ' +
    'bounce rules, a complaint or an unsubscribe request opts the lead out. The same mail again (by Message-ID, or ' +
    'its bytes) answers 200 with `duplicate: true` and changes nothing. Unmatched mail is kept for triage.',
  request: {
    query: ReceiveQuerySchema,
    body: {
      required: true,
      content: {
        'message/rfc822': {
          schema: { type: 'string', format: 'binary', description: 'The raw message, headers and body.' },
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
      description: 'This mail was received before: nothing changed.',
      content: { 'application/json': { schema: ReceivedMailSchema } },
    },
    ...problemResponses(400, 404, 413, 415, ...AUTHENTICATED_PROBLEMS),
  },
});

export const receiveMailRoute = createRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const { workspaceId } = c.get('caller');
  const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'message/rfc822') {
    throw new ProblemError(
      'unsupportedMediaType',
      415,
      'Send the raw mail with Content-Type: message/rfc822.',
    );
  }
  const { campaign_id: campaignId } = c.req.valid('query');
  if (campaignId !== undefined) {
    if (!isCampaignIdShape(campaignId))
      throw problems.notFound('No campaign with this id in your workspace.');
    await requireCampaign(services.db, workspaceId, campaignId);
  }
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (raw.byteLength > MAX_MAIL_BYTES) {
    throw new ProblemError('payloadTooLarge', 413, `A mail is read up to ${MAX_MAIL_BYTES} bytes.`);
  }
  const recorded = await receiveMail(services, workspaceId, raw, { source: 'api', campaignId });
  const body = ReceivedMailSchema.parse(receivedMailJson(recorded));
  return recorded.duplicate ? c.json(body, 200) : c.json(body, 202);
});
