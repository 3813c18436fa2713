// Analytics reads on one large campaign against GROUP BY baselines. Prints numbers; asserts nothing about timing.
import { parseArgs } from 'node:util';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { type BenchDatabase, createBenchDatabase } from '@leadstatus/bench-support/databases';
import { measure, type Timing } from '@leadstatus/bench-support/measure';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import { seedCampaignRows } from '@leadstatus/bench-support/seed';
import { buildScenario, TREND_DAYS } from './scenario.js';
import { seedCounters } from './seed-counters.js';
import { SEEDED_ZONES, seedEventsAndRollups } from './seed-events.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '200' },
    'baseline-samples': { type: 'string', default: '20' },
    dialect: { type: 'string' },
  },
});
const size = Number(values.size);
const samples = Number(values.samples);
const baselineSamples = Number(values['baseline-samples']);
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
if (![size, samples, baselineSamples].every((n) => Number.isInteger(n) && n >= 1) || size < 100) {
  console.error(
    'usage: bench [--size N (enrollments, >= 100; default 1000000)] [--samples N] [--baseline-samples N] [--dialect sqlite|mysql]',
  );
  process.exit(2);
}

const open = new Set<BenchDatabase>();
process.on('SIGINT', () => {
  void Promise.allSettled([...open].map((d) => d.drop())).then(() => process.exit(130));
});

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const int = (n: number) => n.toLocaleString('en-US');

function printTable(title: string, baseline: Timing, figures: Timing[]) {
  const header = [title, 'p50 ms', 'p95 ms', 'samples', 'baseline p50 / p50'];
  const body = [baseline, ...figures].map((t) => [
    t.name,
    fmt(t.p50),
    fmt(t.p95),
    String(t.samples),
    t === baseline ? '1x' : `${fmt(baseline.p50 / t.p50, 0)}x`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
  );
  for (const row of body) console.log(line(row));
  console.log();
}

async function benchDialect(dialect: DialectName) {
  const database = await createBenchDatabase(dialect, { label: 'analytics' });
  open.add(database);
  try {
    const now = Date.now();
    // Raw seeding on a writable connection of its own (on SQLite `handle.db` is read-only).
    const db = database.seed;
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, { name: 'Bench', now });
    const campaignId = 'cmp_01JBENCHANALYTICS000000000';
    const seedStart = performance.now();
    await seedCampaignRows({
      db,
      dialect,
      workspaceId: workspace.id,
      campaignId,
      rows: size,
      now,
      onProgress: (done) =>
        process.stderr.write(`\r  ${dialect}: seeded ${int(done)} / ${int(size)} enrollments`),
    });
    process.stderr.write('\n');
    const events = await seedEventsAndRollups({
      db,
      dialect,
      workspaceId: workspace.id,
      campaignId,
      now,
      onProgress: (done) =>
        process.stderr.write(`\r  ${dialect}: events of ${int(done)} / ${int(size)} enrollments`),
    });
    process.stderr.write('\n');
    await seedCounters(db, workspace.id, campaignId);
    const seconds = (performance.now() - seedStart) / 1000;
    const pairs = await buildScenario(
      database.handle,
      workspace.id,
      apiKey,
      campaignId,
      now,
      baselineSamples,
    );
    console.log(
      `\n## ${dialect} (${database.where}): ${int(size)} enrollments, ${int(events)} events, rollups in ` +
        `${SEEDED_ZONES.join(' and ')}, seeded in ${fmt(seconds, 1)} s\n`,
    );
    for (const pair of pairs) {
      const [baseline, ...figures] = await measure([pair.baseline, ...pair.figures], samples);
      if (!baseline) continue;
      printTable(pair.title, baseline, figures);
      const label = (t: Timing) =>
        `${databaseLabel(dialect)}: ${pair.title} of ${int(size)} enrollments, ${t.name}, p50`;
      reportFigures([
        {
          bench: 'analytics',
          figure: label(baseline),
          value: baseline.p50,
          unit: 'ms',
          better: 'lower',
          isBaseline: true,
        },
        ...figures.map((t) => ({
          bench: 'analytics',
          figure: label(t),
          value: t.p50,
          unit: 'ms',
          better: 'lower' as const,
          baseline: { figure: label(baseline), value: baseline.p50 },
        })),
      ]);
    }
  } finally {
    await database.drop();
    open.delete(database);
  }
}

console.log(
  `# Analytics reads: one campaign of ${int(size)} enrollments; distribution and a ${TREND_DAYS}-day trend ` +
    `(${samples} samples, baselines ${baselineSamples}; p50/p95 of wall time)`,
);
for (const dialect of dialects) await benchDialect(dialect);
