import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';

describe('the demo page (npm start)', () => {
  it('shows the seeded leads, the status filter and the analytics, with no page error', async () => {
    const result = await commands.openDemoPage();
    expect(result.pageErrors).toEqual([]);
    expect(result.rows).toBeGreaterThanOrEqual(10);
    // The eight statuses, and the control that clears them.
    expect(result.filterButtons).toBeGreaterThanOrEqual(8);
    expect(result.analyticsText).toMatch(/Reply rate/i);
    expect(result.screenshot).toMatch(/demo-page\.png$/);
  }, 120_000);
});
