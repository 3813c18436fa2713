// Adds up every package's Vitest JSON report and prints one closing line: "tests: N passed, N failed",
// followed by "; layer rules: N violations" when a package's dependency-cruiser check found any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['apps', 'packages', 'bench'];
let passed = 0;
let failed = 0;
let skipped = 0;
let violations = 0;
const missing = [];
for (const root of roots) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    if (existsSync(join(dir, '.dependency-cruiser.cjs'))) {
      const layers = join(dir, 'architecture-results.json');
      if (existsSync(layers)) violations += JSON.parse(readFileSync(layers, 'utf8')).violations;
      else {
        console.error(`no layer check report from ${dir}: its lint:architecture task did not run`);
        violations += 1;
      }
    }
    if (!existsSync(join(dir, 'vitest.config.ts'))) continue;
    const report = join(dir, 'test-results.json');
    if (!existsSync(report)) {
      missing.push(dir);
      continue;
    }
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
    if (!json.success && json.numFailedTests === 0) failed += 1; // a suite that failed to load
  }
}
for (const dir of missing) console.error(`no test report from ${dir}: its tests did not run`);
failed += missing.length;
const layers = violations ? `; layer rules: ${violations} violations` : '';
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${layers}`);
process.exit(failed > 0 || passed === 0 || violations > 0 ? 1 : 0);
