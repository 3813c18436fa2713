import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';
import { problemResponse } from './problem.js';
import { fieldProblems, summarize } from './zod-problems.js';

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

/**
 * Every router is made here so every one has the hook that turns validation failures into a
 * 400 problem listing each field (sub-apps mounted with `route()` do not inherit it).
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const errors = fieldProblems(result.error, TARGET_NAMES[result.target] ?? result.target);
      return problemResponse(c, 'validation', 400, summarize(errors), { errors });
    },
  });
}
