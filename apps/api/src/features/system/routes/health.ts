import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['System'],
  summary: 'The process is up',
  security: [],
  responses: { 200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } } },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['System'],
  summary: 'The database is reachable',
  description: 'For load balancers: 200 when the database answers, 503 when it does not.',
  security: [],
  responses: {
    200: { description: 'Ready.', content: { 'application/json': { schema: HealthSchema } } },
    ...problemResponses(503),
  },
});

export const healthRoutes = createRouter()
  .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
  .openapi(readyz, async (c) => {
    try {
      await withTimeout(c.get('services').pingDatabase(), 2_000);
    } catch (error) {
      c.get('services').logger.warn({ err: error }, 'readiness check failed');
      throw problems.unavailable('The database is not reachable.', 5);
    }
    return c.json({ status: 'ok' as const }, 200);
  });

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
