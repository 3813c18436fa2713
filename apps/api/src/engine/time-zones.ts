/** Milliseconds in a calendar day of UTC (local days may be 23 or 25 hours long). */
export const DAY_MS = 86_400_000;

export const UTC = 'UTC';

/** Zone names only (`Europe/Paris`, `UTC`, `Etc/GMT+5`): fixed offsets such as `+01:00` are not zones. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
/** ICU's names of UTC itself (which one it answers depends on the ICU version). */
const UTC_NAMES: ReadonlySet<string> = new Set(
  ['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu'].flatMap((n) => [
    n,
    `Etc/${n}`,
  ]),
);

/** Answers by name: building a formatter costs tens of microseconds, and settings are parsed per request. */
const canonicalNames = new Map<string, string | null>();

/** ICU's canonical name of a zone (`europe/paris` -> `Europe/Paris`), or null when it is not one. */
export function canonicalZone(name: string): string | null {
  const known = canonicalNames.get(name);
  if (known !== undefined) return known;
  let canonical: string | null = null;
  if (name.length <= 64 && ZONE_NAME.test(name)) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
      if (UTC_NAMES.has(canonical)) canonical = UTC;
    } catch {
      canonical = null;
    }
  }
  if (canonicalNames.size >= 1_000) canonicalNames.clear();
  canonicalNames.set(name, canonical);
  return canonical;
}

export const isTimeZone = (name: string): boolean => canonicalZone(name) !== null;

/** True when both names are the same zone (`Asia/Kolkata` and `Asia/Calcutta`, `Etc/UTC` and `UTC`). */
export function sameZone(a: string, b: string): boolean {
  const x = canonicalZone(a);
  return x !== null && x === canonicalZone(b);
}

/**
 * The name to store for a valid zone: `UTC` for every alias of UTC, the usual capitalisation when
 * the name differs from a known one only in case, else the name as given (an alias ICU resolves).
 */
export function normalizeZoneName(name: string): string {
  const canonical = canonicalZone(name);
  if (canonical === null) throw new RangeError(`not a time zone: ${name}`);
  if (canonical === UTC || canonical.toLowerCase() === name.toLowerCase()) return canonical;
  const lower = name.toLowerCase();
  return Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === lower) ?? name;
}

/** Local calendar days of one zone, as day numbers (days since 1970-01-01 of the local date). */
export interface ZoneCalendar {
  readonly zone: string;
  /** Local time minus UTC at that instant, in milliseconds. */
  offsetAt(ms: number): number;
  dayOf(ms: number): number;
}

const QUARTER_HOUR = 900_000;

class IntlZoneCalendar implements ZoneCalendar {
  private readonly format: Intl.DateTimeFormat;
  /** Offsets by quarter hour: consecutive events of a batch mostly fall in the same one. */
  private readonly offsets = new Map<number, number>();

  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  private exactOffset(ms: number): number {
    const part = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const p of this.format.formatToParts(ms)) {
      if (p.type in part) part[p.type as keyof typeof part] = Number(p.value);
    }
    const wall = new Date(0);
    wall.setUTCFullYear(part.year, part.month - 1, part.day);
    wall.setUTCHours(part.hour, part.minute, part.second, 0);
    return wall.getTime() - Math.floor(ms / 1000) * 1000;
  }

  offsetAt(ms: number): number {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    const cached = this.offsets.get(bucket);
    if (cached !== undefined) return cached;
    const start = bucket * QUARTER_HOUR;
    const offset = this.exactOffset(start);
    // A quarter hour with a transition inside (rare, and only in old data) is not cached.
    if (offset !== this.exactOffset(start + QUARTER_HOUR - 1)) return this.exactOffset(ms);
    if (this.offsets.size >= 10_000) this.offsets.clear();
    this.offsets.set(bucket, offset);
    return offset;
  }

  dayOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY_MS);
  }
}

const UTC_CALENDAR: ZoneCalendar = {
  zone: UTC,
  offsetAt: () => 0,
  dayOf: (ms) => Math.floor(ms / DAY_MS),
};

const calendars = new Map<string, ZoneCalendar>();

/** The calendar of a valid zone name, kept for reuse (formatters are costly to build). */
export function zoneCalendar(zone: string): ZoneCalendar {
  if (zone === UTC) return UTC_CALENDAR;
  let calendar = calendars.get(zone);
  if (!calendar) {
    if (calendars.size >= 1_000) calendars.clear();
    calendar = canonicalZone(zone) === UTC ? UTC_CALENDAR : new IntlZoneCalendar(zone);
    calendars.set(zone, calendar);
  }
  return calendar;
}
