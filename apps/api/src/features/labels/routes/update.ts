import { createRoute } from '@hono/zod-openapi';
import { isBuiltinLabel, isLabelKey } from '@leadstatus/core';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { updateLabelCommand } from '../labels.repository.js';
import { LabelKeyParamsSchema, LabelPatchSchema, LabelSchema } from '../schemas.js';

const route = createRoute({
  method: 'patch',
  path: '/v1/labels/{key}',
  tags: ['Labels'],
  summary: 'Rename one of your labels, or change its sentiment',
  description: 'Its key stays. Built-in labels cannot be changed (409).',
  request: {
    params: LabelKeyParamsSchema,
    body: { required: true, content: { 'application/json': { schema: LabelPatchSchema } } },
  },
  responses: {
    200: { description: 'The label.', content: { 'application/json': { schema: LabelSchema } } },
    ...problemResponses(400, 404, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const updateLabel = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { key } = c.req.valid('param');
  const patch = c.req.valid('json');
  if (isBuiltinLabel(key)) throw problems.conflict(`${key} is a built-in label: it cannot be changed.`);
  const label = isLabelKey(key)
    ? await writer.run(updateLabelCommand, {
        workspaceId: c.get('caller').workspaceId,
        key,
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.sentiment !== undefined ? { sentiment: patch.sentiment } : {}),
        now: clock.now(),
      })
    : undefined;
  if (!label) throw problems.notFound(`No label ${key} in your workspace.`);
  return c.json(LabelSchema.parse(label), 200);
});
