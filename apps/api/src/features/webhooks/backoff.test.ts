import { describe, expect, it } from 'vitest';
import { JITTER_RATIO, nextAttemptAt, RETRY_DELAYS_MS } from './backoff.js';

describe('retry backoff', () => {
  it('grows and keeps retrying for more than a day', () => {
    const total = RETRY_DELAYS_MS.reduce((sum, d) => sum + d, 0);
    expect(total).toBeGreaterThan(24 * 3600_000);
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++) {
      expect(RETRY_DELAYS_MS[i]).toBeGreaterThan(RETRY_DELAYS_MS[i - 1] as number);
    }
  });

  it('adds up to 20% jitter and gives up after the last delay', () => {
    expect(nextAttemptAt(1, 1000, () => 0)).toBe(1000 + 30_000);
    expect(nextAttemptAt(1, 1000, () => 0.999)).toBeLessThan(1000 + 30_000 * (1 + JITTER_RATIO));
    expect(nextAttemptAt(2, 0, () => 0.5)).toBe(120_000 * 1.1);
    expect(nextAttemptAt(RETRY_DELAYS_MS.length, 0, () => 0)).toBe(24 * 3600_000);
    expect(nextAttemptAt(RETRY_DELAYS_MS.length + 1, 0, () => 0)).toBeNull();
  });
});
