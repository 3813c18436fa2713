import { describe, expect, it } from 'vitest';
import { pauseReason, pauseReasonLabel } from './pause.js';

// A fixed "now" and midday timestamps: the day is the same in every zone from UTC-11 to UTC+11.
const NOW = Date.parse('2026-11-27T10:00:00.000Z');
const DEC_15 = '2026-12-15T12:00:00.000Z';

describe('pauseReason', () => {
  it.each([
    ['out_of_office', DEC_15, 'en-GB', 'out of office until 15 Dec'],
    ['out_of_office', DEC_15, 'en-US', 'out of office until Dec 15'],
    ['out_of_office', DEC_15, 'de-DE', 'out of office until 15. Dez.'],
    ['out_of_office', '2027-01-04T12:00:00.000Z', 'en-GB', 'out of office until 4 Jan 2027'],
    ['out_of_office', null, 'en-GB', 'out of office'],
    ['out_of_office', 'not a date', 'en-GB', 'out of office'],
    ['company_replied', null, 'en-GB', 'company replied'],
    ['manual', null, 'en-GB', 'by hand'],
    ['held_by_legal', null, 'en-GB', 'held by legal'],
    [null, null, 'en-GB', ''],
  ])('%s until %s in %s: "%s"', (reason, pausedUntil, locale, expected) => {
    expect(pauseReason(reason, pausedUntil, { now: NOW, locale })).toBe(expected);
  });

  it('starts with a capital on its own, as the Reason column shows it', () => {
    const context = { now: NOW, locale: 'en-GB' };
    expect(pauseReasonLabel('out_of_office', DEC_15, context)).toBe('Out of office until 15 Dec');
    expect(pauseReasonLabel('manual', null, context)).toBe('By hand');
    expect(pauseReasonLabel(null, null, context)).toBe('');
  });
});
