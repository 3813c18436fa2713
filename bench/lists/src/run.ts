// Latency of the list views over one large campaign. Prints numbers; asserts nothing about timing.
import { parseArgs } from 'node:util';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { type BenchDatabase, createBenchDatabase } from '@leadstatus/bench-support/databases';
import { measure, type Timing } from '@leadstatus/bench-support/measure';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import { seedCampaignRows } from '@leadstatus/bench-support/seed';
import { buildScenario, LIMIT, STATUSES } from './scenario.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    quick: { type: 'boolean', default: false },
    samples: { type: 'string', default: '300' },
    dialect: { type: 'string' },
  },
});
const rows = values.quick ? 100_000 : Number(values.rows ?? 1_000_000);
const samples = Number(values.samples);
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
if (!Number.isInteger(rows) || rows < 2 * LIMIT || !Number.isInteger(samples) || samples < 1) {
  console.error('usage: bench [--rows N (>= 100) | --quick] [--samples N] [--dialect sqlite|mysql]');
  process.exit(2);
}

const open = new Set<BenchDatabase>();
process.on('SIGINT', () => {
  void Promise.allSettled([...open].map((d) => d.drop())).then(() => process.exit(130));
});

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const int = (n: number) => n.toLocaleString('en-US');

function printTable(timings: Timing[]) {
  const [baseline, , repoFirst, repoDeep, appFirst, appDeep] = timings;
  const deepOver = new Map([
    [repoDeep?.name, (repoDeep?.p50 ?? 0) / (repoFirst?.p50 ?? 1)],
    [appDeep?.name, (appDeep?.p50 ?? 0) / (appFirst?.p50 ?? 1)],
  ]);
  const header = ['figure', 'p50 ms', 'p95 ms', 'p50 / baseline p50', 'deep / first p50'];
  const body = timings.map((t) => [
    t.name,
    fmt(t.p50),
    fmt(t.p95),
    `${fmt(t.p50 / (baseline?.p50 ?? 1), 1)}x`,
    deepOver.has(t.name) ? `${fmt(deepOver.get(t.name) ?? 0)}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of body) console.log(line(row));
}

/** Each figure's p50 against the bare SQL of the same page (first or deep). */
function report(dialect: DialectName, timings: Timing[]) {
  const [firstBase, deepBase, ...figures] = timings;
  if (!firstBase || !deepBase) return;
  const db = databaseLabel(dialect);
  const label = (t: Timing) => `${db}: list ${int(rows)} enrollments, ${t.name}, p50`;
  reportFigures([
    ...[firstBase, deepBase].map((t) => ({
      bench: 'lists',
      figure: label(t),
      value: t.p50,
      unit: 'ms',
      better: 'lower' as const,
      isBaseline: true,
    })),
    ...figures.map((t, i) => {
      const base = i % 2 === 0 ? firstBase : deepBase;
      return {
        bench: 'lists',
        figure: label(t),
        value: t.p50,
        unit: 'ms',
        better: 'lower' as const,
        baseline: { figure: label(base), value: base.p50 },
      };
    }),
  ]);
}

async function benchDialect(dialect: DialectName) {
  const database = await createBenchDatabase(dialect, { label: 'lists' });
  open.add(database);
  try {
    const now = Date.now();
    // Raw seeding on a writable connection of its own (on SQLite `handle.db` is read-only).
    const db = database.seed;
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, { name: 'Bench', now });
    const campaignId = 'cmp_01JBENCHLISTS0000000000000';
    const seedStart = performance.now();
    await seedCampaignRows({
      db,
      dialect,
      workspaceId: workspace.id,
      campaignId,
      rows,
      now,
      onProgress: (done) => process.stderr.write(`\r  ${dialect}: seeded ${int(done)} / ${int(rows)}`),
    });
    const seconds = (performance.now() - seedStart) / 1000;
    process.stderr.write('\n');
    const scenario = await buildScenario(database.handle, workspace.id, apiKey, campaignId);
    const timings = await measure(scenario.figures, samples, 20);
    console.log(
      `\n## ${dialect} (${database.where}): seeded ${int(rows)} leads + enrollments in ${fmt(seconds, 1)} s ` +
        `(${int(Math.round(rows / seconds))} rows/s each); deep page = page ${int(scenario.deepPage)}`,
    );
    console.log(`plan of one status range of the deep page: ${scenario.plan}\n`);
    printTable(timings);
    report(dialect, timings);
  } finally {
    await database.drop();
    open.delete(database);
  }
}

console.log(
  `# List views: ${int(rows)} enrollments in one campaign, status=${STATUSES.join(',')}, ` +
    `${LIMIT} a page, sort -status_changed_at, ${samples} samples per figure (p50/p95 of wall time)`,
);
for (const dialect of dialects) await benchDialect(dialect);
