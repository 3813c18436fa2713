import { describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../src/define.js';
import { $, $$, text } from '../../src/test-support/dom.js';
import { eventually } from '../../src/test-support/eventually.js';

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
    await eventually(() => expect(rows().length).toBe(3));
    expect(rows().map((row) => text(row.querySelector('[part="badge"]')))).toEqual(['Sent', 'Sent', 'Sent']);
    expect(table.shadowRoot?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(table.shadowRoot?.querySelector('img')).toBeNull();
    await eventually(() => expect(text($(filter, 'button[data-status="sent"] .count'))).toBe('3'));

    const ann = leads.find((lead) => lead.email === 'ann@example.com');
    await commands.sendEvent({ type: 'replied', campaign_id: campaignId, lead_id: ann?.id });
    const annRow = () => rows().find((row) => text(row).includes('ann@example.com'));
    await eventually(() => expect(text(annRow()?.querySelector('[part="badge"]'))).toBe('Replied'));
    filter.refreshDelay = 0;
    await eventually(() => expect(text($(filter, 'button[data-status="replied"] .count'))).toBe('1'));

    // The filter narrows the table through the real API.
    ($(filter, 'button[data-status="replied"]') as HTMLButtonElement).click();
    await eventually(() => expect(rows().length).toBe(1));
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
    await eventually(() => expect($(analytics, '.bars')?.getAttribute('aria-label')).toMatch(/3 in all/));
    await eventually(() => expect($(analytics, '.trends table')).not.toBeNull());
    analytics.remove();
  });

  it('refuses a token minted for another origin', async () => {
    const token = await commands.mintEmbedToken('https://elsewhere.example.com', [campaignId]);
    const table = document.createElement('lead-status-table');
    table.setAttribute('api-base', apiBase);
    table.setAttribute('token', token);
    document.body.append(table);
    // No CORS answer for this origin: the SDK retries the network error, then the table says so.
    await eventually(() => expect($(table, '[role="alert"]')).not.toBeNull());
    table.remove();
  });
});
