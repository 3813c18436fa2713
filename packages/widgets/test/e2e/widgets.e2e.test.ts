import { describe, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../../src/define.js';
import { $, $$, text } from '../../src/test-support/dom.js';

/** The widgets against the real service over HTTP and SSE, with an embed token minted for this page. */
describe('widgets against the running service', () => {
  const { apiBase, campaignId, leads } = inject('leadstatus');

  it('lists a campaign’s leads, shows names as text, counts statuses, and follows a status change live', async () => {
    const token = await commands.mintEmbedToken(location.origin, [campaignId]);
    const container = document.createElement('div');
    document.body.append(container);
    const filter = document.createElement('lead-status-filter');
    const table = document.createElement('lead-status-table');
    for (const widget of [filter, table]) {
      widget.setAttribute('api-base', apiBase);
      widget.setAttribute('token', token);
      widget.setAttribute('campaign-id', campaignId);
    }
    filter.id = 'e2e-filter';
    table.setAttribute('filter', 'e2e-filter');
    container.append(filter, table);

    const rows = () => $$(table, '[role="row"][data-index]');
    await vi.waitFor(() => expect(rows().length).toBe(3), { timeout: 5000 });
    expect(rows().map((row) => text(row.querySelector('[part="badge"]')))).toEqual(['Sent', 'Sent', 'Sent']);
    expect(table.shadowRoot?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(table.shadowRoot?.querySelector('img')).toBeNull();
    await vi.waitFor(() => expect(text($(filter, 'button[data-status="sent"] .count'))).toBe('3'));

    const ann = leads.find((lead) => lead.email === 'ann@example.com');
    await commands.sendEvent({ type: 'replied', campaign_id: campaignId, lead_id: ann?.id });
    const annRow = () => rows().find((row) => text(row).includes('ann@example.com'));
    await vi.waitFor(() => expect(text(annRow()?.querySelector('[part="badge"]'))).toBe('Replied'), {
      timeout: 5000,
    });
    filter.refreshDelay = 0;
    await vi.waitFor(() => expect(text($(filter, 'button[data-status="replied"] .count'))).toBe('1'), {
      timeout: 5000,
    });

    // The filter narrows the table through the real API.
    ($(filter, 'button[data-status="replied"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(rows().length).toBe(1), { timeout: 5000 });
    expect(text(rows()[0])).toContain('ann@example.com');
    container.remove();
  });

  it('shows the analytics of the campaign', async () => {
    const token = await commands.mintEmbedToken(location.origin, [campaignId]);
    const analytics = document.createElement('lead-status-analytics');
    analytics.setAttribute('api-base', apiBase);
    analytics.setAttribute('token', token);
    analytics.setAttribute('campaign-id', campaignId);
    document.body.append(analytics);
    await vi.waitFor(() => expect($(analytics, '.bars')?.getAttribute('aria-label')).toMatch(/3 in all/), {
      timeout: 5000,
    });
    await vi.waitFor(() => expect($(analytics, '.trends table')).not.toBeNull(), { timeout: 5000 });
    analytics.remove();
  });

  it('refuses a token minted for another origin', async () => {
    const token = await commands.mintEmbedToken('https://elsewhere.example.com', [campaignId]);
    const table = document.createElement('lead-status-table');
    table.setAttribute('api-base', apiBase);
    table.setAttribute('token', token);
    document.body.append(table);
    // No CORS answer for this origin: the SDK retries the network error, then the table says so.
    await vi.waitFor(() => expect($(table, '[role="alert"]')).not.toBeNull(), { timeout: 15_000 });
    table.remove();
  });
});
