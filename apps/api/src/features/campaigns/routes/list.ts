import { createRoute } from '@hono/zod-openapi';
import { scopedCampaignIds } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { campaignToJson } from '../campaign-json.js';
import { listCampaigns } from '../campaigns.repository.js';
import { decodeCampaignCursor, encodeCampaignCursor } from '../cursor.js';
import { CampaignListQuerySchema, CampaignListSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns',
  tags: ['Campaigns'],
  summary: 'List campaigns',
  description: 'Newest first, with their steps. Pass `next_cursor` as `cursor` for the next page.',
  request: { query: CampaignListQuerySchema },
  responses: {
    200: {
      description: 'A page of campaigns.',
      content: { 'application/json': { schema: CampaignListSchema } },
    },
    ...problemResponses(400, ...AUTHENTICATED_PROBLEMS),
  },
});

export const listCampaignsRoute = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const { limit, cursor } = c.req.valid('query');
  const afterId = cursor === undefined ? undefined : decodeCampaignCursor(cursor);
  if (afterId === null) {
    const message = 'Not a cursor from this list: pass next_cursor from the previous page.';
    throw problems.validation(`query.cursor: ${message}`, [{ path: 'query.cursor', message }]);
  }
  const { campaigns, hasMore } = await listCampaigns(db, workspaceId, {
    limit,
    afterId,
    onlyIds: scopedCampaignIds(caller, undefined),
  });
  const last = campaigns.at(-1);
  return c.json(
    CampaignListSchema.parse({
      data: campaigns.map(campaignToJson),
      next_cursor: hasMore && last ? encodeCampaignCursor(last.id) : null,
    }),
    200,
  );
});
