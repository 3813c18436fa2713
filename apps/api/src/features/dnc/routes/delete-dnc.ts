import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { deleteDncEntry } from '../dnc.repository.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/dnc/{id}',
  tags: ['Do-not-contact'],
  summary: 'Remove a do-not-contact entry',
  description:
    'Leads enrolled from now on are no longer blocked by it. Enrollments it already unsubscribed or ' +
    'blocked stay as they are: opting out is final.',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    204: { description: 'Removed.' },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const deleteDnc = createRouter().openapi(route, async (c) => {
  const { id } = c.req.valid('param');
  // What cannot be an entry's id is not queried (MySQL refuses non-ASCII text against the ASCII id column).
  if (
    !/^dnc_[0-9A-Za-z]{1,40}$/.test(id) ||
    !(await deleteDncEntry(c.get('services').writer, c.get('caller').workspaceId, id))
  ) {
    throw problems.notFound(`No do-not-contact entry ${id}.`);
  }
  return c.body(null, 204);
});
