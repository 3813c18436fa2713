// Regenerates the blocks of docs/status-lifecycle.md that come from the status table
// (between `<!-- NAME:start -->` and `<!-- NAME:end -->`). Run `pnpm --filter @leadstatus/core docs:lifecycle`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { updateLifecycleDoc } from '../dist/lifecycle-doc.js';

const docPath = fileURLToPath(new URL('../../../docs/status-lifecycle.md', import.meta.url));
const current = readFileSync(docPath, 'utf8');
const updated = updateLifecycleDoc(current);
if (!updated.ok) {
  process.stderr.write(`${docPath}: ${updated.error}\n`);
  process.exit(1);
}
if (updated.value === current) {
  process.stdout.write(`${docPath} is up to date.\n`);
} else {
  writeFileSync(docPath, updated.value);
  process.stdout.write(`${docPath} regenerated.\n`);
}
