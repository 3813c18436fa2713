// The element classes, without registering them: import `@leadstatus/widgets/define` (or one
// component's module) to define the tags.
export { LeadStatusAnalytics } from './components/lead-status-analytics/lead-status-analytics.js';
export { LeadStatusBadge } from './components/lead-status-badge/lead-status-badge.js';
export { LeadStatusFilter } from './components/lead-status-filter/lead-status-filter.js';
export type { TableSort } from './components/lead-status-table/columns.js';
export { LeadStatusTable } from './components/lead-status-table/lead-status-table.js';
export { clientFor, type WidgetClient } from './controllers/client.js';
export { LeadStatusConnectedElement } from './controllers/connected-element.js';
export {
  LeadSelectEvent,
  LeadStatusErrorEvent,
  type LeadStatusFilterChangeDetail,
  LeadStatusFilterChangeEvent,
} from './events/events.js';
export type { WidgetError } from './shared/errors.js';
export { STATUS_LABELS, STATUSES, type Status } from './shared/statuses.js';
