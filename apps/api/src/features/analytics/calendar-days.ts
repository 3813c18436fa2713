import { DAY_MS } from '../../engine/time-zones.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or null when it is not a real date. */
export function parseDate(value: string): number | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 rolls over to March: not the date that was written.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return Math.round(date.getTime() / DAY_MS);
}

/** Why a `YYYY-MM-DD` query value is not a date, or null when it is one. */
export function dateProblem(value: string): string | null {
  if (!DATE.test(value)) return 'Must be a date as YYYY-MM-DD';
  return parseDate(value) === null ? 'Not a calendar date' : null;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the ISO week of a day (day 0, 1970-01-01, was a Thursday). */
export function isoWeekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}
