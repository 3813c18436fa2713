import { describe, expect, it } from 'vitest';
import { dateProblem, formatDay, isoWeekStart, parseDate } from '../features/analytics/calendar-days.js';
import { canonicalZone, isTimeZone, normalizeZoneName, sameZone, zoneCalendar } from './time-zones.js';

const day = (date: string) => parseDate(date) as number;
const formats = new Map<string, Intl.DateTimeFormat>();
/** The local date in a zone by Intl alone: an oracle independent of ZoneCalendar's offset cache. */
function intlDate(ms: number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(zone, format);
  }
  return format.format(ms);
}

describe('time zones', () => {
  it('accepts IANA names in any case and refuses offsets and unknown names', () => {
    expect(canonicalZone('europe/paris')).toBe('Europe/Paris');
    for (const utc of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Zulu'])
      expect(canonicalZone(utc)).toBe('UTC');
    for (const bad of [
      '',
      'Mars/Olympus',
      '+01:00',
      'UTC+1',
      '../etc/passwd',
      'Europe/Paris ',
      'x'.repeat(65),
    ]) {
      expect(isTimeZone(bad), bad).toBe(false);
    }
    expect(sameZone('Asia/Kolkata', 'Asia/Calcutta')).toBe(true);
    expect(sameZone('Europe/Paris', 'Europe/Berlin')).toBe(false);
  });

  it('normalises the stored name: UTC for its aliases, the usual capitals, aliases kept', () => {
    expect(normalizeZoneName('Etc/UTC')).toBe('UTC');
    expect(normalizeZoneName('europe/paris')).toBe('Europe/Paris');
    expect(normalizeZoneName('America/New_York')).toBe('America/New_York');
    expect(sameZone(normalizeZoneName('Asia/Kolkata'), 'Asia/Kolkata')).toBe(true);
    expect(() => normalizeZoneName('Nowhere/Land')).toThrow(RangeError);
  });

  it('puts 23:30 UTC on the next local day in Paris, and agrees with Intl around DST changes', () => {
    const paris = zoneCalendar('Europe/Paris');
    expect(formatDay(paris.dayOf(Date.parse('2026-11-02T23:30:00Z')))).toBe('2026-11-03');
    expect(formatDay(zoneCalendar('UTC').dayOf(Date.parse('2026-11-02T23:30:00Z')))).toBe('2026-11-02');
    // About every 7 minutes over the DST changes of 2026 (Lord Howe shifts by 30 minutes, Chatham is +12:45).
    const zones = [
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ];
    const windows = ['2026-03-06', '2026-03-27', '2026-04-03', '2026-10-23', '2026-10-30'].map((d) =>
      Date.parse(`${d}T00:00:00Z`),
    );
    for (const zone of zones) {
      const calendar = zoneCalendar(zone);
      for (const start of windows) {
        for (let t = start; t < start + 5 * 86_400_000; t += 7 * 60_000 + 13_000) {
          expect(formatDay(calendar.dayOf(t)), `${zone} ${new Date(t).toISOString()}`).toBe(
            intlDate(t, zone),
          );
        }
      }
    }
  });
});

describe('calendar days', () => {
  it('parses real dates only', () => {
    expect(formatDay(day('2026-02-28'))).toBe('2026-02-28');
    expect(parseDate('2028-02-29')).not.toBeNull();
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31']) {
      expect(parseDate(bad), bad).toBeNull();
      expect(dateProblem(bad), bad).toBe('Not a calendar date');
    }
    for (const bad of ['2026-2-3', '20261103', '2026-11-03T00:00:00Z', ' 2026-11-03', 'today']) {
      expect(dateProblem(bad), bad).toBe('Must be a date as YYYY-MM-DD');
    }
    expect(dateProblem('2026-11-03')).toBeNull();
  });

  it('starts ISO weeks on Monday', () => {
    expect(formatDay(isoWeekStart(day('2026-10-25')))).toBe('2026-10-19'); // a Sunday
    expect(formatDay(isoWeekStart(day('2026-10-26')))).toBe('2026-10-26'); // a Monday
    expect(formatDay(isoWeekStart(day('1970-01-01')))).toBe('1969-12-29');
    expect(formatDay(isoWeekStart(day('1969-12-31')))).toBe('1969-12-29');
  });
});
