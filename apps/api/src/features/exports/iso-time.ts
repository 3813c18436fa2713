const DAY = 86_400_000;
/** The last millisecond that `toISOString` writes with a four-digit year. */
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** `YYYY-MM-DDT` of the days formatted lately (an export's rows span a few hundred days at most). */
const days = new Map<number, string>();
const MAX_DAYS = 4096;

/**
 * `new Date(ms).toISOString()`, the RFC 3339 UTC time the API speaks, about five times faster: the
 * date part of each day is formatted once, the time of day with table lookups. An export writes two
 * per row. Anything but an integer in years 1970..9999 goes to `toISOString`.
 */
export function isoTime(ms: number): string {
  if (!(ms >= 0 && ms <= LAST && Number.isInteger(ms))) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY);
  let date = days.get(day);
  if (date === undefined) {
    if (days.size >= MAX_DAYS) days.clear();
    date = new Date(day * DAY).toISOString().slice(0, 11);
    days.set(day, date);
  }
  let rest = ms - day * DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${date}${TWO[hours]}:${TWO[minutes]}:${TWO[seconds]}.${THREE[rest - seconds * 1000]}Z`;
}
