import { httpError } from './errors.js';
import type { RequestOptions } from './types.js';

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an openapi-fetch result, or the `LeadStatusError` its error response stands for. */
export async function unwrap<T>(result: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await result;
  if (!response.ok) throw httpError(response, error);
  return data as T;
}

/** openapi-fetch's per-request options from the resource layer's. */
export function init(options: RequestOptions = {}): {
  signal?: AbortSignal;
  headers?: Record<string, string>;
} {
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.idempotencyKey ? { headers: { 'Idempotency-Key': options.idempotencyKey } } : {}),
  };
}
