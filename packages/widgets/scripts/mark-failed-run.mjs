// Runs when `vitest run` fails. A run whose browser never started (no Chromium at /usr/bin/chromium)
// still leaves a JSON report saying "success" with no tests; mark it failed so the repo's test summary
// counts it, and say what to check. Always exits 1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const report = new URL('../test-results.json', import.meta.url);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if (json.success) writeFileSync(report, JSON.stringify({ ...json, success: false }));
}
process.stderr.write(
  '@leadstatus/widgets: the component tests failed. If no test ran, Chromium could not start: ' +
    'run scripts/chromium.sh (or set CHROMIUM_PATH).\n',
);
process.exit(1);
