// The drop-in script (`dist/lead-status-widgets.js`): Lit and the SDK bundled in,
// every element registered. `<script type="module" src=".../lead-status-widgets.js"></script>`

export { createLeadStatusClient, LeadStatusError } from '@leadstatus/sdk';
export * from './define.js';
