import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { changesFromInput, leadToJson } from '../lead.js';
import { createLead } from '../leads.repository.js';
import { LeadInputSchema, LeadSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/leads',
  tags: ['Leads'],
  summary: 'Create a lead',
  description:
    'Creates one lead. E-mail addresses are unique within a workspace, compared case-insensitively: ' +
    'a second lead with the same address is a 409. To create or update many, use `POST /v1/leads/batch`.',
  request: {
    body: { required: true, content: { 'application/json': { schema: LeadInputSchema } } },
  },
  responses: {
    201: { description: 'The new lead.', content: { 'application/json': { schema: LeadSchema } } },
    ...problemResponses(400, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const createLeadRoute = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const input = c.req.valid('json');
  const result = await createLead(
    writer,
    workspaceId,
    { ...changesFromInput(input), email: input.email },
    clock.now(),
  );
  if ('emailTaken' in result) {
    throw problems.conflict(`A lead with the e-mail ${input.email} already exists in this workspace.`);
  }
  return c.json(LeadSchema.parse(leadToJson(result.created)), 201);
});
