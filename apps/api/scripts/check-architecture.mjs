// The layer check of `npm test`: runs dependency-cruiser over src with .dependency-cruiser.cjs and prints
// each broken rule once, with its comment, the imports that break it, and each folder cycle once with an
// import behind each of its steps (one bad import closes many cycles: the first few are enough).
// Writes architecture-results.json for the closing line of `npm test`; exits 1 when a rule is broken.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const API = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = '.dependency-cruiser.cjs';
const REPORT = join(API, 'architecture-results.json');
const SHOWN_CYCLES = 5;

// The package exports no bin path; apps/api depends on it directly, so it is in node_modules here.
const cruiser = join(API, 'node_modules', 'dependency-cruiser');
const bin = join(cruiser, JSON.parse(readFileSync(join(cruiser, 'package.json'), 'utf8')).bin.depcruise);
const args = [bin, 'src', '--config', CONFIG, '--output-type', 'json'];
const result = JSON.parse(
  execFileSync(process.execPath, args, { cwd: API, maxBuffer: 1 << 28, encoding: 'utf8' }),
);

const { violations, totalCruised, ruleSetUsed } = result.summary;
const comments = new Map(ruleSetUsed.forbidden.map((rule) => [rule.name, rule.comment]));
const broken = violations.filter((v) => v.rule.severity === 'error');
writeFileSync(REPORT, `${JSON.stringify({ violations: broken.length, modules: totalCruised }, null, 2)}\n`);

if (broken.length === 0) {
  process.stdout.write(`architecture: the layer rules hold (${totalCruised} modules, ${CONFIG})\n`);
  process.exit(0);
}

const lines = [`architecture: ${broken.length} violations of the layer rules (${CONFIG})`, ''];
const byRule = new Map();
for (const v of broken) byRule.set(v.rule.name, [...(byRule.get(v.rule.name) ?? []), v]);
for (const [name, list] of byRule) {
  lines.push(`✗ ${name}: ${comments.get(name) ?? ''}`);
  if (list[0].type === 'cycle' && !list[0].from.endsWith('.ts')) lines.push(...folderCycles(list));
  else {
    for (const v of list) {
      lines.push(
        `    ${v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`}`,
      );
    }
  }
  lines.push('');
}
console.error(lines.join('\n'));
process.exit(1);

/** Each distinct folder cycle once, shortest first, with an import that makes each step. */
function folderCycles(list) {
  const cycles = new Map();
  for (const v of list) {
    const path = [v.from, ...v.cycle.map((c) => c.name)];
    path.pop(); // the cycle ends where it started
    const start = path.indexOf([...path].sort()[0]);
    const rotated = [...path.slice(start), ...path.slice(0, start)];
    cycles.set(rotated.join(' → '), rotated);
  }
  const sorted = [...cycles.values()].sort((a, b) => a.length - b.length);
  const out = [];
  for (const cycle of sorted.slice(0, SHOWN_CYCLES)) {
    out.push(`    ${[...cycle, cycle[0]].join(' → ')}`);
    cycle.forEach((from, i) => {
      const to = cycle[(i + 1) % cycle.length];
      const example = importBetween(from, to);
      if (example) out.push(`        ${example[0]} imports ${example[1]}`);
    });
  }
  if (sorted.length > SHOWN_CYCLES)
    out.push(`    … and ${sorted.length - SHOWN_CYCLES} more cycles through these folders`);
  return out;
}

/** A module under folder `from` that imports one directly in folder `to`. */
function importBetween(from, to) {
  for (const module of result.modules) {
    if (!module.source.startsWith(`${from}/`)) continue;
    const hit = module.dependencies.find(
      (d) => posix.dirname(d.resolved) === to && !d.resolved.startsWith(`${from}/`),
    );
    if (hit) return [module.source, hit.resolved];
  }
  return undefined;
}
