/** One field's problem in a validation error (`path` like `body.steps.0.delay_hours`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An RFC 9457 problem document, as every error response of the API carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
}

/**
 * What went wrong: `http` (the API answered with an error status and a problem document),
 * `network` (no answer: DNS, connection reset, CORS) or `timeout` (no answer within `timeoutMs`).
 */
export type ErrorKind = 'http' | 'network' | 'timeout';

/** The one error the SDK throws (a caller's own abort rethrows the signal's reason instead). */
export class LeadStatusError extends Error {
  override readonly name = 'LeadStatusError';
  readonly kind: ErrorKind;
  /** The problem document; for `network` and `timeout`, one the SDK made up (status 0). */
  readonly problem: Problem;
  /** The HTTP status; 0 when there was no answer. */
  declare readonly status: number;
  /** The stable problem type to match on, e.g. `/problems/validation-error`. */
  declare readonly type: string;
  declare readonly title: string;
  declare readonly detail: string;
  /** Each field's problem, for validation errors; empty otherwise. */
  declare readonly errors: FieldProblem[];

  constructor(kind: ErrorKind, problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail || problem.title, options);
    this.kind = kind;
    this.problem = problem;
    const { status, type, title, detail, errors = [] } = problem;
    Object.assign(this, { status, type, title, detail, errors });
  }
}

function isProblem(value: unknown): value is Problem {
  const candidate = value as Partial<Problem> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number';
}

/** The error for a response that is not OK; `body` is what was read of it (JSON when it parsed). */
export function httpError(response: Response, body: unknown): LeadStatusError {
  if (isProblem(body)) return new LeadStatusError('http', body);
  // Not a problem document (a proxy's HTML page, an empty body): keep what can be said.
  const text = typeof body === 'string' ? body.slice(0, 500) : '';
  return new LeadStatusError('http', {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: text || `The API answered ${response.status}.`,
  });
}

export function networkError(kind: 'network' | 'timeout', detail: string, cause?: unknown): LeadStatusError {
  const title = kind === 'timeout' ? 'Request timed out' : 'Network error';
  return new LeadStatusError(kind, { type: `/sdk/${kind}`, title, status: 0, detail }, { cause });
}
