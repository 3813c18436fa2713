import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryOptions } from '../src/retry.js';

describe('backoff', () => {
  it('is full jitter: anywhere from 0 to base·2^retry, capped', () => {
    expect(backoffMs(0, DEFAULT_RETRY, () => 0)).toBe(0);
    expect(backoffMs(0, DEFAULT_RETRY, () => 0.999)).toBe(499);
    expect(backoffMs(2, DEFAULT_RETRY, () => 0.5)).toBe(1_000);
    expect(backoffMs(10, DEFAULT_RETRY, () => 0.999)).toBe(7_992);
  });

  it('takes a count or finer settings', () => {
    expect(retryOptions(undefined)).toEqual(DEFAULT_RETRY);
    expect(retryOptions(0).maxRetries).toBe(0);
    expect(retryOptions({ baseDelayMs: 10 })).toEqual({ ...DEFAULT_RETRY, baseDelayMs: 10 });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('10', now)).toBe(10_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('retryable statuses', () => {
  it('are 408, 429 and the temporary 5xx', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 422, 501].some(isRetryableStatus)).toBe(false);
  });
});
