import { createRoute } from '@hono/zod-openapi';
import { isBuiltinLabel, isLabelKey } from '@leadstatus/core';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { deleteLabelCommand } from '../labels.repository.js';
import { LabelKeyParamsSchema } from '../schemas.js';

const route = createRoute({
  method: 'delete',
  path: '/v1/labels/{key}',
  tags: ['Labels'],
  summary: 'Delete one of your labels',
  description:
    'The leads that carried it lose it, each with an entry in its label history. Built-in labels cannot be ' +
    'deleted (409).',
  request: { params: LabelKeyParamsSchema },
  responses: {
    204: { description: 'Deleted.' },
    ...problemResponses(404, 409, ...AUTHENTICATED_PROBLEMS),
  },
});

export const deleteLabel = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { key } = c.req.valid('param');
  if (isBuiltinLabel(key)) throw problems.conflict(`${key} is a built-in label: it cannot be deleted.`);
  const deleted =
    isLabelKey(key) &&
    (await writer.run(deleteLabelCommand, {
      workspaceId: c.get('caller').workspaceId,
      key,
      now: clock.now(),
    }));
  if (!deleted) throw problems.notFound(`No label ${key} in your workspace.`);
  return c.body(null, 204);
});
