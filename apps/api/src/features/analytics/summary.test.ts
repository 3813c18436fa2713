import { describe, expect, it } from 'vitest';
import { statusMetric } from '../../engine/counters.repository.js';
import { summarize } from './summary.js';

describe('summarize', () => {
  it('divides each numerator by contacted, with no cap; blocked leads are counted apart', () => {
    const totals = new Map([
      ['enrolled', 9],
      ['contacted', 8],
      ['opened', 6],
      ['clicked', 2],
      ['replied', 2],
      ['engaged', 7],
      ['bounced', 1],
      ['completed', 4],
      ['unsubscribed', 8],
      ['blocked', 1],
      [statusMetric('bounced'), 2],
      // Opted out without being contacted (DNC list, fanned out): in the distribution, in no numerator.
      [statusMetric('unsubscribed'), 9],
    ]);
    const summary = summarize(totals);
    expect(summary.blocked).toBe(1);
    expect(summary.rates).toEqual({
      reply_rate: 0.25,
      engagement_rate: 0.875,
      open_rate: 0.75,
      click_rate: 0.25,
      bounce_rate: 0.125,
      completion_rate: 0.5,
      unsubscribe_rate: 1,
    });
  });

  it('keeps null for a zero denominator', () => {
    expect(summarize(new Map([['blocked', 2]])).rates.bounce_rate).toBeNull();
    expect(summarize(new Map([['opened', 0]])).rates.open_rate).toBeNull();
  });
});
