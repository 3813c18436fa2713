import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { createLabelCommand } from '../labels.repository.js';
import { LabelInputSchema, LabelSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/labels',
  tags: ['Labels'],
  summary: 'Add a label of your own',
  description:
    'Its `key` is made from the name (lower case, `_` between words, accents dropped): `Demo scheduled` is ' +
    '`demo_scheduled`. A key that a built-in label or one of yours has is a 409.',
  request: { body: { required: true, content: { 'application/json': { schema: LabelInputSchema } } } },
  responses: {
    201: { description: 'Added.', content: { 'application/json': { schema: LabelSchema } } },
    ...problemResponses(400, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const createLabel = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { name, sentiment } = c.req.valid('json');
  const result = await writer.run(createLabelCommand, {
    workspaceId: c.get('caller').workspaceId,
    name,
    sentiment,
    now: clock.now(),
  });
  if ('noKey' in result) {
    const message = 'Must contain a letter or a digit of the Latin alphabet (the key is made from them)';
    throw problems.validation(`body.name: ${message}`, [{ path: 'body.name', message }]);
  }
  if ('conflict' in result)
    throw problems.conflict(`A label with the key ${result.conflict} exists already.`);
  return c.json(LabelSchema.parse(result.created), 201);
});
