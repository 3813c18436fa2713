// Registers every element. The filter comes before the table, so a table that follows a filter
// finds it upgraded.
import './components/lead-status-badge/define.js';
import './components/lead-status-filter/define.js';
import './components/lead-status-table/define.js';
import './components/lead-status-analytics/define.js';

export * from './index.js';
