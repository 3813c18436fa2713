import { vi } from 'vitest';

/**
 * `vi.waitFor` with a bound that holds on a loaded machine (its default gives up after one second).
 * It returns as soon as the callback passes, so a quick machine loses nothing.
 */
export function eventually<T>(callback: () => T | Promise<T>, timeoutMs = 15_000): Promise<T> {
  return vi.waitFor(callback, { timeout: timeoutMs, interval: 20 });
}
