import { defineElement } from '../../shared/define-element.js';
import { LeadStatusBadge } from './lead-status-badge.js';

defineElement('lead-status-badge', LeadStatusBadge);

export { LeadStatusBadge };
