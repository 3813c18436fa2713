import { defineElement } from '../../shared/define-element.js';
import { LeadStatusFilter } from './lead-status-filter.js';

defineElement('lead-status-filter', LeadStatusFilter);

export { LeadStatusFilter };
