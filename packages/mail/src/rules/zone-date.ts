import type { CalendarDate } from '../types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date an instant falls on in an IANA zone (UTC when the zone is unknown: a bad
 * workspace setting must not make reading mail fail).
 */
export function calendarDateIn(epochMs: number, timeZone: string): CalendarDate {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = formatterFor(timeZone);
  } catch {
    formatter = formatterFor('UTC');
  }
  const parts = formatter.formatToParts(new Date(Number.isFinite(epochMs) ? epochMs : 0));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian), for comparing and distances. */
export function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** Whether a calendar date exists (no 31 June, 29 February only in leap years). */
export function isRealDate(date: CalendarDate): boolean {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    utc.getUTCFullYear() === date.year &&
    utc.getUTCMonth() === date.month - 1 &&
    utc.getUTCDate() === date.day
  );
}
