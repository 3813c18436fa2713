import type { Schemas } from '@leadstatus/sdk';
import { html, svg } from 'lit';
import { count, percent } from '../../shared/format.js';
import { STATUS_LABELS, STATUSES } from '../../shared/statuses.js';

type Distribution = Schemas['AnalyticsSummary']['distribution'];

/** The sentence a screen reader hears for the bars (children of `role="img"` are not read). */
export function distributionSummary(distribution: Distribution, locale?: string): string {
  const total = STATUSES.reduce((sum, status) => sum + distribution[status], 0);
  const parts = STATUSES.map(
    (status) =>
      `${STATUS_LABELS[status]} ${count(distribution[status], locale)} (${percent(total ? distribution[status] / total : null, locale)})`,
  );
  return `Leads by status, ${count(total, locale)} in all: ${parts.join(', ')}.`;
}

/** One horizontal SVG bar per status, with its label and count beside it as text. */
export function renderDistribution(distribution: Distribution, locale?: string) {
  const total = STATUSES.reduce((sum, status) => sum + distribution[status], 0);
  const largest = Math.max(1, ...STATUSES.map((status) => distribution[status]));
  return html`<div class="bars" role="img" aria-label=${distributionSummary(distribution, locale)}>
    ${STATUSES.map((status) => {
      const value = distribution[status];
      const width = `${((value / largest) * 100).toFixed(2)}%`;
      return html`<div class="bar-row" data-status=${status}>
        <span class="bar-label">${STATUS_LABELS[status]}</span>
        <svg class="bar" width="100%" height="14" aria-hidden="true" focusable="false">
          ${svg`<rect class="track" x="0" y="0" width="100%" height="14" rx="3"></rect>
          <rect class="fill" x="0" y="0" width=${width} height="14" rx="3"></rect>`}
        </svg>
        <span class="bar-value"
          >${count(value, locale)} <span class="share">${percent(total ? value / total : null, locale)}</span></span
        >
      </div>`;
    })}
  </div>`;
}
