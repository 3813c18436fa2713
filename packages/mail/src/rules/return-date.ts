import * as chrono from 'chrono-node';
import type { CalendarDate } from '../types.js';
import { LANGUAGES, type Language } from './languages.js';
import { calendarDateIn, dayNumber, isRealDate } from './zone-date.js';

type Parser = Pick<chrono.Chrono, 'parse'>;

/**
 * English numeric dates are ambiguous (12/1): en-GB (day first) and en-US (month first) both
 * read the text; where they read the same words differently, the date nearest in the future wins. The other five
 * languages write the day first, which their chrono parsers already assume.
 */
const PARSERS: Readonly<Record<Language, readonly Parser[]>> = {
  en: [chrono.en.GB, chrono.en.casual],
  de: [chrono.de.casual],
  fr: [chrono.fr.casual],
  es: [chrono.es.casual],
  pt: [chrono.pt.casual],
  nl: [chrono.nl.casual],
};

const GERMAN_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

// en-GB also misreads "December 14" (as 2014), so it only joins when a numeric date is written.
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}\b/;

/**
 * The parsers for a language. For English numeric dates en-US (month first) and en-GB (day first)
 * both read the text; where they read the same words differently, the date nearest in the future wins.
 */
function parsersFor(language: Language, text: string): readonly Parser[] {
  return language === 'en' && NUMERIC_DATE.test(text) ? [chrono.en.casual, chrono.en.GB] : PARSERS[language];
}

// chrono is the costly step: it only reads lines that could hold a date (a digit, or a word like
// a month, weekday or "tomorrow" in one of the six languages). Lines, not sentences: "15.12." ends
// with a dot, and "wieder" after it must stay next to the date.
const MAYBE_DATE =
  /\d|jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|ago|sep|o[ck]t|nov|d[eé]c|dez|dic|fév|avr|juil|ene|abr|mei|mon|tue|wed|thu|fri|sat|sun|tomorrow|week|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|woche|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|mañana|semana|segunda|ter[çc]a|quarta|quinta|sexta|amanh[ãa]|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week/i;

/** The lines of a text that could hold a date, joined; the rest is left out of chrono's way. */
function dateLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => MAYBE_DATE.test(line))
    .join('\n');
}

/** chrono.de misses the German `15.12.` (no year): written out as `15. Dezember` it reads it. */
function spellGermanDates(text: string): string {
  return text.replace(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g, (whole, day: string, month: string) => {
    const name = GERMAN_MONTHS[Number(month) - 1];
    return name ? `${day}. ${name}` : whole;
  });
}

// A return phrase right before the date ("back on", "de retour le", "estaré de vuelta el", "terug op").
const RETURN_BEFORE =
  /(?:back|return|returning|zurück|wieder|retour|rentrerai|vuelta|regreso|regresaré|volveré|volta|retorno|retornarei|regressarei|terug|weer)[^.!?\n]{0,30}$/;
// "ab dem 15.12. wieder", "vanaf 15 december weer": German and Dutch put the return word after the date.
const RETURN_AFTER = /^[^.!?\n,]{0,20}?(?:wieder|weer|zurück|terug)(?:$|[^\p{L}])/u;
// The end of an absence: "until", "bis", "jusqu'au", "hasta", "até", "tot (en met)".
const UNTIL_BEFORE =
  /(?:until|till|through|thru|bis|jusqu'?(?:au|à|a)|hasta|até|tot(?: en met)?|t\/m)(?:[^\p{L}][^.!?\n]{0,20})?$/u;

interface Candidate {
  date: CalendarDate;
  index: number;
  /** Length of the matched text: at one position the longer reading is the more complete one. */
  length: number;
  /** 3: after a return phrase, 2: end of an "until" span, 1: any other date. */
  score: number;
}

function scoreAt(lower: string, index: number, length: number): number {
  const before = lower.slice(Math.max(0, index - 40), index);
  const after = lower.slice(index + length, index + length + 40);
  if (RETURN_BEFORE.test(before) || RETURN_AFTER.test(after)) return 3;
  if (UNTIL_BEFORE.test(before)) return 2;
  return 1;
}

/**
 * Two parsers read the same place: the longer reading wins ("on Monday, December 14" over
 * "on Monday,"); of equally long ones (12/3 as 3 December or 12 March) the nearer date.
 */
function isBetterReading(candidate: Candidate, existing: Candidate): boolean {
  if (candidate.length !== existing.length) return candidate.length > existing.length;
  return dayNumber(candidate.date) < dayNumber(existing.date);
}

function candidatesOf(text: string, parsers: readonly Parser[], reference: Date, today: number): Candidate[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const byIndex = new Map<number, Candidate>();
  for (const parser of parsers) {
    for (const result of parser.parse(text, reference, { forwardDate: true })) {
      // A range ("1 to 14 December") gives the last day of the absence.
      const components = result.end ?? result.start;
      const date = {
        year: components.get('year') ?? Number.NaN,
        month: components.get('month') ?? Number.NaN,
        day: components.get('day') ?? Number.NaN,
      };
      if (!isRealDate(date)) continue;
      const days = dayNumber(date);
      // Past dates and dates more than a year ahead are not return dates.
      if (days < today || days > today + 366) continue;
      const score = scoreAt(lower, result.index, result.text.length);
      // "today", a time of day: no return date unless a return phrase names it.
      if (days === today && score < 3) continue;
      const candidate = { date, index: result.index, length: result.text.length, score };
      const existing = byIndex.get(result.index);
      if (!existing || isBetterReading(candidate, existing)) byIndex.set(result.index, candidate);
    }
  }
  return [...byIndex.values()];
}

function best(candidates: readonly Candidate[]): CalendarDate | null {
  const top = Math.max(0, ...candidates.map((c) => c.score));
  const ranked = candidates.filter((c) => c.score === top).sort((a, b) => a.index - b.index);
  if (top >= 2) return ranked[0]?.date ?? null;
  // No phrase says which: the latest date mentioned is the likeliest end of the absence.
  return ranked.reduce<CalendarDate | null>(
    (latest, c) => (!latest || dayNumber(c.date) > dayNumber(latest) ? c.date : latest),
    null,
  );
}

/**
 * The return date an out-of-office gives, as written, read by chrono in the text's language
 * (all six in turn when unknown). `now` is read as a wall-clock date in `timeZone`: chrono works on
 * local Date components, so it gets a reference built from that zone's date (at noon, clear of DST
 * gaps) and its parsed year/month/day are read back directly, never through a UTC conversion.
 */
export function returnDateOf(
  text: string,
  languages: readonly Language[],
  now: number,
  timeZone: string,
): CalendarDate | null {
  const todayDate = calendarDateIn(now, timeZone);
  if (!isRealDate(todayDate)) return null;
  const reference = new Date(todayDate.year, todayDate.month - 1, todayDate.day, 12, 0, 0);
  const today = dayNumber(todayDate);
  const searched = dateLines(text.slice(0, 4_000)).replace(/\s+/g, ' ');
  if (searched.length === 0) return null;
  for (const language of languages.length > 0 ? languages : LANGUAGES) {
    const input = language === 'de' ? spellGermanDates(searched) : searched;
    const date = best(candidatesOf(input, parsersFor(language, input), reference, today));
    if (date) return date;
  }
  return null;
}
