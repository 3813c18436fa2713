import { createRoute, z } from '@hono/zod-openapi';
import { scopedStatuses } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { findListCampaign, listEnrollments } from '../list.repository.js';
import { toListPage, toListQuery } from '../list-query.js';
import { CampaignListQuerySchema, ListPageSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/leads',
  tags: ['Enrollments'],
  summary: 'The Campaign -> Leads view: one campaign’s leads, with their status',
  description:
    'The Leads tab for one campaign: the same filters (but `campaign_id`), sorts and cursors. ' +
    'A campaign of another workspace is a 404.',
  request: {
    params: z.object({ id: z.string().openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }) }),
    query: CampaignListQuerySchema,
  },
  responses: {
    200: { description: 'A page of rows.', content: { 'application/json': { schema: ListPageSchema } } },
    ...problemResponses(...AUTHENTICATED_PROBLEMS, 400, 404),
  },
});

export const listCampaignLeads = createRouter().openapi(route, async (c) => {
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const { db, dialect } = c.get('services');
  const { id } = c.req.valid('param');
  const params = c.req.valid('query');
  const query = toListQuery(params);
  const campaign = await findListCampaign(db, workspaceId, id);
  if (!campaign) throw problems.notFound(`No campaign ${id} in this workspace.`);
  const result = await listEnrollments(
    db,
    workspaceId,
    { ...query, campaignIds: [id], statuses: scopedStatuses(caller, query.statuses) },
    { dialect, campaigns: [campaign] },
  );
  return c.json(ListPageSchema.parse(toListPage(params.sort, result)), 200);
});
