import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time.js';

describe('isoTime', () => {
  it('writes exactly what toISOString writes', () => {
    const samples = [0, 1, 999, 1000, 59_999, 86_399_999, 86_400_000, Date.UTC(2026, 1, 28, 23, 59, 59, 999)];
    samples.push(Date.UTC(2024, 1, 29, 12), Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    let x = 12345;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      samples.push(Math.floor((x / 2147483648) * 4e12));
    }
    for (const ms of samples) expect(isoTime(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('leaves times it does not format quickly to toISOString', () => {
    for (const ms of [-1, -62198755200000, 253402300800000, 1.5]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});
