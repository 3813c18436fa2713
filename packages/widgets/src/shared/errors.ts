/** What a widget shows when a request fails. */
export interface WidgetError {
  /** `expired`: the embed token has expired and no `tokenProvider` could replace it. */
  kind: 'expired' | 'unauthorized' | 'forbidden' | 'not-found' | 'network' | 'other';
  /** Plain text for people (rendered as text, never as HTML). */
  message: string;
  /** The HTTP status; 0 when there was no answer. */
  status: number;
  /** What was thrown, for the `lead-status-error` event. */
  cause: unknown;
}

interface ProblemLike {
  status?: unknown;
  detail?: unknown;
  kind?: unknown;
}

/**
 * Reads a `LeadStatusError` by its shape rather than `instanceof`: the drop-in script bundles its own
 * copy of the SDK, so an injected client's errors come from another class.
 */
export function describeError(error: unknown): WidgetError {
  const problem = (typeof error === 'object' && error !== null ? error : {}) as ProblemLike;
  const status = typeof problem.status === 'number' ? problem.status : 0;
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  const base = { status, cause: error };
  if (status === 401 && /expired/i.test(detail)) {
    return {
      ...base,
      kind: 'expired',
      message: 'Your access to Lead Status has expired. Reload to continue.',
    };
  }
  if (status === 401) return { ...base, kind: 'unauthorized', message: 'The access token was not accepted.' };
  if (status === 403) return { ...base, kind: 'forbidden', message: 'This page may not read these leads.' };
  if (status === 404) return { ...base, kind: 'not-found', message: 'This campaign was not found.' };
  if (status === 0 && (problem.kind === 'network' || problem.kind === 'timeout')) {
    return { ...base, kind: 'network', message: 'Lead Status could not be reached.' };
  }
  const message = detail || (error instanceof Error ? error.message : '') || 'Something went wrong.';
  return { ...base, kind: 'other', message };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
