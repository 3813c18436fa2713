import { err, ok, type Result } from './result.js';

// RFC 3339 date-time: an offset is required, so the result never depends on the machine's time zone.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseRfc3339(text: string): number | null {
  const m = RFC3339.exec(text);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Second 60 is a leap second: it lands on the next minute's first millisecond, as Date does.
  if (hour > 23 || minute > 59 || second > 60) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  let local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (year < 100) {
    // Date.UTC reads years 0–99 as 1900–1999.
    const date = new Date(local);
    date.setUTCFullYear(year);
    local = date.getTime();
  }
  let offsetMinutes = 0;
  if (zulu === undefined) {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return local - offsetMinutes * 60_000;
}

/**
 * An event time as epoch milliseconds, or an error message when it is not a finite number, a valid
 * Date, or an RFC 3339 date-time with an offset (`2025-03-01T09:30:00Z`, `2025-03-01T10:30:00.250+01:00`).
 */
export function parseEventTime(time: string | number | Date): Result<number, string> {
  if (typeof time === 'number') {
    return Number.isFinite(time) ? ok(time) : err(`${time} is not a finite number of milliseconds.`);
  }
  if (time instanceof Date) {
    const ms = time.getTime();
    return Number.isFinite(ms) ? ok(ms) : err('The date is invalid.');
  }
  if (typeof time === 'string') {
    const ms = parseRfc3339(time);
    return ms !== null && Number.isFinite(ms)
      ? ok(ms)
      : err(`"${time}" is not an RFC 3339 date-time with an offset (e.g. 2025-03-01T09:30:00Z).`);
  }
  return err('An event time must be an RFC 3339 string, epoch milliseconds or a Date.');
}

/**
 * An event time as epoch milliseconds. Numbers are returned as they are (the fast path).
 * Throws a RangeError for a time {@link parseEventTime} rejects: validate input at the edge with it.
 */
export function toEpochMs(time: string | number | Date): number {
  if (typeof time === 'number' && Number.isFinite(time)) return time;
  const parsed = parseEventTime(time);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
}
