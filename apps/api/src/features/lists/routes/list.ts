import { createRoute } from '@hono/zod-openapi';
import { scopedCampaignIds, scopedStatuses } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { listEnrollments } from '../list.repository.js';
import { toListPage, toListQuery } from '../list-query.js';
import { ListPageSchema, ListQuerySchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/leads',
  tags: ['Enrollments'],
  summary: 'The Leads tab: leads in every campaign, with their status',
  description:
    'One row per lead per campaign, filtered by status, campaign, text and update time, newest status ' +
    'change first by default. Pages follow `next_cursor`: a row that does not change is never skipped ' +
    'or repeated, and a row whose status changes while you page moves ahead of the cursor.',
  request: { query: ListQuerySchema },
  responses: {
    200: { description: 'A page of rows.', content: { 'application/json': { schema: ListPageSchema } } },
    ...problemResponses(...AUTHENTICATED_PROBLEMS, 400, 404),
  },
});

export const listLeads = createRouter().openapi(route, async (c) => {
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const params = c.req.valid('query');
  const { db, dialect } = c.get('services');
  const query = toListQuery(params);
  const scoped = {
    ...query,
    campaignIds: scopedCampaignIds(caller, query.campaignIds),
    statuses: scopedStatuses(caller, query.statuses),
  };
  const result = await listEnrollments(db, workspaceId, scoped, { dialect });
  return c.json(ListPageSchema.parse(toListPage(params.sort, result)), 200);
});
