import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { changesFromInput, leadToJson } from '../lead.js';
import { isLeadIdShape, LeadIdParamsSchema, LeadPatchSchema, LeadSchema } from '../schemas.js';
import { updateLeadById } from '../update-lead.js';

const route = createRoute({
  method: 'patch',
  path: '/v1/leads/{id}',
  tags: ['Leads'],
  summary: 'Update a lead',
  description:
    'Changes only the fields sent: null clears a name or company, and `custom_fields` merge key by ' +
    'key (null removes a key). A new e-mail must not belong to another lead of the workspace (409).',
  request: {
    params: LeadIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: LeadPatchSchema } } },
  },
  responses: {
    200: { description: 'The updated lead.', content: { 'application/json': { schema: LeadSchema } } },
    ...problemResponses(400, 404, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const updateLeadRoute = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  if (!isLeadIdShape(id)) throw problems.notFound('No lead with this id in your workspace.');

  const result = await updateLeadById(writer, workspaceId, id, changesFromInput(patch), clock.now());
  if ('notFound' in result) throw problems.notFound('No lead with this id in your workspace.');
  if ('emailTaken' in result) {
    throw problems.conflict(`Another lead of this workspace has the e-mail ${patch.email}.`);
  }
  if ('tooManyCustomFields' in result) {
    throw problems.validation(`body.custom_fields: ${result.tooManyCustomFields}`, [
      { path: 'body.custom_fields', message: result.tooManyCustomFields },
    ]);
  }
  return c.json(LeadSchema.parse(leadToJson(result.updated)), 200);
});
