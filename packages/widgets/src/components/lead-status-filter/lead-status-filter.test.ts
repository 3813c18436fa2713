import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LeadStatusFilterChangeEvent } from '../../events/events.js';
import { STATUS_LABELS, STATUSES } from '../../shared/statuses.js';
import { $, $$, mount, text } from '../../test-support/dom.js';
import { eventually } from '../../test-support/eventually.js';
import { fakeClient, problem } from '../../test-support/fake-client.js';
import { makeChange, makeRow, makeSummary } from '../../test-support/fixtures.js';

const button = (filter: Element, status: string) =>
  $(filter, `button[data-status="${status}"]`) as HTMLButtonElement;
const pressed = (filter: Element) =>
  $$(filter, 'button[data-status][aria-pressed="true"]').map((b) => b.dataset.status);
const countOf = (filter: Element, status: string) => text(button(filter, status).querySelector('.count'));

let initialUrl: string;
beforeEach(() => {
  initialUrl = location.href;
});
afterEach(() => {
  history.replaceState(history.state, '', initialUrl);
});

describe('<lead-status-filter>', () => {
  it('offers the eight statuses as toggle buttons with their labels and live counts', async () => {
    const fake = fakeClient({
      summary: makeSummary({ not_contacted: 20, sent: 40, engaged: 22, replied: 12 }),
    });
    const filter = await mount('lead-status-filter', { client: fake.client });
    expect($(filter, '[role="group"]')?.getAttribute('aria-label')).toBe('Filter leads by status');
    const buttons = $$(filter, 'button[data-status]');
    expect(buttons.map((b) => b.dataset.status)).toEqual([...STATUSES]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(Array(8).fill('false'));
    expect(buttons.map((b) => text(b.querySelector('span:not(.count):not([aria-hidden])')))).toEqual(
      STATUSES.map((s) => STATUS_LABELS[s]),
    );
    await eventually(() => expect(countOf(filter, 'engaged')).toBe('22'));
    expect(countOf(filter, 'sent')).toBe('40');
    expect(countOf(filter, 'paused')).toBe('0');
    expect(text($(filter, '[part~="all"] .count'))).toBe('94');
    expect(fake.calls.analytics.workspace).toHaveBeenCalledTimes(1);
  });

  it('reads a campaign’s counts with campaign-id', async () => {
    const fake = fakeClient();
    await mount('lead-status-filter', { client: fake.client }, { 'campaign-id': 'cmp_9' });
    expect(fake.calls.analytics.summary).toHaveBeenCalledWith('cmp_9', expect.any(Object));
    expect(fake.calls.analytics.workspace).not.toHaveBeenCalled();
  });

  it('toggles several statuses at once and emits lead-status-filter-change with them, in display order', async () => {
    const filter = await mount('lead-status-filter', { client: fakeClient().client });
    const events: LeadStatusFilterChangeEvent[] = [];
    document.addEventListener('lead-status-filter-change', (e) => events.push(e));

    button(filter, 'replied').click();
    await filter.updateComplete;
    button(filter, 'engaged').click();
    await filter.updateComplete;
    expect(pressed(filter)).toEqual(['engaged', 'replied']);
    expect(events.map((e) => e.detail.statuses)).toEqual([['replied'], ['engaged', 'replied']]);
    expect(filter.statuses).toEqual(['engaged', 'replied']);
    expect(filter.getAttribute('statuses')).toBe('engaged,replied');
    expect($(filter, '[part~="all"]')?.getAttribute('aria-pressed')).toBe('false');

    button(filter, 'replied').click();
    await filter.updateComplete;
    expect(events.at(-1)?.detail.statuses).toEqual(['engaged']);

    ($(filter, '[part~="all"]') as HTMLButtonElement).click();
    await filter.updateComplete;
    expect(events.at(-1)?.detail.statuses).toEqual([]);
    expect($(filter, '[part~="all"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('starts from the statuses attribute without announcing a change', async () => {
    const onChange = vi.fn();
    document.addEventListener('lead-status-filter-change', onChange);
    const filter = await mount(
      'lead-status-filter',
      { client: fakeClient().client },
      { statuses: 'paused,sent,nope' },
    );
    expect(pressed(filter)).toEqual(['sent', 'paused']);
    expect(onChange).not.toHaveBeenCalled();
    document.removeEventListener('lead-status-filter-change', onChange);
  });

  it('refreshes the counts after status changes on the stream, once per burst', async () => {
    const fake = fakeClient({ summary: makeSummary({ sent: 5 }) });
    const filter = await mount('lead-status-filter', { client: fake.client, refreshDelay: 30 });
    await eventually(() => expect(countOf(filter, 'sent')).toBe('5'));
    fake.state.summary = makeSummary({ sent: 2, replied: 3 });
    for (let i = 0; i < 3; i++) fake.emit(makeChange(makeRow(i, { status: 'sent' }), 'replied'));
    await eventually(() => expect(countOf(filter, 'replied')).toBe('3'));
    expect(countOf(filter, 'sent')).toBe('2');
    expect(fake.calls.analytics.workspace).toHaveBeenCalledTimes(2);
  });

  it('keeps working without counts when analytics fail', async () => {
    const fake = fakeClient({ summaryError: problem(403, 'closed') });
    const filter = await mount('lead-status-filter', { client: fake.client });
    await eventually(() => expect(fake.calls.analytics.workspace).toHaveBeenCalled());
    expect($$(filter, '.count').length).toBe(0);
    button(filter, 'sent').click();
    await filter.updateComplete;
    expect(pressed(filter)).toEqual(['sent']);
  });

  describe('reflect-url', () => {
    it('reads ?status=a,b on load', async () => {
      history.replaceState(null, '', '?status=replied,engaged&tab=2');
      const filter = await mount(
        'lead-status-filter',
        { client: fakeClient().client },
        { 'reflect-url': '' },
      );
      expect(pressed(filter)).toEqual(['engaged', 'replied']);
    });

    it('writes the selection to the URL with replaceState, keeping other parameters', async () => {
      history.replaceState(null, '', '?tab=2');
      const length = history.length;
      const filter = await mount(
        'lead-status-filter',
        { client: fakeClient().client },
        { 'reflect-url': '' },
      );
      button(filter, 'bounced').click();
      button(filter, 'sent').click();
      await filter.updateComplete;
      expect(location.search).toBe('?tab=2&status=sent,bounced');
      ($(filter, '[part~="all"]') as HTMLButtonElement).click();
      await filter.updateComplete;
      expect(location.search).toBe('?tab=2');
      expect(history.length).toBe(length);
    });

    it('leaves the URL alone without the attribute', async () => {
      history.replaceState(null, '', '?status=paused');
      const filter = await mount('lead-status-filter', { client: fakeClient().client });
      expect(pressed(filter)).toEqual([]);
      button(filter, 'sent').click();
      await filter.updateComplete;
      expect(location.search).toBe('?status=paused');
    });
  });
});
