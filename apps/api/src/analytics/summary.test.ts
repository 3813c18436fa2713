import { describe, expect, it } from 'vitest';
import { statusMetric } from '../counters/campaign-counters.repository.js';
import { summarize } from './summary.js';

describe('summarize', () => {
  it('caps rates at 1 when leads were counted without a recorded send', () => {
    // Two leads opened (one reported without its `sent`), three never-contacted leads opted out via DNC.
    const totals = new Map([
      ['enrolled', 5],
      ['contacted', 1],
      ['opened', 2],
      ['engaged', 2],
      [statusMetric('unsubscribed'), 3],
      [statusMetric('engaged'), 2],
    ]);
    const { rates } = summarize(totals);
    expect(rates.open_rate).toBe(1);
    expect(rates.engagement_rate).toBe(1);
    expect(rates.unsubscribe_rate).toBe(1);
    expect(rates.reply_rate).toBe(0);
  });

  it('keeps null for a zero denominator', () => {
    expect(summarize(new Map([['opened', 2]])).rates.open_rate).toBeNull();
  });
});
