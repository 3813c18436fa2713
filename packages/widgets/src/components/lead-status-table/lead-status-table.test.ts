import type { LeadListRow } from '@leadstatus/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LeadSelectEvent, LeadStatusErrorEvent } from '../../events/events.js';
import { $, $$, mount, mountHtml, shadow, text } from '../../test-support/dom.js';
import { eventually } from '../../test-support/eventually.js';
import { fakeClient, problem } from '../../test-support/fake-client.js';
import { makeChange, makeRow, makeRows } from '../../test-support/fixtures.js';
import type { LeadStatusTable } from './lead-status-table.js';

const rowsOf = (table: Element) => $$(table, '[role="row"][data-index]');
const rowText = (table: Element, index: number) => text($(table, `[role="row"][data-index="${index}"]`));
/** A header's label, without the sort arrow (which is aria-hidden). */
const headerText = (header: Element) => text(header).replace(/[↑↓]/g, '');

async function mountTable(fake: ReturnType<typeof fakeClient>, attributes: Record<string, string> = {}) {
  const table = await mount('lead-status-table', { client: fake.client }, attributes);
  await eventually(() => expect(rowsOf(table).length).toBeGreaterThan(0));
  return table;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<lead-status-table>: rows', () => {
  it('renders each row: lead name and e-mail, company, campaign, status badge, reason, activity, counters', async () => {
    const row = makeRow(0, {
      status: 'bounced',
      status_reason: 'hard_bounce',
      counters: { sent: 3, opened: 2, clicked: 1, replied: 0 },
    });
    const table = await mountTable(fakeClient({ rows: [row] }));
    const cells = $$(table, '[data-index="0"] [role="gridcell"]').map(text);
    expect(cells).toEqual([
      'Lead 000000 lead000000@example.com',
      'Company 0',
      'Q4 outreach',
      'Bounced / Blocked',
      'Hard bounce',
      expect.any(String),
      '3',
      '2',
      '1',
      '0',
    ]);
    const time = $(table, '[data-index="0"] time');
    expect(time?.getAttribute('datetime')).toBe(row.last_event_at);
    expect(time?.title).toMatch(/2026/);
  });

  it('shows the campaign column only in the Leads-tab view (no campaign-id)', async () => {
    const fake = fakeClient({ rows: makeRows(3) });
    const all = await mountTable(fake);
    expect($$(all, '[role="columnheader"]').map(headerText)).toContain('Campaign');
    expect(fake.calls.leads.list).toHaveBeenCalled();

    const one = await mountTable(fake, { 'campaign-id': 'cmp_1' });
    expect($$(one, '[role="columnheader"]').map(headerText)).not.toContain('Campaign');
    expect(fake.calls.campaigns.leads).toHaveBeenCalledWith('cmp_1', expect.any(Object), expect.any(Object));
  });

  it('uses grid semantics: grid, rows with aria-rowindex, gridcells, column headers with aria-sort', async () => {
    const table = await mountTable(fakeClient({ rows: makeRows(3) }));
    const grid = $(table, '[role="grid"]');
    expect(grid?.getAttribute('aria-label')).toBe('Leads');
    expect(grid?.getAttribute('aria-rowcount')).toBe('4');
    expect(rowsOf(table).map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4']);
    expect($$(table, '[data-index="0"] [role="gridcell"]').length).toBe(10);
    const headers = $$(table, '[role="columnheader"]');
    expect(headers.length).toBe(10);
    const sorted = headers.filter((h) => h.getAttribute('aria-sort') === 'descending').map(headerText);
    expect(sorted).toEqual(['Status']);
    expect(headers.filter((h) => h.getAttribute('aria-sort') === 'none').map(headerText)).toEqual([
      'Lead',
      'Last activity',
    ]);
  });

  it('renders a lead named like markup as text, running nothing', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const onerror = vi.fn();
    window.addEventListener('error', onerror);
    const row = makeRow(0, {
      lead: { id: 'lead_x', email: 'x@example.com', first_name: evil, last_name: null, company: evil },
      campaign: { id: 'cmp_1', name: '<script>alert(2)</script>' },
    });
    const table = await mountTable(fakeClient({ rows: [row] }));
    expect(shadow(table).querySelector('img')).toBeNull();
    expect(shadow(table).querySelector('[role="gridcell"] script')).toBeNull();
    expect(rowText(table, 0)).toContain(evil);
    expect(rowText(table, 0)).toContain('<script>alert(2)</script>');
    window.removeEventListener('error', onerror);
    expect(onerror).not.toHaveBeenCalled();
  });
});

describe('<lead-status-table>: states', () => {
  it('shows a loading state, then an empty state', async () => {
    const fake = fakeClient({ rows: [], listDelay: 50 });
    const table = await mount('lead-status-table', { client: fake.client });
    expect(text($(table, '[part="state"]'))).toBe('Loading leads…');
    expect($(table, '[role="grid"]')?.getAttribute('aria-busy')).toBe('true');
    await eventually(() => expect(text($(table, '[part="state"]'))).toBe('No leads yet.'));
    expect($(table, '[role="grid"]')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says when no lead has the selected statuses', async () => {
    const table = await mount(
      'lead-status-table',
      { client: fakeClient({ rows: [makeRow(0)] }).client },
      {
        statuses: 'paused',
      },
    );
    await eventually(() =>
      expect(text($(table, '[part="state"]'))).toBe('No leads have the selected statuses.'),
    );
  });

  it('shows an error with a Retry button that loads again', async () => {
    const fake = fakeClient({ rows: makeRows(2), listError: problem(503, 'The database is unavailable.') });
    const errors: LeadStatusErrorEvent[] = [];
    document.addEventListener('lead-status-error', (e) => errors.push(e), { once: true });
    const table = await mount('lead-status-table', { client: fake.client });
    await eventually(() => expect($(table, '[role="alert"]')).not.toBeNull());
    expect(text($(table, '[role="alert"] p'))).toBe('The database is unavailable.');
    expect(errors[0]?.detail.status).toBe(503);

    fake.state.listError = undefined;
    $(table, '[part="retry"]')?.click();
    await eventually(() => expect(rowsOf(table).length).toBe(2));
    expect($(table, '[role="alert"]')).toBeNull();
  });

  it('shows an "expired" error when the token has expired and there is no tokenProvider', async () => {
    const fake = fakeClient({
      listError: problem(401, 'The embed token has expired; mint a new one with POST /v1/embed-tokens.'),
    });
    const errors: LeadStatusErrorEvent[] = [];
    document.addEventListener('lead-status-error', (e) => errors.push(e), { once: true });
    const table = await mount('lead-status-table', { client: fake.client });
    await eventually(() => expect(text($(table, '[role="alert"]'))).toMatch(/expired/i));
    expect(errors[0]?.detail.kind).toBe('expired');
  });

  it('waits for api-base and a token before loading anything', async () => {
    const table = await mount('lead-status-table');
    expect(text($(table, '[part="state"]'))).toMatch(/api-base/);
  });
});

describe('<lead-status-table>: sorting and paging', () => {
  it('sorts by the column whose header is pressed, from the first page', async () => {
    const fake = fakeClient({ rows: makeRows(5) });
    const table = await mountTable(fake);
    expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
      { sort: '-status_changed_at', limit: 100 },
      expect.any(Object),
    );
    const header = (label: string) =>
      $$(table, '[role="columnheader"]').find((h) => headerText(h) === label) as HTMLElement;
    header('Lead').querySelector('button')?.click();
    await eventually(() =>
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { sort: 'email', limit: 100 },
        expect.any(Object),
      ),
    );
    await eventually(() => expect(header('Lead').getAttribute('aria-sort')).toBe('ascending'));
    expect(header('Status').getAttribute('aria-sort')).toBe('none');
    expect(table.getAttribute('sort')).toBe('email');

    header('Last activity').querySelector('button')?.click();
    await eventually(() =>
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { sort: '-last_event_at', limit: 100 },
        expect.any(Object),
      ),
    );
  });

  it('fetches the next page by cursor as the reader scrolls, rendering only the visible rows', async () => {
    const fake = fakeClient({ rows: makeRows(100_000) });
    const table = await mountTable(fake, { 'page-size': '200' });
    expect(fake.calls.leads.list).toHaveBeenCalledTimes(1);
    const scroller = $(table, '.scroller') as HTMLElement;
    for (let page = 1; page <= 3; page++) {
      scroller.scrollTop = scroller.scrollHeight;
      await eventually(() => expect(fake.calls.leads.list).toHaveBeenCalledTimes(page + 1));
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { sort: '-status_changed_at', limit: 200, cursor: String(page * 200) },
        expect.any(Object),
      );
      await eventually(() => expect(text($(table, '.summary'))).toBe(`${(page + 1) * 200}+ leads`));
    }
    // 800 rows loaded, a few dozen in the DOM.
    expect(rowsOf(table).length).toBeLessThan(80);
    expect($(table, '[role="grid"]')?.getAttribute('aria-rowcount')).toBe('-1');
  });
});

describe('<lead-status-table>: windowing', () => {
  const body = (table: Element) => $(table, '.body') as HTMLElement;
  const comments = (table: Element) =>
    [...body(table).childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;

  it('keeps few rows and markers in the DOM, each row where it belongs, however far it scrolls', async () => {
    const fake = fakeClient({ rows: makeRows(3000) });
    const table = await mountTable(fake, { 'page-size': '500' });
    const scroller = $(table, '.scroller') as HTMLElement;
    const rowHeight = (rowsOf(table)[0] as HTMLElement).getBoundingClientRect().height;
    expect(rowHeight).toBeGreaterThan(20);
    for (let top = 0; top < 3000 * rowHeight; top += 7 * rowHeight + 13) {
      scroller.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await table.updateComplete;
      expect(rowsOf(table).length).toBeLessThan(40);
      // Two markers a row and a few more: Lit's leaked ones are swept (orphan-markers.ts).
      expect(comments(table)).toBeLessThanOrEqual(2 * rowsOf(table).length + 4);
    }
    await eventually(() => expect(text($(table, '.summary'))).toBe('3,000 leads'));
    scroller.scrollTop = 1234 * rowHeight;
    await eventually(() => expect($(table, '[data-index="1234"]')).not.toBeNull());
    const origin = body(table).getBoundingClientRect().top;
    for (const row of rowsOf(table)) {
      const index = Number(row.dataset.index);
      expect(row.getBoundingClientRect().top - origin).toBeCloseTo(index * rowHeight, 0);
      expect(row.getAttribute('aria-rowindex')).toBe(String(index + 2));
    }
    // The rows under the header and at the bottom of the view are there.
    const port = scroller.getBoundingClientRect();
    const head = ($(table, '.head') as HTMLElement).getBoundingClientRect();
    const shown = rowsOf(table).filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > head.bottom && box.top < port.bottom;
    });
    const indexes = shown.map((row) => Number(row.dataset.index)).sort((a, b) => a - b);
    expect(indexes[0]).toBe(1234);
    expect(indexes.length).toBeGreaterThanOrEqual(Math.floor((port.bottom - head.bottom) / rowHeight));
    // Consecutive: no row missing in the middle.
    expect(indexes).toEqual(indexes.map((_, i) => 1234 + i));
    expect($(table, '[role="grid"]')?.getAttribute('aria-rowcount')).toBe('3001');
  });

  it('keeps the focused row, and the tab stop, while it is scrolled out of view', async () => {
    const table = await mountTable(fakeClient({ rows: makeRows(400) }), { 'page-size': '400' });
    const first = $(table, '[data-index="0"]') as HTMLElement;
    first.focus();
    const scroller = $(table, '.scroller') as HTMLElement;
    scroller.scrollTop = 10_000;
    await eventually(() => expect(rowsOf(table).map((r) => r.dataset.index)).toContain('200'));
    expect($(table, '[data-index="0"]')).toBe(first);
    expect(shadow(table).activeElement).toBe(first);
    expect($$(table, '[role="row"][tabindex="0"]')).toEqual([first]);
    await userEvent.keyboard('{ArrowDown}');
    await eventually(() =>
      expect((shadow(table).activeElement as HTMLElement | null)?.dataset.index).toBe('1'),
    );
    expect(scroller.scrollTop).toBeLessThan(200);
  });

  it('loads the next pages as End is pressed at the last loaded row', async () => {
    const fake = fakeClient({ rows: makeRows(250) });
    const table = await mountTable(fake);
    const focused = () => (shadow(table).activeElement as HTMLElement | null)?.dataset.index;
    ($(table, '[data-index="0"]') as HTMLElement).focus();
    await userEvent.keyboard('{End}');
    await eventually(() => expect(focused()).toBe('99'));
    await eventually(() => expect(text($(table, '.summary'))).toBe('200+ leads'));
    await userEvent.keyboard('{End}');
    await eventually(() => expect(focused()).toBe('199'));
    await eventually(() => expect(text($(table, '.summary'))).toBe('250 leads'));
    await userEvent.keyboard('{End}');
    await eventually(() => expect(focused()).toBe('249'));
    expect($(table, '[role="grid"]')?.getAttribute('aria-rowcount')).toBe('251');
    await userEvent.keyboard('{Home}');
    await eventually(() => expect(focused()).toBe('0'));
  });

  it('asks for more pages without a scroll while the rows do not fill a tall table', async () => {
    const fake = fakeClient({ rows: makeRows(500) });
    const table = await mount('lead-status-table', { client: fake.client }, { 'page-size': '10' });
    table.style.setProperty('--lead-status-table-height', '1200px');
    const inView = Math.floor(1100 / 52);
    await eventually(() =>
      expect(fake.calls.leads.list.mock.calls.length).toBeGreaterThan((inView + 40) / 10),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Enough to fill the view and the lookahead, not the whole list.
    expect(fake.calls.leads.list.mock.calls.length).toBeLessThan(15);
  });
});

describe('<lead-status-table>: live updates', () => {
  it('changes a loaded row in place when its status changes on the stream', async () => {
    const rows = makeRows(3, { status: 'sent' });
    const fake = fakeClient({ rows });
    const table = await mountTable(fake);
    expect(fake.subscribers).toBe(1);
    const second = $(table, '[data-index="1"]');
    expect(text(second?.querySelector('[part="badge"]'))).toBe('Sent');

    fake.emit(makeChange(rows[1] as LeadListRow, 'replied'));
    await eventually(() => expect(text($(table, '[data-index="1"] [part="badge"]'))).toBe('Replied'));
    expect($(table, '[data-index="1"]')).toBe(second);
    expect(text($(table, '[data-index="0"] [part="badge"]'))).toBe('Sent');
    expect(fake.calls.leads.list).toHaveBeenCalledTimes(1);
  });

  it('offers to show changes of rows not loaded that now match the filter, and ignores the others', async () => {
    const fake = fakeClient({ rows: makeRows(2, { status: 'engaged' }) });
    const table = await mountTable(fake, { statuses: 'engaged' });
    fake.emit(makeChange(makeRow(500, { status: 'sent' }), 'bounced'));
    fake.emit(makeChange(makeRow(501, { status: 'sent' }), 'engaged'));
    await eventually(() => expect(text($(table, '[part="updates"]'))).toBe('1 new change · Show'));
    $(table, '[part="updates"]')?.click();
    await eventually(() => expect(fake.calls.leads.list).toHaveBeenCalledTimes(2));
    await eventually(() => expect($(table, '[part="updates"]')).toBeNull());
  });

  it('closes its stream when removed from the page', async () => {
    const fake = fakeClient({ rows: makeRows(1) });
    const table = await mountTable(fake);
    expect(fake.subscribers).toBe(1);
    table.remove();
    expect(fake.subscribers).toBe(0);
  });
});

describe('<lead-status-table>: paused leads', () => {
  // A fixed day and language; midday timestamps fall on the same day in every zone from UTC-11 to UTC+11.
  const DEC_15 = '2026-12-15T12:00:00.000Z';
  const reasonOf = (table: Element, index: number) => text($(table, `[data-index="${index}"] .reason`));
  const badgeOf = (table: Element, index: number) => text($(table, `[data-index="${index}"] [part="badge"]`));

  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['out_of_office', DEC_15, 'en-GB', 'Out of office until 15 Dec'],
    ['out_of_office', DEC_15, 'en-US', 'Out of office until Dec 15'],
    ['out_of_office', '2027-01-04T12:00:00.000Z', 'en-GB', 'Out of office until 4 Jan 2027'],
    ['company_replied', null, 'en-GB', 'Company replied'],
    ['manual', null, 'en-GB', 'By hand'],
  ])('shows Paused with reason %s until %s in %s as "%s"', async (reason, pausedUntil, lang, expected) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const row = makeRow(0, { status: 'paused', status_reason: reason, paused_until: pausedUntil });
    const table = await mountTable(fakeClient({ rows: [row] }), { lang });
    expect(badgeOf(table, 0)).toBe('Paused');
    expect(reasonOf(table, 0)).toBe(expected);
    // The status and its reason are text in their own cells, read with their column headers.
    expect(rowText(table, 0)).toContain(`Paused ${expected}`);
  });

  it('shows a hold heard on the stream, and clears it when the lead resumes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const rows = makeRows(2, { status: 'sent' });
    const fake = fakeClient({ rows });
    const table = await mountTable(fake, { lang: 'en-GB' });
    const row = rows[1] as LeadListRow;

    fake.emit(makeChange(row, 'paused', 'out_of_office', DEC_15));
    await eventually(() => expect(reasonOf(table, 1)).toBe('Out of office until 15 Dec'));
    expect(badgeOf(table, 1)).toBe('Paused');

    fake.emit(makeChange({ ...row, status: 'paused' }, 'sent'));
    await eventually(() => expect(badgeOf(table, 1)).toBe('Sent'));
    expect(reasonOf(table, 1)).toBe('');
  });

  it('still filters by Paused through a <lead-status-filter>, each row with its reason', async () => {
    const rows = makeRows(16).map((row) =>
      row.status === 'paused' ? { ...row, status_reason: 'company_replied' } : row,
    );
    const fake = fakeClient({ rows });
    const page = mountHtml(
      '<lead-status-filter id="f"></lead-status-filter><lead-status-table filter="f"></lead-status-table>',
    );
    const filter = page.querySelector('lead-status-filter') as HTMLElementTagNameMap['lead-status-filter'];
    const table = page.querySelector('lead-status-table') as LeadStatusTable;
    filter.client = fake.client;
    table.client = fake.client;
    await eventually(() => expect(rowsOf(table).length).toBe(16));

    ($(filter, 'button[data-status="paused"]') as HTMLButtonElement).click();
    await eventually(() =>
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { status: ['paused'], sort: '-status_changed_at', limit: 100 },
        expect.any(Object),
      ),
    );
    await eventually(() => expect(rowsOf(table).length).toBe(2));
    expect(rowsOf(table).map((r) => text(r.querySelector('.reason')))).toEqual([
      'Company replied',
      'Company replied',
    ]);
  });
});

describe('<lead-status-table>: keyboard and selection', () => {
  const focused = (table: Element) => (shadow(table).activeElement as HTMLElement | null)?.dataset.index;

  it('moves focus between rows with the arrows, Home, End, PageUp and PageDown (roving tabindex)', async () => {
    const table = await mountTable(fakeClient({ rows: makeRows(60) }));
    const tabbable = () => $$(table, '[role="row"][tabindex="0"]').map((r) => r.dataset.index);
    expect(tabbable()).toEqual(['0']);
    ($(table, '[data-index="0"]') as HTMLElement).focus();

    await userEvent.keyboard('{ArrowDown}');
    await eventually(() => expect(focused(table)).toBe('1'));
    expect(tabbable()).toEqual(['1']);
    await userEvent.keyboard('{ArrowUp}');
    await eventually(() => expect(focused(table)).toBe('0'));
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(table)).toBe('0');

    await userEvent.keyboard('{End}');
    await eventually(() => expect(focused(table)).toBe('59'));
    await userEvent.keyboard('{Home}');
    await eventually(() => expect(focused(table)).toBe('0'));
    await userEvent.keyboard('{PageDown}');
    await eventually(() => expect(Number(focused(table))).toBeGreaterThan(3));
    await userEvent.keyboard('{PageUp}');
    await eventually(() => expect(focused(table)).toBe('0'));
  });

  it('shows a visible focus ring on the focused row', async () => {
    const table = await mountTable(fakeClient({ rows: makeRows(3) }));
    ($(table, '[data-index="0"]') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await eventually(() => expect(focused(table)).toBe('1'));
    const style = getComputedStyle($(table, '[data-index="1"]') as HTMLElement);
    expect(style.outlineStyle).toBe('solid');
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('fires lead-select with the row on click and on Enter', async () => {
    const rows = makeRows(3);
    const table = await mountTable(fakeClient({ rows }));
    const selected: LeadSelectEvent[] = [];
    table.addEventListener('lead-select', (e) => selected.push(e));

    ($(table, '[data-index="2"] [role="gridcell"]') as HTMLElement).click();
    expect(selected.at(-1)?.detail).toEqual(rows[2]);

    ($(table, '[data-index="0"]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(selected.at(-1)?.detail).toEqual(rows[0]);
    expect(selected.length).toBe(2);
    expect(selected[0]?.bubbles && selected[0]?.composed).toBe(true);
  });
});

describe('<lead-status-table>: filter and export', () => {
  it('follows a <lead-status-filter> by id and requests exactly the selected statuses', async () => {
    const fake = fakeClient({ rows: makeRows(16) });
    const page = mountHtml(
      '<lead-status-filter id="f"></lead-status-filter><lead-status-table filter="f"></lead-status-table>',
    );
    const filter = page.querySelector('lead-status-filter') as HTMLElementTagNameMap['lead-status-filter'];
    const table = page.querySelector('lead-status-table') as LeadStatusTable;
    filter.client = fake.client;
    table.client = fake.client;
    await eventually(() => expect(rowsOf(table).length).toBe(16));
    const button = (status: string) => $(filter, `button[data-status="${status}"]`) as HTMLButtonElement;

    button('engaged').click();
    await eventually(() =>
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { status: ['engaged'], sort: '-status_changed_at', limit: 100 },
        expect.any(Object),
      ),
    );
    button('replied').click();
    await eventually(() =>
      expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
        { status: ['engaged', 'replied'], sort: '-status_changed_at', limit: 100 },
        expect.any(Object),
      ),
    );
    await eventually(() => expect(rowsOf(table).length).toBe(4));
    expect(table.activeStatuses).toEqual(['engaged', 'replied']);
    expect(rowsOf(table).map((r) => text(r.querySelector('[part="badge"]')))).toEqual([
      'Engaged',
      'Replied',
      'Engaged',
      'Replied',
    ]);
  });

  it('follows a filter given as a property (for frameworks)', async () => {
    const fake = fakeClient({ rows: makeRows(8) });
    const filter = await mount('lead-status-filter', { client: fake.client, statuses: ['paused'] });
    const table = await mount('lead-status-table', { client: fake.client, filterElement: filter });
    await eventually(() => expect(rowsOf(table).length).toBe(1));
    expect(fake.calls.leads.list).toHaveBeenCalledTimes(1);
    expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
      { status: ['paused'], sort: '-status_changed_at', limit: 100 },
      expect.any(Object),
    );
  });

  it('exports the current filter as CSV through a Blob URL and a temporary anchor', async () => {
    const fake = fakeClient({ rows: makeRows(4), csv: 'email,status\r\na@example.com,replied\r\n' });
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const table = await mountTable(fake, { statuses: 'replied,engaged', 'campaign-id': 'cmp_1' });
    $(table, '[part="export"]')?.click();
    await eventually(() => expect(clicks.length).toBe(1));
    expect(fake.calls.exports.csv).toHaveBeenCalledWith({
      status: ['engaged', 'replied'],
      campaign_id: ['cmp_1'],
      sort: '-status_changed_at',
    });
    const [click] = clicks;
    expect(click?.href).toMatch(/^blob:/);
    expect(click?.download).toMatch(/^leads-cmp_1-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await (await fetch(click?.href ?? '')).text()).toBe('email,status\r\na@example.com,replied\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('<lead-status-table>: changes while a page loads', () => {
  it('applies a change heard while the first page was in flight to that page’s rows', async () => {
    const rows = makeRows(2, { status: 'sent' });
    const fake = fakeClient({ rows, listDelay: 80 });
    const table = await mount('lead-status-table', { client: fake.client });
    fake.emit(makeChange(rows[0] as LeadListRow, 'replied'));
    await eventually(() => expect(rowsOf(table).length).toBe(2));
    await eventually(() => expect(text($(table, '[data-index="0"] [part="badge"]'))).toBe('Replied'));
    expect(text($(table, '[data-index="1"] [part="badge"]'))).toBe('Sent');
  });
});

describe('<lead-status-table>: a filter defined after the table', () => {
  it('waits for the filter element to be upgraded, then loads once with its selection', async () => {
    const fake = fakeClient({ rows: makeRows(16) });
    const page = mountHtml(
      '<x-late-filter id="late"></x-late-filter><lead-status-table filter="late"></lead-status-table>',
    );
    const table = page.querySelector('lead-status-table') as LeadStatusTable;
    table.client = fake.client;
    await table.updateComplete;
    expect(text($(table, '[part="state"]'))).toBe('Loading leads…');
    expect(fake.calls.leads.list).not.toHaveBeenCalled();

    customElements.define(
      'x-late-filter',
      class extends HTMLElement {
        statuses = ['paused', 'sent'];
      },
    );
    await eventually(() => expect(rowsOf(table).length).toBe(4));
    expect(fake.calls.leads.list).toHaveBeenCalledTimes(1);
    expect(fake.calls.leads.list).toHaveBeenLastCalledWith(
      { status: ['sent', 'paused'], sort: '-status_changed_at', limit: 100 },
      expect.any(Object),
    );
  });
});
