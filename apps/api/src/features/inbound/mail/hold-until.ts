import type { CalendarDate } from '@leadstatus/mail';
import { DAY_MS, zoneCalendar } from '../../../engine/time-zones.js';

/** The hour of the day (in the workspace's zone) an out-of-office hold ends: the start of a working day. */
export const HOLD_ENDS_AT_HOUR = 9;

/** Day number (days since 1970-01-01) of a calendar date. */
function dayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The instant a local wall-clock time of `zone` happens (the later one across a DST gap or overlap). */
function instantOf(zone: string, day: number, hour: number): number {
  const calendar = zoneCalendar(zone);
  const wall = day * DAY_MS + hour * 3_600_000;
  const guess = wall - calendar.offsetAt(wall);
  return wall - calendar.offsetAt(guess);
}

/**
 * When an out-of-office hold ends (DESIGN.md, "Paused and its reasons"): the day after the return
 * date the mail gives, at 09:00 in the workspace's reporting zone; with no date, the campaign's
 * default number of days after today (in that zone), at 09:00.
 */
export function holdEnd(
  returnDate: CalendarDate | null,
  options: { now: number; zone: string; defaultDays: number },
): number {
  const { now, zone, defaultDays } = options;
  const day = returnDate ? dayNumber(returnDate) + 1 : zoneCalendar(zone).dayOf(now) + defaultDays;
  return instantOf(zone, day, HOLD_ENDS_AT_HOUR);
}

/** `YYYY-MM-DD` of a calendar date, as the API writes `out_of_office_until`. */
export function calendarDateText(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
