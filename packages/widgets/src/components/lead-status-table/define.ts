import { defineElement } from '../../shared/define-element.js';
import { LeadStatusTable } from './lead-status-table.js';

defineElement('lead-status-table', LeadStatusTable);

export { LeadStatusTable };
