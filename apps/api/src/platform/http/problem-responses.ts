import { ProblemSchema } from './problem.js';

const DESCRIPTIONS = {
  400: 'The request is not valid: `errors` lists each field.',
  401: 'Missing, unknown, expired or revoked credentials.',
  403: 'The credential may not do this (e.g. an embed token on a write route).',
  404: 'Not found in your workspace.',
  409: 'Conflicts with the current state.',
  413: 'The body is larger than the limit (1 MiB by default).',
  415: 'The body is not `application/json` (or the form the route takes).',
  422: 'Understood but cannot be processed (e.g. an Idempotency-Key reused with another body).',
  429: 'Rate limited: retry after `Retry-After` seconds.',
  500: 'An unexpected error; the `instance` names the request for support.',
  503: 'Temporarily unavailable: the database unreachable or busy, or the request past its deadline; retry after `Retry-After` seconds.',
} as const;

export type ProblemStatus = keyof typeof DESCRIPTIONS;

/** The error responses of an operation, all `application/problem+json`, from one shared set. */
export function problemResponses<S extends ProblemStatus>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    {
      description: DESCRIPTIONS[status],
      content: { 'application/problem+json': { schema: ProblemSchema } },
    },
  ]);
  return Object.fromEntries(entries) as {
    [K in S]: {
      description: string;
      content: { 'application/problem+json': { schema: typeof ProblemSchema } };
    };
  };
}

/** What every authenticated operation can answer besides its own errors. */
export const AUTHENTICATED_PROBLEMS = [401, 403, 429, 500, 503] as const;
