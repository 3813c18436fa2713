import type { LeadListRow } from '@leadstatus/sdk';
import { html, type TemplateResult } from 'lit';
import { absoluteTime, count, relativeTime } from '../../shared/format.js';
import { reasonLabel } from '../../shared/statuses.js';
import { renderBadge } from '../../theme/theme.js';

/** The sorts the API offers that the table shows, each in the direction that pages without repeats. */
export const SORTS = ['-status_changed_at', 'email', '-last_event_at'] as const;
export type TableSort = (typeof SORTS)[number];

export interface CellContext {
  now: number;
  locale: string | undefined;
}

export interface Column {
  id: string;
  label: string;
  /** The width track of the CSS grid. */
  track: string;
  sort?: TableSort;
  /** What the sort button says to people who hover it. */
  sortHint?: string;
  numeric?: boolean;
  cell(row: LeadListRow, context: CellContext): TemplateResult | string;
}

function leadName(row: LeadListRow): string {
  return [row.lead.first_name, row.lead.last_name].filter(Boolean).join(' ');
}

/** Every value is bound as text: lead data never becomes markup. */
const LEAD: Column = {
  id: 'lead',
  label: 'Lead',
  track: 'minmax(14rem, 2fr)',
  sort: 'email',
  sortHint: 'Sort by e-mail, A to Z',
  cell: (row) => {
    const name = leadName(row);
    return name
      ? html`<span class="name">${name}</span> <span class="email">${row.lead.email}</span>`
      : html`<span class="name">${row.lead.email}</span>`;
  },
};

const COMPANY: Column = {
  id: 'company',
  label: 'Company',
  track: 'minmax(8rem, 1fr)',
  cell: (row) => row.lead.company ?? '',
};

const CAMPAIGN: Column = {
  id: 'campaign',
  label: 'Campaign',
  track: 'minmax(8rem, 1fr)',
  cell: (row) => row.campaign.name,
};

const STATUS: Column = {
  id: 'status',
  label: 'Status',
  track: '11.5rem',
  sort: '-status_changed_at',
  sortHint: 'Sort by latest status change first',
  cell: (row) => renderBadge(row.status),
};

const REASON: Column = {
  id: 'reason',
  label: 'Reason',
  track: 'minmax(8rem, 1fr)',
  cell: (row) => reasonLabel(row.status_reason),
};

const LAST_ACTIVITY: Column = {
  id: 'last-activity',
  label: 'Last activity',
  track: '9rem',
  sort: '-last_event_at',
  sortHint: 'Sort by latest activity first',
  cell: (row, { now, locale }) =>
    row.last_event_at
      ? html`<time datetime=${row.last_event_at} title=${absoluteTime(row.last_event_at, locale)}
          >${relativeTime(row.last_event_at, now, locale)}</time
        >`
      : html`<span class="none" title="No activity yet">—</span>`,
};

const counter = (key: keyof LeadListRow['counters'], label: string): Column => ({
  id: key,
  label,
  track: '6rem',
  numeric: true,
  cell: (row, { locale }) => count(row.counters[key], locale),
});

/** The Leads tab shows the campaign of each row; the Campaign -> Leads view does not need it. */
export function columnsFor(withCampaign: boolean): Column[] {
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
