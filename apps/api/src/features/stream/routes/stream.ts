import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { scopedCampaignIds } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { ProblemError, problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { requireCampaign } from '../../campaigns/public.js';
import { StreamHeadersSchema, StreamQuerySchema } from '../schemas.js';
import { StatusStream } from '../status-stream.js';

const EVENT_FORMAT = `A [Server-Sent Events](https://html.spec.whatwg.org/multipage/server-sent-events.html) stream.
It opens with \`retry: 2000\` and a \`ready\` event whose \`id\` is a cursor, then sends one event per status change:

\`\`\`
event: status.changed
id: chg_01JDQ7X3M6V1W8A2B4C6D8E0F2
data: {"enrollment_id":"enr_…","lead_id":"lead_…","campaign_id":"cmp_…","from":"sent","to":"replied","reason":null,"at":"2026-11-27T10:00:00.000Z"}
\`\`\`

\`at\` is when the change happened in the lead's history. A comment line (\`: ping\`) every 15 seconds keeps
proxies from closing an idle stream. On reconnect, browsers send \`Last-Event-ID\` and the changes after it
are sent first; changes from the 2 seconds before it may come again (dedupe by \`id\`).`;

const route = createRoute({
  method: 'get',
  path: '/v1/stream',
  tags: ['Events'],
  summary: 'Stream status changes (Server-Sent Events)',
  description:
    'Every change of an enrollment status in your workspace (or one campaign), within a second, from any ' +
    'server process. Hold it open with `fetch` or any SSE client that can send the `Authorization` header; ' +
    'reconnecting with `Last-Event-ID` misses nothing. ' +
    'At most 100 open streams per workspace and server process.',
  request: { query: StreamQuerySchema, headers: StreamHeadersSchema },
  responses: {
    200: {
      description: EVENT_FORMAT,
      content: {
        'text/event-stream': {
          schema: z
            .string()
            .openapi({ description: '`ready`, then `status.changed` events and `: ping` comments.' }),
        },
      },
    },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const streamStatusChanges = createRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const feed = c.get('statusFeed');
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const query = c.req.valid('query');
  const lastEventId = c.req.valid('header')['last-event-id'] ?? query.last_event_id;
  if (query.campaign_id !== undefined) {
    if (scopedCampaignIds(caller, [query.campaign_id])?.length === 0)
      throw problems.notFound('No campaign with this id in your workspace.');
    await requireCampaign(services.db, workspaceId, query.campaign_id);
  }

  const stream = new StatusStream({
    db: services.db,
    clock: services.clock,
    logger: services.logger,
    settings: feed.settings,
    workspaceId,
    filter: {
      campaignIds: scopedCampaignIds(
        caller,
        query.campaign_id === undefined ? undefined : [query.campaign_id],
      ),
      statuses: caller.embed?.statuses ?? undefined,
    },
    lastEventId,
  });
  const subscription = await feed.subscribe(workspaceId, stream);
  if (subscription === 'limit') {
    throw new ProblemError(
      'rateLimited',
      429,
      `This workspace already has ${feed.settings.maxStreamsPerWorkspace} open streams on this server; close one or retry later.`,
      undefined,
      { 'Retry-After': '10' },
    );
  }
  if (subscription === 'closed')
    throw problems.unavailable('The server is restarting; reconnect shortly.', 2);

  const { signal } = c.req.raw;
  if (signal.aborted) stream.close();
  else signal.addEventListener('abort', () => stream.close(), { once: true });
  // Reverse proxies that buffer responses (nginx) would hold events back; this asks them not to.
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (sse) => {
    try {
      await stream.run(sse, subscription);
    } catch (error) {
      // The stream ends; the client reconnects with its Last-Event-ID. No error text goes to it.
      services.logger.warn({ err: error, workspaceId, requestId: c.get('requestId') }, 'event stream failed');
    }
  });
});
