import { describe, expect, it } from 'vitest';
import { parseEventTime, toEpochMs } from './time.js';

describe('toEpochMs', () => {
  it.each([
    ['2025-03-01T09:30:00Z', Date.UTC(2025, 2, 1, 9, 30)],
    ['2025-03-01t09:30:00z', Date.UTC(2025, 2, 1, 9, 30)],
    ['2025-03-01 09:30:00Z', Date.UTC(2025, 2, 1, 9, 30)],
    ['2025-03-01T09:30:00.5Z', Date.UTC(2025, 2, 1, 9, 30, 0, 500)],
    ['2025-03-01T09:30:00.123456Z', Date.UTC(2025, 2, 1, 9, 30, 0, 123)],
    ['2025-03-01T10:30:00+01:00', Date.UTC(2025, 2, 1, 9, 30)],
    ['2025-03-01T04:00:00-05:30', Date.UTC(2025, 2, 1, 9, 30)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['0099-01-01T00:00:00Z', -59042995200000],
  ])('reads %s', (text, ms) => {
    expect(toEpochMs(text)).toBe(ms);
  });

  it('returns numbers as they are and reads Dates', () => {
    expect(toEpochMs(1_700_000_000_123)).toBe(1_700_000_000_123);
    expect(toEpochMs(new Date(1_700_000_000_123))).toBe(1_700_000_000_123);
  });

  it.each([
    '2025-03-01T09:30:00',
    '2025-03-01',
    'March 1, 2025',
    '1700000000000',
    '2025-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-03-01T24:00:00Z',
    '2025-03-01T09:30:00+25:00',
  ])('rejects %s', (text) => {
    expect(parseEventTime(text).ok).toBe(false);
    expect(() => toEpochMs(text)).toThrow(RangeError);
  });

  it('rejects non-finite numbers and invalid Dates', () => {
    expect(() => toEpochMs(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => toEpochMs(new Date('nope'))).toThrow(RangeError);
    expect(parseEventTime(Number.NaN)).toMatchObject({ ok: false });
  });
});
