// Gzips the drop-in script (all four elements with Lit and the SDK), prints its size
// and fails over the budget. Runs after the tests (`pnpm test`), so every CI log shows the number.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 35 * 1024;
const file = new URL('../dist/lead-status-widgets.js', import.meta.url);

if (!existsSync(file)) {
  process.stderr.write(
    '@leadstatus/widgets: dist/lead-status-widgets.js is missing; run `pnpm build` first.\n',
  );
  process.exit(1);
}
const code = readFileSync(file);
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const verdict = gzipped <= BUDGET_BYTES ? 'within' : 'OVER';
process.stdout.write(
  `@leadstatus/widgets bundle (dist/lead-status-widgets.js): ${kb(gzipped)} min+gzip (${kb(code.length)} minified), ${verdict} the ${kb(BUDGET_BYTES)} budget\n`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
