import { describe, expect, it } from 'vitest';
import type { TrendMetric } from '../../engine/trend-metrics.js';
import { parseDate } from './calendar-days.js';
import { trendPoints } from './trends.js';

const day = (date: string) => parseDate(date) as number;
const ZERO = { sent: 0, opened: 0, clicked: 0, replied: 0, bounced: 0, unsubscribed: 0, machine_opened: 0 };

describe('trendPoints', () => {
  const daily = new Map<number, Partial<Record<TrendMetric, number>>>([
    [day('2026-10-25'), { opened: 2 }], // Sunday
    [day('2026-10-26'), { opened: 3, sent: 1 }], // Monday
    [day('2026-11-01'), { replied: 1 }], // Sunday
    [day('2026-11-02'), { sent: 5 }], // Monday, outside the range below
  ]);

  it('gives every day of the range, zeros included', () => {
    const points = trendPoints(daily, day('2026-10-24'), day('2026-10-27'), 'day');
    expect(points).toEqual([
      { date: '2026-10-24', ...ZERO },
      { date: '2026-10-25', ...ZERO, opened: 2 },
      { date: '2026-10-26', ...ZERO, opened: 3, sent: 1 },
      { date: '2026-10-27', ...ZERO },
    ]);
  });

  it('sums the days of each ISO week, the first and last weeks clipped to the range', () => {
    const points = trendPoints(daily, day('2026-10-22'), day('2026-11-01'), 'week');
    expect(points).toEqual([
      { date: '2026-10-22', ...ZERO, opened: 2 },
      { date: '2026-10-26', ...ZERO, opened: 3, sent: 1, replied: 1 },
    ]);
    expect(trendPoints(daily, day('2026-11-01'), day('2026-11-01'), 'week')).toEqual([
      { date: '2026-11-01', ...ZERO, replied: 1 },
    ]);
  });
});
