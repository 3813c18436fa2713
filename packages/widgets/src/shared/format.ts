/** Formatting for people, in the page's language (the nearest `lang` attribute, else the browser's). */

export function localeOf(element: Element): string | undefined {
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return lang || undefined;
}

/**
 * Building an `Intl` formatter costs far more than formatting with one (a table row formats a date, a
 * relative time and four counts): one formatter per kind and locale, built on first use. `undefined`
 * (the browser's language) is a key of its own. The few locales a page uses keep this small.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string | undefined,
  make: (locale: string | undefined) => T,
): T {
  const key = `${kind} ${locale ?? ''}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make(locale);
    formatters.set(key, found);
  }
  return found;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago", "yesterday", "in 2 days". */
export function relativeTime(iso: string, now: number, locale?: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = formatter(
    'relative',
    locale,
    (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto', style: 'long' }),
  );
  if (Math.abs(seconds) < 45) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

/** "27 Nov 2026, 10:04" in the reader's zone. */
export function absoluteTime(iso: string, locale?: string): string {
  return formatter(
    'absolute',
    locale,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

/** A fraction 0..1 as "12.5 %"; null (no denominator) as "—". */
export function percent(value: number | null | undefined, locale?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatter(
    'percent',
    locale,
    (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(value);
}

export function count(value: number, locale?: string): string {
  return formatter('count', locale, (l) => new Intl.NumberFormat(l)).format(value);
}

/** A local date `YYYY-MM-DD` for people ("27 Nov"), read as a calendar day (no zone shift). */
export function shortDate(date: string, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return formatter(
    'short-date',
    locale,
    (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  ).format(utc);
}

/**
 * A moment as its day in the reader's zone ("15 Dec", "Dec 15"), with the year only when it is not this
 * year: a bare "4 Jan" read in December would look like the past. An unreadable moment is ''.
 */
export function dayMonth(iso: string, now: number, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const withYear = date.getFullYear() !== new Date(now).getFullYear();
  return formatter(
    withYear ? 'day-month-year' : 'day-month',
    locale,
    (l) =>
      new Intl.DateTimeFormat(l, {
        day: 'numeric',
        month: 'short',
        ...(withYear ? { year: 'numeric' } : {}),
      }),
  ).format(date);
}
