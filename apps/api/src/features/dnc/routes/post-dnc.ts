import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { toIso } from '../../../platform/time.js';
import { addToDnc } from '../add-dnc.js';
import { DncCreatedSchema, DncInputSchema, displayValue } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/dnc',
  tags: ['Do-not-contact'],
  summary: 'Add an e-mail or a domain to the do-not-contact list',
  description:
    'An e-mail unsubscribes its lead from every campaign (reason `dnc_list`); a domain (`@example.com`) ' +
    'blocks every lead at that domain (reason `dnc_rule`). Leads enrolled later are blocked at once. ' +
    'Adding an entry that is already listed answers 200 with it and changes nothing.',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: DncInputSchema, example: { value: '@competitor.example' } } },
    },
  },
  responses: {
    201: {
      description: 'Listed and applied.',
      content: { 'application/json': { schema: DncCreatedSchema } },
    },
    200: { description: 'Already listed.', content: { 'application/json': { schema: DncCreatedSchema } } },
    ...problemResponses(400, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const postDnc = createRouter().openapi(route, async (c) => {
  const { value } = c.req.valid('json');
  const { entry, created, affected } = await addToDnc(c.get('services'), c.get('caller').workspaceId, value);
  const body = DncCreatedSchema.parse({
    id: entry.id,
    value: displayValue(entry.kind, entry.value),
    kind: entry.kind,
    source: entry.source,
    created_at: toIso(entry.createdAt),
    affected_enrollments: affected,
  });
  return created ? c.json(body, 201) : c.json(body, 200);
});
