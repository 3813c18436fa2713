// What statuses publishes to other features (docs/decisions/layers.md): the status as the API spells it.
export { StatusSchema } from './schemas.js';
