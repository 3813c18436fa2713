import { defineElement } from '../../shared/define-element.js';
import { LeadStatusAnalytics } from './lead-status-analytics.js';

defineElement('lead-status-analytics', LeadStatusAnalytics);

export { LeadStatusAnalytics };
