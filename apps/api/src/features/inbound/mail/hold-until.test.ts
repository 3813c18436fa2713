import { describe, expect, it } from 'vitest';
import { calendarDateText, holdEnd } from './hold-until.js';

const NOW = Date.UTC(2026, 11, 7, 22, 30); // 23:30 in Berlin, 14:30 in Los Angeles

describe('holdEnd', () => {
  it('ends on the day after the return date, at 09:00 in the zone', () => {
    const date = { year: 2026, month: 12, day: 15 };
    expect(new Date(holdEnd(date, { now: NOW, zone: 'Europe/Berlin', defaultDays: 7 })).toISOString()).toBe(
      '2026-12-16T08:00:00.000Z',
    );
    expect(
      new Date(holdEnd(date, { now: NOW, zone: 'America/Los_Angeles', defaultDays: 7 })).toISOString(),
    ).toBe('2026-12-16T17:00:00.000Z');
    expect(new Date(holdEnd(date, { now: NOW, zone: 'UTC', defaultDays: 7 })).toISOString()).toBe(
      '2026-12-16T09:00:00.000Z',
    );
  });

  it('with no date, counts the default days from today in the zone', () => {
    // 23:30 on Dec 7 in Berlin, but already Dec 8 in Tokyo.
    expect(new Date(holdEnd(null, { now: NOW, zone: 'Europe/Berlin', defaultDays: 7 })).toISOString()).toBe(
      '2026-12-14T08:00:00.000Z',
    );
    expect(new Date(holdEnd(null, { now: NOW, zone: 'Asia/Tokyo', defaultDays: 7 })).toISOString()).toBe(
      '2026-12-15T00:00:00.000Z',
    );
  });

  it('keeps 09:00 local across a change to summer time', () => {
    const date = { year: 2027, month: 3, day: 28 }; // Europe's change to summer time
    expect(new Date(holdEnd(date, { now: NOW, zone: 'Europe/Berlin', defaultDays: 7 })).toISOString()).toBe(
      '2027-03-29T07:00:00.000Z',
    );
  });

  it('writes dates as YYYY-MM-DD', () => {
    expect(calendarDateText({ year: 2026, month: 1, day: 5 })).toBe('2026-01-05');
  });
});
