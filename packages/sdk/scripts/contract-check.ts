// Fails when the committed document or the generated types are stale (the test suite checks the same).
import { describeDrift, findDrift } from './contract.js';

const drift = await findDrift();
if (drift.length > 0) {
  console.error(describeDrift(drift));
  process.exit(1);
}
console.log('the SDK contract is up to date');
