import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The stable problem types of the API (RFC 9457 `type`). Relative URIs: partners match on them;
 * docs/api.md describes each.
 */
export const PROBLEM_TYPES = {
  validation: { type: '/problems/validation-error', title: 'Your request is not valid.' },
  unauthorized: { type: '/problems/unauthorized', title: 'Authentication is required.' },
  tokenExpired: { type: '/problems/token-expired', title: 'The embed token has expired.' },
  forbidden: { type: '/problems/forbidden', title: 'This credential may not do that.' },
  notFound: { type: '/problems/not-found', title: 'Not found.' },
  conflict: { type: '/problems/conflict', title: 'The request conflicts with the current state.' },
  payloadTooLarge: { type: '/problems/payload-too-large', title: 'The request body is too large.' },
  unsupportedMediaType: {
    type: '/problems/unsupported-media-type',
    title: 'The request body is not in a supported format.',
  },
  unprocessable: { type: '/problems/unprocessable', title: 'The request cannot be processed.' },
  rateLimited: { type: '/problems/rate-limited', title: 'Too many requests.' },
  internal: { type: '/problems/internal-error', title: 'Something went wrong on our side.' },
  unavailable: { type: '/problems/service-unavailable', title: 'The service is temporarily unavailable.' },
  databaseBusy: { type: '/problems/database-busy', title: 'The database is busy; try again shortly.' },
  deadlineExceeded: {
    type: '/problems/deadline-exceeded',
    title: 'The request took longer than the service allows.',
  },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export const FieldProblemSchema = z
  .object({
    path: z.string().openapi({ example: 'steps.0.delay_hours' }),
    message: z.string().openapi({ example: 'Too small: expected number to be >=0' }),
  })
  .openapi('FieldProblem');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: PROBLEM_TYPES.validation.type }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional().openapi({ description: 'The request id, for support.' }),
    errors: z.array(FieldProblemSchema).optional(),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem document.' });

export type Problem = z.infer<typeof ProblemSchema>;
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** Thrown anywhere in a request; the error handler turns it into its problem document. */
export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export const problems = {
  validation: (detail: string, errors?: FieldProblem[]) =>
    new ProblemError('validation', 400, detail, errors),
  unauthorized: (detail: string) =>
    new ProblemError('unauthorized', 401, detail, undefined, { 'WWW-Authenticate': 'Bearer' }),
  forbidden: (detail: string) => new ProblemError('forbidden', 403, detail),
  notFound: (detail: string) => new ProblemError('notFound', 404, detail),
  conflict: (detail: string) => new ProblemError('conflict', 409, detail),
  unprocessable: (detail: string) => new ProblemError('unprocessable', 422, detail),
  unavailable: (detail: string, retryAfterSeconds: number) =>
    new ProblemError('unavailable', 503, detail, undefined, { 'Retry-After': String(retryAfterSeconds) }),
};

export function problemBody(
  kind: ProblemKind,
  status: number,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  const { type, title } = PROBLEM_TYPES[kind];
  return { type, title, status, detail, ...extra };
}

/** Writes a problem document with the right media type and the request id as `instance`. */
export function problemResponse(
  c: Context,
  kind: ProblemKind,
  status: ContentfulStatusCode,
  detail: string,
  options: { errors?: FieldProblem[]; headers?: Record<string, string> } = {},
): Response {
  const requestId = c.get('requestId') as string | undefined;
  const body = problemBody(kind, status, detail, {
    ...(requestId ? { instance: `urn:request:${requestId}` } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  });
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/problem+json',
    ...options.headers,
  });
}
