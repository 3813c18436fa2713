import type { LeadListRow, StatusChange } from '@leadstatus/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LeadStatusConnectedElement } from '../../controllers/connected-element.js';
import { LatestRequest } from '../../controllers/latest-request.js';
import { LeadSelectEvent } from '../../events/events.js';
import { isAbort, type WidgetError } from '../../shared/errors.js';
import { count, localeOf } from '../../shared/format.js';
import { normalizeStatuses, type Status, statusesConverter } from '../../shared/statuses.js';
import { badgeStyles, themeStyles } from '../../theme/theme.js';
import { type CellContext, type Column, columnsFor, renderCells, SORTS, type TableSort } from './columns.js';
import { downloadCsv } from './export-csv.js';
import { FilterFollower, type FilterLike } from './filter-follower.js';
import { targetRow } from './grid-navigation.js';
import { tableStyles } from './lead-status-table.styles.js';
import { removeOrphanMarkers } from './orphan-markers.js';
import { type Overscan, rowsPerPage, rowWindow, scrollTopToShow, type Viewport } from './row-window.js';

/** Rows still ahead of the last visible one when the next page is requested. */
const LOOKAHEAD = 40;
/**
 * Rows rendered beyond those in view: about 500 px ahead in the direction of scrolling (a frame or two
 * of a fast flick), a couple behind. A fast scroll replaces the whole window every frame, so every
 * row rendered and not seen is paid for in each of those frames.
 */
const OVERSCAN_AHEAD = 10;
const OVERSCAN_BEHIND = 2;
const OVERSCAN_DOWN: Overscan = { before: OVERSCAN_BEHIND, after: OVERSCAN_AHEAD };
const OVERSCAN_UP: Overscan = { before: OVERSCAN_AHEAD, after: OVERSCAN_BEHIND };
/** The row height until it is measured: 3.25em of 16px. */
const DEFAULT_ROW_PX = 52;

/*
 * Windowing. Rows have one fixed height (`--_row-height`), so the table windows them itself: the body is
 * as tall as all loaded rows (`--_rows` × the row height), and only the rows in view, some overscan and
 * the focused row are in the DOM, each at `translateY(index × row height)`, keyed by enrollment id with
 * `repeat`. Which rows those are is arithmetic on the scroll position (row-window.ts): the layout is
 * read in the scroll handler and a ResizeObserver, never in render.
 *
 * This replaced @lit-labs/virtualizer 2.1 on purpose (it was 56% of the main thread scrolling 100,000
 * rows, 75% of frames over 50 ms): its `_positionChildren` rebuilds the list of the host's children
 * once per child it positions (quadratic in rendered rows, at every update), walking every node of
 * the host, and the host filled up with comments that Lit's `repeat` leaks (lit/lit#5298, see
 * orphan-markers.ts), so frames got slower the deeper one scrolled; its ResizeObserver also keeps
 * every row it ever rendered (lit/lit#5363). None of that came from how the table called it, and a
 * general-purpose virtualizer (variable sizes, measuring, anchoring) is more than fixed-height rows
 * need. Limit: browsers cap an element's height (about 33.5 million px in Chromium), so rows past
 * ~600,000 (at 52 px) would not be reachable by scrolling.
 */

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

  /** The loaded rows, in order. Appended to and updated in place (then `requestUpdate()`), never copied. */
  private rows: LeadListRow[] = [];
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
  /** The scroller's geometry, as last read (scroll events and the ResizeObserver). */
  #viewport: Viewport = { scrollTop: 0, height: 0, rowsTop: 0, rowHeight: DEFAULT_ROW_PX };
  /** The rows rendered last, to re-render on scroll only when another row comes into the window. */
  #rendered = { start: 0, end: 0 };
  /** Where the reader scrolled last: more rows are rendered that way. */
  #overscan = OVERSCAN_DOWN;
  #resizeObserver: ResizeObserver | undefined;
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
    if (this.hasUpdated) this.#observeSizes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
    this.#request.cancel();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override firstUpdated(): void {
    this.#observeSizes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The rows are a `repeat`: see orphan-markers.ts (a Lit bug that made every frame slower).
    const body = this.renderRoot.querySelector('.body');
    if (body) removeOrphanMarkers(body);
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
    this.#scrollToTop();
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
        // A page that does not reach LOOKAHEAD rows past the view (a tall table, or a reader waiting
        // at the end) asks for the next one now: no scroll may come to ask.
        this.#loadMoreIfNeeded();
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
    // In place: a copy for each page costs time and garbage in proportion to the rows already loaded.
    const rows = this.rows;
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
    this.requestUpdate();
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
    // In place: the row stays where the reader is looking, with its new status. A new object, so the
    // row's cells render again (they are skipped while their row object is the same).
    this.rows[at] = {
      ...row,
      status: change.to,
      status_reason: change.reason,
      paused_until: change.paused_until,
      status_changed_at: change.at,
    };
    this.requestUpdate();
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
    const target = targetRow(event.key, index, this.rows.length, rowsPerPage(this.#viewport));
    if (target === undefined) return;
    event.preventDefault();
    void this.focusRow(target);
  };

  /** Moves the roving focus to a loaded row, scrolling it into view (rendering it first if needed). */
  async focusRow(index: number): Promise<void> {
    if (index < 0 || index >= this.rows.length) return;
    // The focused row is always rendered (see #renderRows), wherever the window is.
    this.activeIndex = index;
    const scroller = this.#scroller();
    if (scroller) {
      const target = scrollTopToShow(index, { ...this.#viewport, scrollTop: scroller.scrollTop });
      if (target !== undefined) scroller.scrollTop = target;
      // Now rather than at the scroll event, a frame later: the rows around it render in this update.
      this.#onScroll();
    }
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)
      ?.focus({ preventScroll: true });
  }

  // --- windowing ----------------------------------------------------------------------------------

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  #scrollToTop(): void {
    const scroller = this.hasUpdated ? this.#scroller() : null;
    if (scroller) scroller.scrollTop = 0;
    this.#viewport = { ...this.#viewport, scrollTop: 0 };
    this.#overscan = OVERSCAN_DOWN;
  }

  /** Watches the scroller's height, the header's (rows start under it) and a row's (the `em` may change). */
  #observeSizes(): void {
    if (this.#resizeObserver) return;
    const scroller = this.#scroller();
    const head = this.renderRoot.querySelector<HTMLElement>('.head');
    const probe = this.renderRoot.querySelector<HTMLElement>('.row-probe');
    if (!scroller || !head || !probe) return;
    this.#resizeObserver = new ResizeObserver(() => {
      // After layout: reading it here costs nothing more.
      this.#viewport = {
        scrollTop: scroller.scrollTop,
        height: scroller.clientHeight,
        rowsTop: head.offsetHeight,
        rowHeight: probe.getBoundingClientRect().height || DEFAULT_ROW_PX,
      };
      this.requestUpdate();
      this.#loadMoreIfNeeded();
    });
    for (const element of [scroller, head, probe]) this.#resizeObserver.observe(element);
  }

  #onScroll = (): void => {
    const scroller = this.#scroller();
    if (!scroller) return;
    const scrollTop = scroller.scrollTop;
    if (scrollTop !== this.#viewport.scrollTop) {
      this.#overscan = scrollTop > this.#viewport.scrollTop ? OVERSCAN_DOWN : OVERSCAN_UP;
    }
    this.#viewport = { ...this.#viewport, scrollTop };
    const { start, end } = rowWindow(this.rows.length, this.#viewport, this.#overscan);
    if (start !== this.#rendered.start || end !== this.#rendered.end) this.requestUpdate();
    this.#loadMoreIfNeeded();
  };

  #loadMoreIfNeeded(): void {
    if (this.#viewport.height <= 0 || this.rows.length === 0) return;
    const { lastVisible } = rowWindow(this.rows.length, this.#viewport, { before: 0, after: 0 });
    if (lastVisible >= this.rows.length - LOOKAHEAD) this.#loadMore();
  }

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
      this.phase === 'ready' ? `${count(loaded, localeOf(this))}${this.nextCursor ? '+' : ''} leads` : '';
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

  /** The rows in the window, and the focused row wherever it is (so focus and the tab stop stay). */
  #renderRows(columns: readonly Column[], context: CellContext) {
    const rows = this.rows;
    const { start, end } = rowWindow(rows.length, this.#viewport, this.#overscan);
    this.#rendered = { start, end };
    const indexes: number[] = [];
    const active = this.activeIndex;
    const activeOutside = active >= 0 && active < rows.length && (active < start || active >= end);
    if (activeOutside && active < start) indexes.push(active);
    for (let index = start; index < end; index++) indexes.push(index);
    if (activeOutside && active >= end) indexes.push(active);
    return repeat(
      indexes,
      (index) => (rows[index] as LeadListRow).enrollment_id,
      (index) => this.#renderRow(rows[index] as LeadListRow, index, columns, context),
    );
  }

  #renderRow(row: LeadListRow, index: number, columns: readonly Column[], context: CellContext) {
    return html`<div
      role="row"
      class="row"
      part="row"
      aria-rowindex=${index + 2}
      data-index=${index}
      tabindex=${index === this.activeIndex ? '0' : '-1'}
      style=${styleMap({ '--_index': String(index) })}
    >${guard([row, columns, context.now, context.locale], () =>
      renderCells(row, context, columns === columnsFor(true)),
    )}</div>`;
  }

  protected override render() {
    const columns = columnsFor(!this.campaignId);
    const context: CellContext = { now: this.now, locale: localeOf(this) };
    const gridStyle = styleMap({
      '--_columns': columns.map((column) => column.track).join(' '),
      // The sum of the tracks' minimums: narrower hosts scroll sideways instead of squeezing.
      '--_min-width': columns.length >= 10 ? '83rem' : '75rem',
      '--_rows': String(this.rows.length),
    });
    const rowCount = this.phase === 'ready' && this.nextCursor === null ? this.rows.length + 1 : -1;
    return html`
      ${this.#renderToolbar()}
      <div class="scroller" @scroll=${this.#onScroll}>
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
              ${guard([columns, this.sort], () => columns.map((column) => this.#headerCell(column)))}
            </div>
          </div>
          <div
            role="rowgroup"
            class="body"
            @click=${this.#onClick}
            @keydown=${this.#onKeyDown}
            @focusin=${this.#onFocusIn}
          >
            <div class="row-probe" aria-hidden="true"></div>
            ${this.#renderRows(columns, context)}
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
