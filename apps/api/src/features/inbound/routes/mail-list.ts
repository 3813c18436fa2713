import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { isCampaignIdShape, requireCampaign } from '../../campaigns/public.js';
import { inboundMessageJson } from '../mail/inbound-json.js';
import { findMailEnrollments, listInboundMessages } from '../mail/inbound-messages.repository.js';
import { InboundListQuerySchema, InboundListSchema, isInboundIdShape } from '../mail/schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/inbound/messages',
  tags: ['Inbound mail'],
  summary: 'List the mail read',
  description:
    'Newest first. `matched=false` is the triage list: mail no enrollment was found for, to match by hand ' +
    '(`POST /v1/inbound/messages/{id}/match`). Pass `next_cursor` as `cursor` for the next page.',
  request: { query: InboundListQuerySchema },
  responses: {
    200: { description: 'A page of mail.', content: { 'application/json': { schema: InboundListSchema } } },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

/** Opaque to clients: base64url of the last id of a page. */
function encodeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  return isInboundIdShape(id) ? id : null;
}

export const listMailRoute = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const query = c.req.valid('query');
  const afterId = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (afterId === null) {
    const message = 'Not a cursor from this list: pass next_cursor from the previous page.';
    throw problems.validation(`query.cursor: ${message}`, [{ path: 'query.cursor', message }]);
  }
  if (query.campaign_id !== undefined) {
    if (!isCampaignIdShape(query.campaign_id))
      throw problems.notFound('No campaign with this id in your workspace.');
    await requireCampaign(db, workspaceId, query.campaign_id);
  }
  const { rows, hasMore } = await listInboundMessages(db, workspaceId, {
    kind: query.kind,
    matched: query.matched === undefined ? undefined : query.matched === 'true',
    campaignId: query.campaign_id,
    limit: query.limit,
    afterId,
  });
  const enrollments = await findMailEnrollments(
    db,
    workspaceId,
    rows.flatMap((r) => (r.enrollment_id ? [r.enrollment_id] : [])),
  );
  const last = rows.at(-1);
  return c.json(
    InboundListSchema.parse({
      data: rows.map((row) =>
        inboundMessageJson(row, row.enrollment_id ? (enrollments.get(row.enrollment_id) ?? null) : null),
      ),
      next_cursor: hasMore && last ? encodeCursor(last.id) : null,
    }),
    200,
  );
});
