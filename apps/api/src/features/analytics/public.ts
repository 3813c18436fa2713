// What analytics publishes to other features (docs/decisions/layers.md): the counters as one read.
export { readCounters } from './counters.repository.js';
