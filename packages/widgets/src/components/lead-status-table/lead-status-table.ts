import type { LeadListRow, StatusChange } from '@leadstatus/sdk';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LeadStatusConnectedElement } from '../../controllers/connected-element.js';
import { LatestRequest } from '../../controllers/latest-request.js';
import { LeadSelectEvent } from '../../events/events.js';
import { isAbort, type WidgetError } from '../../shared/errors.js';
import { localeOf } from '../../shared/format.js';
import { normalizeStatuses, type Status, statusesConverter } from '../../shared/statuses.js';
import { badgeStyles, themeStyles } from '../../theme/theme.js';
import { type Column, columnsFor, SORTS, type TableSort } from './columns.js';
import { downloadCsv } from './export-csv.js';
import { FilterFollower, type FilterLike } from './filter-follower.js';
import { targetRow } from './grid-navigation.js';
import { tableStyles } from './lead-status-table.styles.js';

/** Rows still ahead of the last visible one when the next page is requested. */
const LOOKAHEAD = 40;

/**
 * The leads of a workspace (the Leads tab) or of one campaign, with their statuses, kept current from
 * the status stream. Rows are virtualized and pages are fetched as the reader scrolls.
 *
 * @summary A virtualized, live grid of leads and their statuses.
 * @tagname lead-status-table
 * @fires {LeadSelectEvent} lead-select - A row was activated (click or Enter); `detail` is the row (`LeadListRow`).
 * @fires {LeadStatusErrorEvent} lead-status-error - A request failed; `detail.kind` is `expired` when the token has expired.
 * @csspart toolbar - The bar above the grid (summary, updates, export).
 * @csspart export - The export button.
 * @csspart updates - The "N new changes · Show" button.
 * @csspart grid - The element with `role="grid"`.
 * @csspart header - The header row.
 * @csspart row - Each lead's row.
 * @csspart badge - The status badge in a row.
 * @csspart state - The loading, empty and error messages.
 * @csspart retry - The Retry button.
 * @cssproperty --lead-status-table-height - The table's height (default 32rem); rows scroll inside it.
 */
export class LeadStatusTable extends LeadStatusConnectedElement {
  static override styles = [themeStyles, badgeStyles, tableStyles];

  /** Only these statuses (`statuses="engaged,replied"`); ignored while the table follows a filter. */
  @property({ converter: statusesConverter }) statuses: Status[] = [];

  /** The id of a `<lead-status-filter>` to follow (in the same document or shadow root). */
  @property() filter?: string;

  /** The filter element to follow, for frameworks holding a reference; wins over `filter`. */
  @property({ attribute: false }) filterElement?: FilterLike | null;

  /** `-status_changed_at` (default), `email` or `-last_event_at`. */
  @property({ reflect: true }) sort: TableSort = '-status_changed_at';

  /** Rows per request (1..500). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  /** The grid's accessible name. */
  @property() label = 'Leads';

  /** Hides the export button. */
  @property({ type: Boolean, attribute: 'no-export' }) noExport = false;

  @state() private rows: LeadListRow[] = [];
  @state() private nextCursor: string | null = null;
  @state() private phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private error: WidgetError | undefined;
  @state() private moreError: WidgetError | undefined;
  @state() private loadingMore = false;
  @state() private activeIndex = 0;
  @state() private exporting = false;
  @state() private exportError: WidgetError | undefined;
  /** Changes heard for rows not loaded that now match the filter: "N updates, show". */
  @state() private pendingChanges = 0;
  @state() private now = Date.now();

  #request = new LatestRequest();
  #indexById = new Map<string, number>();
  /** Status changes heard while a page was in flight. */
  #heldChanges: StatusChange[] = [];
  #loadedKey: string | undefined;
  #visibleRows = 10;
  #follower = new FilterFollower(this);
  #clock: ReturnType<typeof setInterval> | undefined;

  /** The statuses the rows are filtered by (a followed filter's, else `statuses`); empty means all. */
  get activeStatuses(): Status[] {
    return this.#follower.following ? (this.#follower.statuses ?? []) : normalizeStatuses(this.statuses);
  }

  /** Loads from the first page again (what Retry does). */
  reload(): void {
    this.#loadedKey = undefined;
    this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => {
      this.now = Date.now();
    }, 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#request.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter') || changed.has('filterElement')) this.#follower.resolve();
    super.willUpdate(changed);
  }

  protected override shouldReload(changed: PropertyValues<this>): boolean {
    return super.shouldReload(changed) || this.#queryKey() !== this.#loadedKey;
  }

  #queryKey(): string {
    return JSON.stringify([this.campaignId ?? '', this.activeStatuses, this.sort, this.pageSize]);
  }

  protected override load(): void {
    this.#request.cancel();
    Object.assign(this, {
      rows: [],
      nextCursor: null,
      error: undefined,
      moreError: undefined,
      loadingMore: false,
      activeIndex: 0,
      pendingChanges: 0,
    });
    this.#indexById = new Map();
    this.#heldChanges = [];
    if (this.#follower.waiting) {
      // Until the filter element is upgraded its selection is unknown: load once, with it.
      this.phase = 'loading';
      return;
    }
    this.#loadedKey = this.#queryKey();
    if (!this.api) {
      this.phase = 'idle';
      return;
    }
    this.phase = 'loading';
    this.#fetchPage(undefined);
  }

  #fetchPage(cursor: string | undefined): void {
    const api = this.api;
    if (!api) return;
    const signal = this.#request.start();
    const statuses = this.activeStatuses;
    const query = {
      ...(statuses.length > 0 ? { status: statuses } : {}),
      sort: this.sort,
      limit: Math.min(500, Math.max(1, Math.trunc(this.pageSize) || 100)),
      ...(cursor ? { cursor } : {}),
    };
    const campaignId = this.campaignId;
    const page = campaignId
      ? api.campaigns.leads(campaignId, query, { signal })
      : api.leads.list(query, { signal });
    if (cursor) this.loadingMore = true;
    page.then(
      (result) => {
        if (!this.#request.isCurrent(signal)) return;
        this.#append(result.data);
        this.nextCursor = result.next_cursor;
        this.loadingMore = false;
        this.phase = 'ready';
        // Changes heard while the first page loaded were never counted; those of later pages were.
        for (const change of this.#heldChanges.splice(0)) this.#applyChange(change, !cursor);
      },
      (error: unknown) => {
        if (!this.#request.isCurrent(signal) || isAbort(error)) return;
        this.loadingMore = false;
        const described = this.reportError(error);
        if (cursor) {
          this.moreError = described;
        } else {
          this.error = described;
          this.phase = 'error';
        }
      },
    );
  }

  #append(data: LeadListRow[]): void {
    const rows = this.rows.slice();
    for (const row of data) {
      // A row whose sort key changed meanwhile may come again (see docs/lists.md): keep one, updated.
      const at = this.#indexById.get(row.enrollment_id);
      if (at === undefined) {
        this.#indexById.set(row.enrollment_id, rows.length);
        rows.push(row);
      } else {
        rows[at] = row;
      }
    }
    this.rows = rows;
  }

  #loadMore(): void {
    if (this.phase !== 'ready' || !this.nextCursor || this.loadingMore || this.moreError) return;
    this.#fetchPage(this.nextCursor);
  }

  protected override statusChanged(change: StatusChange): void {
    // A page in flight may have been read before this change committed: replay it on the page's rows
    // when they arrive. Replaying in order is safe: the last change of a row is what stays.
    if (this.phase === 'loading' || this.loadingMore) this.#heldChanges.push(change);
    if (this.phase === 'ready') this.#applyChange(change, true);
  }

  #applyChange(change: StatusChange, countIfNotLoaded: boolean): void {
    const at = this.#indexById.get(change.enrollment_id);
    const row = at === undefined ? undefined : this.rows[at];
    if (at === undefined || !row) {
      // Not loaded: it matters only if it now belongs in this list. Fetching it here would put it
      // somewhere the cursor order does not, so say so and let the reader reload.
      const statuses = this.activeStatuses;
      if (countIfNotLoaded && (statuses.length === 0 || statuses.includes(change.to))) this.pendingChanges++;
      return;
    }
    // In place: the row stays where the reader is looking, with its new status.
    const rows = this.rows.slice();
    rows[at] = { ...row, status: change.to, status_reason: change.reason, status_changed_at: change.at };
    this.rows = rows;
  }

  // --- keyboard and selection ---------------------------------------------------------------------

  #rowIndexOf(event: Event): number | undefined {
    const row = (event.target as Element | null)?.closest?.('[role="row"][data-index]');
    const index = Number(row?.getAttribute('data-index'));
    return row && Number.isInteger(index) ? index : undefined;
  }

  #select(index: number): void {
    const row = this.rows[index];
    if (row) this.dispatchEvent(new LeadSelectEvent(row));
  }

  #onClick = (event: MouseEvent): void => {
    const index = this.#rowIndexOf(event);
    if (index === undefined) return;
    this.activeIndex = index;
    this.#select(index);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const index = this.#rowIndexOf(event);
    if (index !== undefined) this.activeIndex = index;
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const index = this.#rowIndexOf(event);
    if (index === undefined || this.rows.length === 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(index);
      return;
    }
    const target = targetRow(event.key, index, this.rows.length, this.#visibleRows);
    if (target === undefined) return;
    event.preventDefault();
    void this.focusRow(target);
  };

  /** Moves the roving focus to a loaded row, scrolling it into view (rendering it first if needed). */
  async focusRow(index: number): Promise<void> {
    if (index < 0 || index >= this.rows.length) return;
    this.activeIndex = index;
    const body = this.renderRoot.querySelector<HTMLElement>('.body') as
      | (HTMLElement & {
          [virtualizerRef]?: { element(i: number): { scrollIntoView(o?: object): void } | undefined };
        })
      | null;
    body?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    await this.updateComplete;
    for (let frame = 0; frame < 30; frame++) {
      const row = this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
      if (row) {
        row.focus({ preventScroll: true });
        // Natively, so the sticky header's `scroll-padding-top` is respected.
        row.scrollIntoView({ block: 'nearest' });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #onVisibility = (event: VisibilityChangedEvent): void => {
    this.#visibleRows = Math.max(1, event.last - event.first + 1);
    if (event.last >= this.rows.length - LOOKAHEAD) this.#loadMore();
  };

  // --- export -------------------------------------------------------------------------------------

  async #export(): Promise<void> {
    const api = this.api;
    if (!api || this.exporting) return;
    this.exporting = true;
    this.exportError = undefined;
    const statuses = this.activeStatuses;
    const campaignId = this.campaignId;
    try {
      const body = await api.exports.csv({
        ...(statuses.length > 0 ? { status: statuses } : {}),
        ...(campaignId ? { campaign_id: [campaignId] } : {}),
        sort: this.sort,
      });
      await downloadCsv(body, `leads-${campaignId || 'all'}-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      this.exportError = this.reportError(error);
    } finally {
      this.exporting = false;
    }
  }

  // --- rendering ----------------------------------------------------------------------------------

  #headerCell(column: Column) {
    const sorted = column.sort !== undefined && column.sort === this.sort;
    const ariaSort =
      column.sort === undefined
        ? nothing
        : sorted
          ? column.sort.startsWith('-')
            ? 'descending'
            : 'ascending'
          : 'none';
    const className = column.numeric ? 'numeric' : '';
    if (!column.sort) {
      return html`<div role="columnheader" class=${className}>${column.label}</div>`;
    }
    const sort = column.sort;
    return html`<div role="columnheader" class=${className} aria-sort=${ariaSort}>
      <button type="button" title=${column.sortHint ?? ''} @click=${() => this.#setSort(sort)}>
        ${column.label}<span class="arrow" aria-hidden="true">${sorted ? (sort.startsWith('-') ? '↓' : '↑') : ''}</span>
      </button>
    </div>`;
  }

  #setSort(sort: TableSort): void {
    if (SORTS.includes(sort)) this.sort = sort;
  }

  #renderState() {
    if (this.phase === 'error' && this.error) {
      return html`<div class="state error" role="alert" part="state">
        <p>${this.error.message}</p>
        <button type="button" class="button" part="retry" @click=${() => this.reload()}>Retry</button>
      </div>`;
    }
    if (this.phase === 'idle') {
      return html`<div class="state" role="status" part="state">
        <p>Waiting for <code>api-base</code> and a token.</p>
      </div>`;
    }
    if (this.phase === 'loading') {
      return html`<div class="state" role="status" part="state"><p>Loading leads…</p></div>`;
    }
    if (this.rows.length === 0) {
      const filtered = this.activeStatuses.length > 0;
      return html`<div class="state" role="status" part="state">
        <p>${filtered ? 'No leads have the selected statuses.' : 'No leads yet.'}</p>
      </div>`;
    }
    return nothing;
  }

  #renderFooter() {
    if (this.moreError) {
      return html`<div class="more" role="alert">
        <span class="error-text">${this.moreError.message}</span>
        <button
          type="button"
          class="button"
          part="retry"
          @click=${() => {
            this.moreError = undefined;
            this.#loadMore();
          }}
        >
          Retry
        </button>
      </div>`;
    }
    return this.loadingMore ? html`<div class="more" role="status">Loading more…</div>` : nothing;
  }

  #renderToolbar() {
    const loaded = this.rows.length;
    const summary =
      this.phase === 'ready'
        ? `${loaded.toLocaleString(localeOf(this))}${this.nextCursor ? '+' : ''} leads`
        : '';
    return html`<div class="toolbar" part="toolbar">
      <span class="summary">${summary}</span>
      ${
        this.pendingChanges > 0
          ? html`<button type="button" class="button" part="updates" @click=${() => this.reload()}>
            ${this.pendingChanges === 1 ? '1 new change' : `${this.pendingChanges} new changes`} · Show
          </button>`
          : nothing
      }
      ${this.exportError ? html`<span class="error-text" role="alert">${this.exportError.message}</span>` : nothing}
      ${
        this.noExport
          ? nothing
          : html`<button
            type="button"
            class="button"
            part="export"
            ?disabled=${this.exporting || !this.api}
            aria-busy=${this.exporting ? 'true' : 'false'}
            @click=${() => this.#export()}
          >
            ${this.exporting ? 'Exporting…' : 'Export CSV'}
          </button>`
      }
    </div>`;
  }

  protected override render() {
    const columns = columnsFor(!this.campaignId);
    const context = { now: this.now, locale: localeOf(this) };
    const gridStyle = styleMap({
      '--_columns': columns.map((column) => column.track).join(' '),
      // The sum of the tracks' minimums: narrower hosts scroll sideways instead of squeezing.
      '--_min-width': columns.length >= 10 ? '83rem' : '75rem',
    });
    const rowCount = this.phase === 'ready' && this.nextCursor === null ? this.rows.length + 1 : -1;
    return html`
      ${this.#renderToolbar()}
      <div class="scroller">
        <div
          role="grid"
          part="grid"
          aria-label=${this.label}
          aria-rowcount=${rowCount}
          aria-busy=${this.phase === 'loading' || this.loadingMore ? 'true' : 'false'}
          style=${gridStyle}
        >
          <div role="rowgroup" class="head">
            <div role="row" class="head-row" part="header" aria-rowindex="1">
              ${columns.map((column) => this.#headerCell(column))}
            </div>
          </div>
          <div
            role="rowgroup"
            class="body"
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
            @focusin=${this.#onFocusIn}
            @visibilityChanged=${this.#onVisibility}
          >
            ${virtualize({
              items: this.rows,
              layout: flow(),
              keyFunction: (row: LeadListRow) => row.enrollment_id,
              renderItem: (row: LeadListRow, index: number) => html`
                <div
                  role="row"
                  class="row"
                  part="row"
                  aria-rowindex=${index + 2}
                  data-index=${index}
                  tabindex=${index === this.activeIndex ? '0' : '-1'}
                >
                  ${columns.map(
                    (column) =>
                      html`<div role="gridcell" class="${column.id}${column.numeric ? ' numeric' : ''}">
                        ${column.cell(row, context)}
                      </div>`,
                  )}
                </div>
              `,
            })}
          </div>
        </div>
        ${this.#renderState()} ${this.#renderFooter()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-table': LeadStatusTable;
  }
}
