import type { Schemas } from '@leadstatus/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LeadStatusConnectedElement } from '../../controllers/connected-element.js';
import { Debouncer, LatestRequest } from '../../controllers/latest-request.js';
import { LeadStatusFilterChangeEvent } from '../../events/events.js';
import { isAbort } from '../../shared/errors.js';
import { count, localeOf } from '../../shared/format.js';
import {
  normalizeStatuses,
  STATUS_LABELS,
  STATUSES,
  type Status,
  sameStatuses,
  statusesConverter,
} from '../../shared/statuses.js';
import { badgeStyles, themeStyles } from '../../theme/theme.js';
import { filterStyles } from './lead-status-filter.styles.js';

type Distribution = Schemas['AnalyticsSummary']['distribution'];

/** The query parameter `reflect-url` reads and writes: `?status=engaged,replied`. */
const URL_PARAM = 'status';

/**
 * Toggle buttons for the eight statuses, several at once, each with its live count.
 *
 * @summary A multi-status filter with live counts.
 * @tagname lead-status-filter
 * @fires {LeadStatusFilterChangeEvent} lead-status-filter-change - The selection changed (by the reader or by code); `detail.statuses` is the new list, empty for every status.
 * @fires {LeadStatusErrorEvent} lead-status-error - The counts could not be loaded.
 * @csspart group - The group of buttons.
 * @csspart button - Each status's toggle button (also `all` for the "All" button).
 * @csspart all - The "All" button, pressed when no status is selected.
 * @csspart count - A button's count.
 */
export class LeadStatusFilter extends LeadStatusConnectedElement {
  static override styles = [themeStyles, badgeStyles, filterStyles];

  /** The selected statuses (empty: every status); attribute `statuses="engaged,replied"`. */
  @property({ converter: statusesConverter, reflect: true }) statuses: Status[] = [];

  /** Reflects the selection to the page's URL (`?status=a,b`, with `history.replaceState`) and reads it on load. */
  @property({ type: Boolean, attribute: 'reflect-url' }) reflectUrl = false;

  /** Milliseconds to wait after a burst of status changes before the counts are read again. */
  @property({ type: Number, attribute: 'refresh-delay' }) refreshDelay = 1000;

  /** Hides the counts (and reads no analytics). */
  @property({ type: Boolean, attribute: 'no-counts' }) noCounts = false;

  @state() private distribution: Distribution | undefined;

  #request = new LatestRequest();
  #refresh = new Debouncer(() => this.load());
  #announced: Status[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.reflectUrl) {
      const fromUrl = new URL(location.href).searchParams.get(URL_PARAM);
      if (fromUrl !== null) this.statuses = normalizeStatuses(fromUrl);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request.cancel();
    this.#refresh.cancel();
  }

  protected override get live(): boolean {
    return !this.noCounts;
  }

  protected override shouldReload(changed: PropertyValues<this>): boolean {
    return super.shouldReload(changed) || changed.has('noCounts');
  }

  protected override load(): void {
    const api = this.api;
    if (!api || this.noCounts) {
      this.#request.cancel();
      this.distribution = undefined;
      return;
    }
    const signal = this.#request.start();
    const campaignId = this.campaignId;
    const summary = campaignId
      ? api.analytics.summary(campaignId, { signal })
      : api.analytics.workspace({ signal });
    summary.then(
      (result) => {
        if (this.#request.isCurrent(signal)) this.distribution = result.distribution;
      },
      (error: unknown) => {
        if (!this.#request.isCurrent(signal) || isAbort(error)) return;
        this.distribution = undefined;
        this.reportError(error);
      },
    );
  }

  protected override statusChanged(): void {
    if (!this.noCounts) this.#refresh.schedule(this.refreshDelay);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Set by code in another order, or with unknown values: keep one canonical form.
    const statuses = normalizeStatuses(this.statuses);
    if (!sameStatuses(statuses, this.statuses)) this.statuses = statuses;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('statuses')) return;
    const statuses = this.statuses;
    if (this.#announced !== undefined && sameStatuses(this.#announced, statuses)) return;
    if (this.reflectUrl) this.#writeUrl(statuses);
    // The first value is where the filter starts, not a change; a table reads it from `statuses`.
    if (this.#announced !== undefined && !sameStatuses(this.#announced, statuses)) {
      this.dispatchEvent(new LeadStatusFilterChangeEvent([...statuses]));
    }
    this.#announced = statuses;
  }

  #writeUrl(statuses: Status[]): void {
    const url = new URL(location.href);
    if (statuses.length > 0) url.searchParams.set(URL_PARAM, statuses.join(','));
    else url.searchParams.delete(URL_PARAM);
    // `status=a,b` as the API documents it, rather than `a%2Cb`.
    url.search = url.searchParams.toString().replaceAll('%2C', ',');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  #toggle(status: Status): void {
    const on = this.statuses.includes(status);
    this.statuses = normalizeStatuses(
      on ? this.statuses.filter((s) => s !== status) : [...this.statuses, status],
    );
  }

  protected override render() {
    const locale = localeOf(this);
    const distribution = this.noCounts ? undefined : this.distribution;
    const total = distribution ? Object.values(distribution).reduce((sum, n) => sum + n, 0) : undefined;
    const countOf = (value: number | undefined) =>
      value === undefined ? nothing : html`<span class="count" part="count">${count(value, locale)}</span>`;
    return html`
      <div role="group" aria-label="Filter leads by status" part="group">
        <button
          type="button"
          class="chip"
          part="button all"
          aria-pressed=${this.statuses.length === 0 ? 'true' : 'false'}
          @click=${() => {
            this.statuses = [];
          }}
        >
          <span class="check" aria-hidden="true">✓</span><span>All</span>${countOf(total)}
        </button>
        ${STATUSES.map((status) => {
          const pressed = this.statuses.includes(status);
          return html`
            <button
              type="button"
              class="chip"
              part="button"
              data-status=${status}
              aria-pressed=${pressed ? 'true' : 'false'}
              @click=${() => this.#toggle(status)}
            >
              <span class="swatch" aria-hidden="true"></span><span class="check" aria-hidden="true">✓</span
              ><span>${STATUS_LABELS[status]}</span>${countOf(distribution?.[status])}
            </button>
          `;
        })}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-filter': LeadStatusFilter;
  }
}
