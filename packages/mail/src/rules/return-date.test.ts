import { describe, expect, it } from 'vitest';
import { returnDateOf } from './return-date.js';
import { calendarDateIn } from './zone-date.js';

// Tuesday 1 December 2026, 10:00 in Berlin.
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const BERLIN = 'Europe/Berlin';
const LOS_ANGELES = 'America/Los_Angeles';

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('returnDateOf per language', () => {
  it.each([
    ['en', 'I will be back on Monday, December 14.', date(2026, 12, 14)],
    ['en', "I'm away until 18/12/2026.", date(2026, 12, 18)],
    ['en', 'Out from December 1 to December 11, 2026.', date(2026, 12, 11)],
    ['de', 'Ich bin ab dem 15.12. wieder im Büro.', date(2026, 12, 15)],
    ['de', 'Am Montag, 14.12. bin ich wieder erreichbar.', date(2026, 12, 14)],
    ['de', 'Ich bin bis einschließlich 11. Dezember 2026 nicht im Büro.', date(2026, 12, 11)],
    ['fr', 'Je serai de retour le 15 décembre.', date(2026, 12, 15)],
    ['fr', "Je suis absent jusqu'au 12/12.", date(2026, 12, 12)],
    ['es', 'Estaré de vuelta el 15 de diciembre.', date(2026, 12, 15)],
    ['es', 'Fuera de la oficina hasta el 8 de enero.', date(2027, 1, 8)],
    ['pt', 'Estarei de volta em 15 de dezembro.', date(2026, 12, 15)],
    ['pt', 'Estou de férias até 14/12.', date(2026, 12, 14)],
    ['nl', 'Ik ben vanaf 15 december weer aanwezig.', date(2026, 12, 15)],
    ['nl', 'Ik ben afwezig tot en met 4 januari.', date(2027, 1, 4)],
  ] as const)('%s: %j', (language, text, expected) => {
    expect(returnDateOf(text, [language], NOW, BERLIN)).toEqual(expected);
  });

  it('tries all languages when none is known', () => {
    expect(returnDateOf('Estaré de vuelta el 15 de diciembre.', [], NOW, BERLIN)).toEqual(date(2026, 12, 15));
  });

  it('prefers the date after a return phrase over other dates', () => {
    const text =
      'I am away from 2 December until 11 December and back on 14 December. Call 20 December at the latest.';
    expect(returnDateOf(text, ['en'], NOW, BERLIN)).toEqual(date(2026, 12, 14));
  });

  it('else takes the latest date mentioned', () => {
    expect(returnDateOf('Out of office: 3 December, 9 December.', ['en'], NOW, BERLIN)).toEqual(
      date(2026, 12, 9),
    );
  });

  it('en-US against en-GB: the nearest future reading of an ambiguous numeric date wins', () => {
    expect(returnDateOf("I'll be back on 12/3.", ['en'], NOW, BERLIN)).toEqual(date(2026, 12, 3));
    expect(returnDateOf("I'll be back on 3/12.", ['en'], NOW, BERLIN)).toEqual(date(2026, 12, 3));
  });

  it('a year left out means the next such date', () => {
    expect(returnDateOf('Back on January 5.', ['en'], NOW, BERLIN)).toEqual(date(2027, 1, 5));
  });

  it('ignores past dates, dates more than a year ahead, and no date at all', () => {
    expect(returnDateOf('I was back on 20 November 2026.', ['en'], NOW, BERLIN)).toBeNull();
    expect(returnDateOf('Back on 5 January 2028.', ['en'], NOW, BERLIN)).toBeNull();
    expect(returnDateOf('I am out of the office.', ['en'], NOW, BERLIN)).toBeNull();
    expect(returnDateOf('I am out of the office today.', ['en'], NOW, BERLIN)).toBeNull();
  });
});

describe('returnDateOf across zones, near midnight', () => {
  // 23:30 UTC on 14 December: already the 15th in Berlin, still the 14th in Los Angeles.
  const nearMidnight = Date.UTC(2026, 11, 14, 23, 30, 0);

  it('reads "today" in the workspace zone', () => {
    expect(calendarDateIn(nearMidnight, BERLIN)).toEqual(date(2026, 12, 15));
    expect(calendarDateIn(nearMidnight, LOS_ANGELES)).toEqual(date(2026, 12, 14));
  });

  it('relative dates follow the zone', () => {
    expect(returnDateOf('I will be back tomorrow.', ['en'], nearMidnight, BERLIN)).toEqual(
      date(2026, 12, 16),
    );
    expect(returnDateOf('I will be back tomorrow.', ['en'], nearMidnight, LOS_ANGELES)).toEqual(
      date(2026, 12, 15),
    );
  });

  it('a date that is past in one zone is still ahead in the other', () => {
    const text = 'I will be back on December 14.';
    // In Berlin the 14th is past: a year left out means next year's.
    expect(returnDateOf(text, ['en'], nearMidnight, BERLIN)).toEqual(date(2027, 12, 14));
    expect(returnDateOf(text, ['en'], nearMidnight, LOS_ANGELES)).toEqual(date(2026, 12, 14));
  });

  it('an unknown zone falls back to UTC instead of failing', () => {
    expect(calendarDateIn(nearMidnight, 'Not/AZone')).toEqual(date(2026, 12, 14));
  });
});
