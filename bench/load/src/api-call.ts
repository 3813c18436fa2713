export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** JSON requests to the server under test with one API key, each bounded by `timeoutMs`. */
export function apiCall(baseUrl: string, apiKey: string, timeoutMs: number) {
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  return async (method: string, path: string, body?: unknown): Promise<ApiAnswer> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}
