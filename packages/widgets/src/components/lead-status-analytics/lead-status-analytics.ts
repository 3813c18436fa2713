import type { Schemas } from '@leadstatus/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LeadStatusConnectedElement } from '../../controllers/connected-element.js';
import { Debouncer, LatestRequest } from '../../controllers/latest-request.js';
import { isAbort, type WidgetError } from '../../shared/errors.js';
import { localeOf, percent } from '../../shared/format.js';
import { badgeStyles, themeStyles } from '../../theme/theme.js';
import { renderDistribution } from './distribution-chart.js';
import { analyticsStyles } from './lead-status-analytics.styles.js';
import { renderTrendChart } from './trend-chart.js';

type Summary = Schemas['AnalyticsSummary'];
type Trends = Schemas['Trends'];
type RateKey = keyof Summary['rates'];

export const RATES: { key: RateKey; label: string }[] = [
  { key: 'reply_rate', label: 'Reply rate' },
  { key: 'engagement_rate', label: 'Engagement rate' },
  { key: 'bounce_rate', label: 'Bounce rate' },
  { key: 'completion_rate', label: 'Completion rate' },
  { key: 'unsubscribe_rate', label: 'Unsubscribe rate' },
];

/**
 * A workspace's or a campaign's status distribution, rates and (for a campaign) daily trend,
 * refreshed as statuses change.
 *
 * @summary Distribution, rates and daily trend of lead statuses.
 * @tagname lead-status-analytics
 * @fires {LeadStatusErrorEvent} lead-status-error - A request failed.
 * @csspart distribution - The distribution section.
 * @csspart rates - The rates list.
 * @csspart trends - The trend section (with `campaign-id` only: trends are per campaign).
 * @csspart trend-plot - The focusable chart area.
 * @csspart tooltip - The tooltip of the day under the pointer or the keyboard.
 * @csspart state - Loading and error messages.
 * @csspart retry - The Retry button.
 * @cssproperty --lead-status-chart-height - The trend chart's height (default 12rem).
 * @cssproperty --lead-status-chart-sent - The Sent line (likewise `-opened`, `-replied`, `-bounced`).
 */
export class LeadStatusAnalytics extends LeadStatusConnectedElement {
  static override styles = [themeStyles, badgeStyles, analyticsStyles];

  /** First day of the trend (`YYYY-MM-DD`, included); default 29 days before `to`. */
  @property() from?: string;

  /** Last day of the trend (included); default today in the workspace's reporting zone. */
  @property() to?: string;

  /** `day` (default) or `week`. */
  @property() interval?: 'day' | 'week';

  /** Milliseconds to wait after a burst of status changes before reading again. */
  @property({ type: Number, attribute: 'refresh-delay' }) refreshDelay = 2000;

  @state() private summary: Summary | undefined;
  @state() private trends: Trends | undefined;
  @state() private phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private error: WidgetError | undefined;
  @state() private trendsError: WidgetError | undefined;
  @state() private activePoint: number | undefined;

  #request = new LatestRequest();
  #refresh = new Debouncer(() => this.#fetch(true));

  protected override shouldReload(changed: PropertyValues<this>): boolean {
    return super.shouldReload(changed) || changed.has('from') || changed.has('to') || changed.has('interval');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request.cancel();
    this.#refresh.cancel();
  }

  /** Reads everything again (what Retry does). */
  reload(): void {
    this.load();
  }

  protected override load(): void {
    Object.assign(this, { summary: undefined, trends: undefined, error: undefined, trendsError: undefined });
    this.#fetch(false);
  }

  protected override statusChanged(): void {
    if (this.phase === 'ready') this.#refresh.schedule(this.refreshDelay);
  }

  /** `quiet`: a refresh behind what is shown, without a loading state. */
  #fetch(quiet: boolean): void {
    const api = this.api;
    if (!api) {
      this.#request.cancel();
      this.phase = 'idle';
      return;
    }
    if (!quiet) this.phase = 'loading';
    const signal = this.#request.start();
    const campaignId = this.campaignId;
    const summary = campaignId
      ? api.analytics.summary(campaignId, { signal })
      : api.analytics.workspace({ signal });
    const query = {
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
      ...(this.interval ? { interval: this.interval } : {}),
    };
    const trends = campaignId
      ? api.analytics.trends(campaignId, query, { signal })
      : Promise.resolve(undefined);
    void Promise.allSettled([summary, trends]).then(([s, t]) => {
      if (!this.#request.isCurrent(signal)) return;
      if (s.status === 'rejected') {
        if (isAbort(s.reason)) return;
        if (!quiet || !this.summary) {
          this.error = this.reportError(s.reason);
          this.phase = 'error';
        }
        return;
      }
      this.summary = s.value;
      if (t.status === 'fulfilled') {
        this.trends = t.value;
        this.trendsError = undefined;
      } else if (!isAbort(t.reason) && !quiet) {
        this.trendsError = this.reportError(t.reason);
      }
      this.phase = 'ready';
    });
  }

  #renderRates(summary: Summary, locale: string | undefined) {
    return html`<dl class="rates" part="rates">
      ${RATES.map(
        ({ key, label }) => html`<div>
          <dt>${label}</dt>
          <dd title=${summary.rates[key] === null ? 'No data: no lead contacted yet' : ''}>
            ${percent(summary.rates[key], locale)}
          </dd>
        </div>`,
      )}
    </dl>`;
  }

  #renderTrends(locale: string | undefined) {
    if (!this.campaignId) return nothing;
    let body: unknown;
    if (this.trendsError) body = html`<p class="state error" part="state">${this.trendsError.message}</p>`;
    else if (!this.trends) body = html`<p class="state" part="state" role="status">Loading…</p>`;
    else
      body = renderTrendChart({
        points: this.trends.points,
        active: this.activePoint,
        locale,
        onActive: (index) => {
          this.activePoint = index;
        },
      });
    return html`<section class="trends" part="trends">
      <h3>Daily activity</h3>
      ${body}
    </section>`;
  }

  protected override render() {
    const locale = localeOf(this);
    if (this.phase === 'idle') {
      return html`<p class="state" part="state" role="status">Waiting for <code>api-base</code> and a token.</p>`;
    }
    if (this.phase === 'error' && this.error) {
      return html`<div class="state error" part="state" role="alert">
        <p>${this.error.message}</p>
        <button type="button" class="button" part="retry" @click=${() => this.reload()}>Retry</button>
      </div>`;
    }
    const summary = this.summary;
    if (!summary) return html`<p class="state" part="state" role="status">Loading analytics…</p>`;
    return html`<div class="panel">
      <section part="distribution">
        <h3>Leads by status</h3>
        ${renderDistribution(summary.distribution, locale)}
      </section>
      ${this.#renderRates(summary, locale)} ${this.#renderTrends(locale)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-analytics': LeadStatusAnalytics;
  }
}
