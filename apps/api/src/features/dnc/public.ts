// What DNC publishes to other features (docs/decisions/layers.md): which entries block an address.
export { findDncMatches } from './dnc.repository.js';
