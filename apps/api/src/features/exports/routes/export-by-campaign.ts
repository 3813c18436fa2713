import { createRoute, z } from '@hono/zod-openapi';
import { scopedStatuses } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { findListCampaign } from '../../lists/public.js';
import { toExportQuery } from '../export-pages.js';
import { exportResponse } from '../export-response.js';
import { CampaignExportQuerySchema, exportContent } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/leads/export',
  tags: ['Enrollments'],
  summary: 'Export one campaign’s leads as CSV or NDJSON',
  description:
    'Every row of `GET /v1/campaigns/{id}/leads` with the same filters and sort, streamed to the end. ' +
    'A campaign of another workspace is a 404, and a bad parameter a 400, before any byte of the body.',
  request: {
    params: z.object({ id: z.string().openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }) }),
    query: CampaignExportQuerySchema,
  },
  responses: {
    200: {
      description:
        'The rows, streamed; `Content-Disposition` names the file `leads-<campaign id>-<date>.csv`.',
      content: exportContent,
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS, 400, 404),
  },
});

export const exportCampaignLeads = createRouter().openapi(route, async (c) => {
  const caller = c.get('caller');
  const { workspaceId } = caller;
  const { db } = c.get('services');
  const { id } = c.req.valid('param');
  const { format, ...params } = c.req.valid('query');
  const query = toExportQuery(params);
  const campaign = await findListCampaign(db, workspaceId, id);
  if (!campaign) throw problems.notFound(`No campaign ${id} in this workspace.`);
  const scoped = { ...query, campaignIds: [id], statuses: scopedStatuses(caller, query.statuses) };
  return exportResponse(c, { query: scoped, format, campaign });
});
