import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { recordMessage } from '../record-message.js';
import { MessageAssetsSchema, MessageInputSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/messages',
  tags: ['Sending'],
  summary: 'Report a message you are sending, and get its tracking URLs',
  description:
    'Call it just before sending step `step` to a lead: records the `sent` event (which also schedules the next step) and answers the ' +
    'open pixel, the tracked URL of each link, a honeypot link, the unsubscribe URL and the `List-Unsubscribe` / ' +
    '`List-Unsubscribe-Post` headers (RFC 8058). A 409 means sending has stopped for that lead (replied, bounced, ' +
    'unsubscribed, completed or paused): do not send. Report the same `id` again (a retry) to get the same answer.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: MessageInputSchema,
          example: {
            campaign_id: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2',
            lead_id: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3',
            step: 1,
            links: ['https://example.com/pricing'],
            id: 'esp-msg-123',
          },
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Recorded: send the message with these URLs and headers.',
      content: { 'application/json': { schema: MessageAssetsSchema } },
    },
    200: {
      description: 'This message `id` was reported before: the same assets, nothing recorded again.',
      content: { 'application/json': { schema: MessageAssetsSchema } },
    },
    ...problemResponses(400, 404, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const postMessage = createRouter().openapi(route, async (c) => {
  const assets = await recordMessage(
    c.get('services'),
    c.get('tracking'),
    c.get('caller').workspaceId,
    c.req.valid('json'),
  );
  const body = MessageAssetsSchema.parse(assets);
  return assets.duplicate ? c.json(body, 200) : c.json(body, 201);
});
