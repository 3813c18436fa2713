import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { upsertLeadBatch } from '../batch-upsert.js';
import {
  LeadBatchRequestSchema,
  LeadBatchResponseSchema,
  LeadInputSchema,
  MAX_LEAD_BATCH,
} from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/leads/batch',
  tags: ['Leads'],
  summary: 'Create or update many leads',
  description:
    `Upserts up to ${MAX_LEAD_BATCH} leads by e-mail (case-insensitive), all in one transaction. ` +
    'Each item is validated on its own: an invalid item is reported and the others still apply. ' +
    'For an existing lead, the fields an item sends overwrite, absent fields are kept, and ' +
    '`custom_fields` merge key by key (null removes a key). When several items share an e-mail they ' +
    'apply in order; the later ones are reported as `updated`.',
  request: {
    body: { required: true, content: { 'application/json': { schema: LeadBatchRequestSchema } } },
  },
  responses: {
    200: {
      description: 'One result per item, in the order sent, and a summary.',
      content: { 'application/json': { schema: LeadBatchResponseSchema } },
    },
    ...problemResponses(400, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const batchUpsertLeads = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { leads } = c.req.valid('json');
  const data = await upsertLeadBatch(writer, workspaceId, leads, clock.now());
  const summary = { created: 0, updated: 0, unchanged: 0, invalid: 0 };
  for (const result of data) summary[result.status] += 1;
  return c.json(LeadBatchResponseSchema.parse({ data, summary }), 200);
});

// The request schema documents its items by reference; register the item schema with this router
// so the reference resolves whichever routers are mounted.
batchUpsertLeads.openAPIRegistry.register('LeadInput', LeadInputSchema);
