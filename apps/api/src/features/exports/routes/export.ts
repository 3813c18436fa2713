import { createRoute } from '@hono/zod-openapi';
import { scopedCampaignIds, scopedStatuses } from '../../../platform/auth/embed-scope.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { toExportQuery } from '../export-pages.js';
import { exportResponse } from '../export-response.js';
import { ExportQuerySchema, exportContent } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/leads/export',
  tags: ['Enrollments'],
  summary: 'Export the Leads tab as CSV or NDJSON',
  description:
    'Every row of `GET /v1/leads` with the same filters and sort, in the same order, streamed to the end ' +
    '(no `limit` or `cursor`). A bad parameter is a 400 before any byte of the body. Should the export ' +
    'fail midway, the connection is aborted, so a download that ends is a complete one.',
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The rows, streamed; `Content-Disposition` names the file `leads-all-<date>.csv`.',
      content: exportContent,
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS, 400, 404),
  },
});

export const exportLeads = createRouter().openapi(route, async (c) => {
  const caller = c.get('caller');
  const { format, ...params } = c.req.valid('query');
  const query = toExportQuery(params);
  // An embed token exports only what it may list.
  const scoped = {
    ...query,
    campaignIds: scopedCampaignIds(caller, query.campaignIds),
    statuses: scopedStatuses(caller, query.statuses),
  };
  return exportResponse(c, { query: scoped, format });
});
