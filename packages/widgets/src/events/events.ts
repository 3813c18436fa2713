import type { LeadListRow } from '@leadstatus/sdk';
import type { WidgetError } from '../shared/errors.js';
import type { Status } from '../shared/statuses.js';

/** A row was activated (click, or Enter on the focused row). `detail` is the row as the API sent it. */
export class LeadSelectEvent extends CustomEvent<LeadListRow> {
  static readonly eventName = 'lead-select';
  constructor(row: LeadListRow) {
    super(LeadSelectEvent.eventName, { detail: row, bubbles: true, composed: true });
  }
}

export interface LeadStatusFilterChangeDetail {
  statuses: Status[];
}

/** The filter's selection changed; an empty list means every status. */
export class LeadStatusFilterChangeEvent extends CustomEvent<LeadStatusFilterChangeDetail> {
  static readonly eventName = 'lead-status-filter-change';
  constructor(statuses: Status[]) {
    super(LeadStatusFilterChangeEvent.eventName, { detail: { statuses }, bubbles: true, composed: true });
  }
}

/** A request failed; `detail.kind === 'expired'` means the page should hand the widget a fresh token. */
export class LeadStatusErrorEvent extends CustomEvent<WidgetError> {
  static readonly eventName = 'lead-status-error';
  constructor(error: WidgetError) {
    super(LeadStatusErrorEvent.eventName, { detail: error, bubbles: true, composed: true });
  }
}

declare global {
  // Elements, the document and the window: the events bubble and cross shadow roots.
  interface GlobalEventHandlersEventMap {
    'lead-select': LeadSelectEvent;
    'lead-status-filter-change': LeadStatusFilterChangeEvent;
    'lead-status-error': LeadStatusErrorEvent;
  }
}
