import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { $, $$, mount, text } from '../../test-support/dom.js';
import { eventually } from '../../test-support/eventually.js';
import { fakeClient, problem } from '../../test-support/fake-client.js';
import { makeChange, makeRow, makeSummary, makeTrends } from '../../test-support/fixtures.js';

async function mountAnalytics(fake: ReturnType<typeof fakeClient>, attributes: Record<string, string> = {}) {
  // British English, so dates read "1 Nov" whatever the browser's language.
  const analytics = await mount(
    'lead-status-analytics',
    { client: fake.client },
    { lang: 'en-GB', ...attributes },
  );
  await eventually(() => expect($(analytics, '.panel')).not.toBeNull());
  return analytics;
}

describe('<lead-status-analytics>', () => {
  it('draws the distribution as bars with a text alternative', async () => {
    const fake = fakeClient({
      summary: makeSummary({ not_contacted: 20, sent: 40, engaged: 22, replied: 18 }),
    });
    const analytics = await mountAnalytics(fake);
    const bars = $(analytics, '.bars');
    expect(bars?.getAttribute('role')).toBe('img');
    expect(bars?.getAttribute('aria-label')).toBe(
      'Leads by status, 100 in all: Not Contacted 20 (20%), Sent 40 (40%), Engaged 22 (22%), Replied 18 (18%), ' +
        'Bounced / Blocked 0 (0%), Unsubscribed 0 (0%), Completed 0 (0%), Paused 0 (0%).',
    );
    expect($$(analytics, '.bar-row').length).toBe(8);
    expect($$(analytics, '.bar-row svg rect.fill').map((r) => r.getAttribute('width'))[1]).toBe('100.00%');
    expect(fake.calls.analytics.workspace).toHaveBeenCalledTimes(1);
  });

  it('shows the five rates, with "—" for a rate without data', async () => {
    const analytics = await mountAnalytics(fakeClient());
    const rates = $$(analytics, '.rates > div').map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]);
    expect(rates).toEqual([
      ['Reply rate', '12.5%'],
      ['Engagement rate', '50%'],
      ['Bounce rate', '4%'],
      ['Completion rate', '—'],
      ['Unsubscribe rate', '1%'],
    ]);
  });

  it('shows a campaign’s daily trend with a data table as its text alternative', async () => {
    const fake = fakeClient({ trends: makeTrends(5) });
    const analytics = await mountAnalytics(fake, {
      'campaign-id': 'cmp_1',
      from: '2026-11-01',
      to: '2026-11-05',
    });
    await eventually(() => expect($(analytics, '.trends table')).not.toBeNull());
    expect(fake.calls.analytics.summary).toHaveBeenCalledWith('cmp_1', expect.any(Object));
    expect(fake.calls.analytics.trends).toHaveBeenCalledWith(
      'cmp_1',
      { from: '2026-11-01', to: '2026-11-05' },
      expect.any(Object),
    );
    const table = $(analytics, '.trends table') as HTMLTableElement;
    expect(table.classList).toContain('visually-hidden');
    expect(text(table.caption)).toBe('Daily activity: leads per day');
    const cellsOf = (row: HTMLTableRowElement | undefined) => [...(row?.cells ?? [])].map(text);
    expect(cellsOf(table.tHead?.rows[0])).toEqual(['Day', 'Sent', 'Engaged (opened)', 'Replied', 'Bounced']);
    expect(table.tBodies[0]?.rows.length).toBe(5);
    expect(cellsOf(table.tBodies[0]?.rows[0])).toEqual(['1 Nov', '100', '40', '3', '0']);
    expect($$(analytics, '.trends polyline').length).toBe(4);
    expect($(analytics, '.plot svg')?.getAttribute('aria-hidden')).toBe('true');
    expect($(analytics, '.legend')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows a tooltip for the day under focus, moved with the arrow keys', async () => {
    const analytics = await mountAnalytics(fakeClient({ trends: makeTrends(5) }), { 'campaign-id': 'cmp_1' });
    await eventually(() => expect($(analytics, '.plot')).not.toBeNull());
    ($(analytics, '.plot') as HTMLElement).focus();
    await eventually(() => expect(text($(analytics, '[part="tooltip"]'))).toMatch(/^5 Nov/));
    expect(text($(analytics, '[part="tooltip"]'))).toBe(
      '5 Nov Sent: 104 Engaged (opened): 44 Replied: 4 Bounced: 0',
    );
    expect($(analytics, '[part="tooltip"]')?.getAttribute('role')).toBe('status');
    await userEvent.keyboard('{ArrowLeft}');
    await eventually(() => expect(text($(analytics, '[part="tooltip"]'))).toMatch(/^4 Nov/));
    await userEvent.keyboard('{Home}');
    await eventually(() => expect(text($(analytics, '[part="tooltip"]'))).toMatch(/^1 Nov.*Sent: 100/));
    ($(analytics, '.plot') as HTMLElement).blur();
    await eventually(() => expect($(analytics, '[part="tooltip"]')).toBeNull());
  });

  it('shows a tooltip on hover', async () => {
    const analytics = await mountAnalytics(fakeClient({ trends: makeTrends(5) }), { 'campaign-id': 'cmp_1' });
    await eventually(() => expect($(analytics, '.plot')).not.toBeNull());
    const plot = $(analytics, '.plot') as HTMLElement;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 1, clientY: box.top + 5 }));
    await eventually(() => expect(text($(analytics, '[part="tooltip"]'))).toMatch(/^1 Nov/));
  });

  it('draws no trend without a campaign (trends are per campaign)', async () => {
    const fake = fakeClient();
    const analytics = await mountAnalytics(fake);
    expect($(analytics, '.trends')).toBeNull();
    expect(fake.calls.analytics.trends).not.toHaveBeenCalled();
  });

  it('shows an error with Retry', async () => {
    const fake = fakeClient({ summaryError: problem(500, 'Unexpected error.') });
    const analytics = await mount('lead-status-analytics', { client: fake.client });
    await eventually(() => expect(text($(analytics, '[role="alert"] p'))).toBe('Unexpected error.'));
    fake.state.summaryError = undefined;
    $(analytics, '[part="retry"]')?.click();
    await eventually(() => expect($(analytics, '.panel')).not.toBeNull());
  });

  it('reads again after status changes on the stream', async () => {
    const fake = fakeClient({ summary: makeSummary({ sent: 1 }) });
    const analytics = await mount('lead-status-analytics', { client: fake.client, refreshDelay: 20 });
    await eventually(() => expect($(analytics, '.panel')).not.toBeNull());
    fake.state.summary = makeSummary({ replied: 1 });
    fake.emit(makeChange(makeRow(0, { status: 'sent' }), 'replied'));
    await eventually(() =>
      expect($(analytics, '.bars')?.getAttribute('aria-label')).toContain('Replied 1 (100%)'),
    );
    expect(fake.calls.analytics.workspace).toHaveBeenCalledTimes(2);
  });
});
