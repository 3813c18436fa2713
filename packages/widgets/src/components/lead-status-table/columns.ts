import type { LeadListRow } from '@leadstatus/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { absoluteTime, count, relativeTime } from '../../shared/format.js';
import { pauseReasonLabel } from '../../shared/pause.js';
import { reasonLabel } from '../../shared/statuses.js';
import { renderBadge } from '../../theme/theme.js';

/** The sorts the API offers that the table shows, each in the direction that pages without repeats. */
export const SORTS = ['-status_changed_at', 'email', '-last_event_at'] as const;
export type TableSort = (typeof SORTS)[number];

export interface CellContext {
  now: number;
  locale: string | undefined;
}

/** A column's header: what the header row shows and the grid's width track. */
export interface Column {
  id: string;
  label: string;
  /** The width track of the CSS grid. */
  track: string;
  sort?: TableSort;
  /** What the sort button says to people who hover it. */
  sortHint?: string;
  numeric?: boolean;
}

function leadName(row: LeadListRow): string {
  return [row.lead.first_name, row.lead.last_name].filter(Boolean).join(' ');
}

/** In the order of `renderCells`. */
const LEAD: Column = {
  id: 'lead',
  label: 'Lead',
  track: 'minmax(14rem, 2fr)',
  sort: 'email',
  sortHint: 'Sort by e-mail, A to Z',
};
const COMPANY: Column = { id: 'company', label: 'Company', track: 'minmax(8rem, 1fr)' };
const CAMPAIGN: Column = { id: 'campaign', label: 'Campaign', track: 'minmax(8rem, 1fr)' };
const STATUS: Column = {
  id: 'status',
  label: 'Status',
  track: '11.5rem',
  sort: '-status_changed_at',
  sortHint: 'Sort by latest status change first',
};
const REASON: Column = { id: 'reason', label: 'Reason', track: 'minmax(8rem, 1fr)' };
const LAST_ACTIVITY: Column = {
  id: 'last-activity',
  label: 'Last activity',
  track: '9rem',
  sort: '-last_event_at',
  sortHint: 'Sort by latest activity first',
};
const counter = (id: keyof LeadListRow['counters'], label: string): Column => ({
  id,
  label,
  track: '6rem',
  numeric: true,
});

function columns(withCampaign: boolean): readonly Column[] {
  return [
    LEAD,
    COMPANY,
    ...(withCampaign ? [CAMPAIGN] : []),
    STATUS,
    REASON,
    LAST_ACTIVITY,
    counter('sent', 'Sent'),
    counter('opened', 'Opened'),
    counter('clicked', 'Clicked'),
    counter('replied', 'Replied'),
  ];
}

const WITH_CAMPAIGN = columns(true);
const WITHOUT_CAMPAIGN = columns(false);

/**
 * The Leads tab shows the campaign of each row; the Campaign -> Leads view does not need it. The same
 * array every time, so the table can tell that its columns did not change (and skip re-rendering).
 */
export function columnsFor(withCampaign: boolean): readonly Column[] {
  return withCampaign ? WITH_CAMPAIGN : WITHOUT_CAMPAIGN;
}

function leadCell(row: LeadListRow): TemplateResult {
  const name = leadName(row);
  return name
    ? html`<span class="name">${name}</span> <span class="email">${row.lead.email}</span>`
    : html`<span class="name">${row.lead.email}</span>`;
}

function activityCell(row: LeadListRow, { now, locale }: CellContext): TemplateResult {
  return row.last_event_at
    ? html`<time datetime=${row.last_event_at} title=${absoluteTime(row.last_event_at, locale)}
        >${relativeTime(row.last_event_at, now, locale)}</time
      >`
    : html`<span class="none" title="No activity yet">—</span>`;
}

/** A paused lead's reason says until when an out-of-office hold lasts: "Out of office until 15 Dec". */
function reasonCell(row: LeadListRow, context: CellContext): string {
  return row.status === 'paused'
    ? pauseReasonLabel(row.status_reason, row.paused_until, context)
    : reasonLabel(row.status_reason);
}

/**
 * A row's cells, in the order of `columnsFor(withCampaign)`. One template for the whole row (not one per
 * cell): a table scrolled fast renders a few dozen new rows a frame, and this halves their nodes.
 * Every value is bound as text: lead data never becomes markup.
 */
export function renderCells(row: LeadListRow, context: CellContext, withCampaign: boolean): TemplateResult {
  const { locale } = context;
  const { lead, counters } = row;
  const campaign = withCampaign
    ? html`<div role="gridcell" class="campaign">${row.campaign.name}</div>`
    : nothing;
  return html`
    <div role="gridcell" class="lead">${leadCell(row)}</div>
    <div role="gridcell" class="company">${lead.company ?? ''}</div>
    ${campaign}
    <div role="gridcell" class="status">${renderBadge(row.status)}</div>
    <div role="gridcell" class="reason">${reasonCell(row, context)}</div>
    <div role="gridcell" class="last-activity">${activityCell(row, context)}</div>
    <div role="gridcell" class="sent numeric">${count(counters.sent, locale)}</div>
    <div role="gridcell" class="opened numeric">${count(counters.opened, locale)}</div>
    <div role="gridcell" class="clicked numeric">${count(counters.clicked, locale)}</div>
    <div role="gridcell" class="replied numeric">${count(counters.replied, locale)}</div>
  `;
}
