import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { METRIC_DEFINITIONS } from '../definitions.js';
import { MetricDefinitionsSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/metrics/definitions',
  tags: ['Analytics'],
  summary: 'What each analytics metric and rate counts',
  description: 'Every metric and rate of the analytics summary, with its numerator and denominator in words.',
  responses: {
    200: {
      description: 'The definitions.',
      content: { 'application/json': { schema: MetricDefinitionsSchema } },
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS),
  },
});

export const getMetricDefinitions = createRouter().openapi(route, (c) =>
  c.json(MetricDefinitionsSchema.parse({ data: METRIC_DEFINITIONS }), 200),
);
