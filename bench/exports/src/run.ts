// Export throughput and server memory over a large campaign. Prints numbers; asserts nothing about timing.
import { parseArgs } from 'node:util';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { type BenchDatabase, createBenchDatabase } from '@leadstatus/bench-support/databases';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import { seedCampaignRows } from '@leadstatus/bench-support/seed';
import { download, type Figure, JOINED_SCAN, PAGE, rawKeysetScan } from './scenario.js';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    quick: { type: 'boolean', default: false },
    dialect: { type: 'string' },
  },
});
const rows = values.quick ? 100_000 : Number(values.rows ?? 1_000_000);
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
if (!Number.isInteger(rows) || rows < 1 || dialects.some((d) => d !== 'sqlite' && d !== 'mysql')) {
  console.error('usage: bench [--rows N | --quick] [--dialect sqlite|mysql]');
  process.exit(2);
}

const open = new Set<BenchDatabase>();
process.on('SIGINT', () => {
  void Promise.allSettled([...open].map((d) => d.drop())).then(() => process.exit(130));
});

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function printTable(figures: Figure[]) {
  // The export reads what the joined scan reads: that scan's rate is the ceiling it is held to.
  const baseline = figures.find((f) => f.name === JOINED_SCAN) ?? figures[0];
  const perSecond = (f: Figure) => f.rows / f.seconds;
  const header = [
    'figure',
    'rows',
    'MB',
    's',
    'rows/s',
    'MB/s',
    'server RSS MB (idle -> peak)',
    'rows/s vs joined scan',
  ];
  const body = figures.map((f) => [
    f.name,
    int(f.rows),
    f.bytes ? fmt(f.bytes / 1e6) : '',
    fmt(f.seconds, 2),
    int(perSecond(f)),
    f.bytes ? fmt(f.bytes / 1e6 / f.seconds) : '',
    f.peakMb === undefined ? '' : `${fmt(f.startMb ?? 0)} -> ${fmt(f.peakMb)}`,
    baseline ? `${fmt((perSecond(f) / perSecond(baseline)) * 100, 0)}%` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => `${'-'.repeat(w + 1)}${i === 0 ? '-' : ':'}`).join('|')}|`);
  for (const row of body) console.log(line(row));
}

/** rows/s of each figure against the joined raw scan, and the server's peak RSS during each HTTP export. */
function report(dialect: DialectName, figures: Figure[]) {
  const baseline = figures.find((f) => f.name === JOINED_SCAN) ?? figures[0];
  if (!baseline) return;
  const db = databaseLabel(dialect);
  const label = (f: Figure) => `${db}: export ${int(rows)} rows, ${f.name}`;
  const baseRate = baseline.rows / baseline.seconds;
  reportFigures(
    figures.flatMap((f) => [
      {
        bench: 'exports',
        figure: label(f),
        value: f.rows / f.seconds,
        unit: 'rows/s',
        better: 'higher' as const,
        ...(f === baseline
          ? { isBaseline: true }
          : { baseline: { figure: label(baseline), value: baseRate } }),
      },
      ...(f.peakMb === undefined
        ? []
        : [
            {
              bench: 'exports',
              figure: `${label(f)}: server peak RSS`,
              value: f.peakMb,
              unit: 'MB',
              better: 'lower' as const,
              baseline: { figure: `${db}: server RSS before the export`, value: f.startMb ?? Number.NaN },
            },
          ]),
    ]),
  );
}

async function benchDialect(dialect: DialectName) {
  const database = await createBenchDatabase(dialect, { label: 'exports', poolSize: 4 });
  open.add(database);
  try {
    const now = Date.now();
    // Raw seeding on a writable connection of its own (on SQLite `handle.db` is read-only).
    const db = database.seed;
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, { name: 'Bench', now });
    const campaignId = 'cmp_01JBENCHEXPORTS00000000000';
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
    const seedSeconds = (performance.now() - seedStart) / 1000;
    process.stderr.write('\n');

    const figures: Figure[] = [
      await rawKeysetScan(database.handle, workspace.id, { withLeads: false }),
      await rawKeysetScan(database.handle, workspace.id, { withLeads: true }),
    ];
    for (const figure of figures) {
      if (figure.rows !== rows) throw new Error(`${figure.name}: ${figure.rows} rows, expected ${rows}`);
    }
    const server = await startServer(database.url);
    try {
      // Untimed: the server's JIT and caches warm on a small export first.
      await download(server, 'warm-up', '/v1/leads/export?status=unsubscribed', apiKey);
      for (const [name, path] of [
        ['HTTP CSV, GET /v1/leads/export', '/v1/leads/export'],
        ['HTTP CSV, GET /v1/campaigns/{id}/leads/export', `/v1/campaigns/${campaignId}/leads/export`],
        ['HTTP NDJSON, GET /v1/leads/export?format=ndjson', '/v1/leads/export?format=ndjson'],
      ] as const) {
        const figure = await download(server, name, path, apiKey);
        if (figure.rows !== rows) throw new Error(`${name}: ${figure.rows} rows, expected ${rows}`);
        figures.push(figure);
      }
    } finally {
      await server.stop();
    }
    // Again after the exports: on a shared machine the load may have changed meanwhile.
    const again = await rawKeysetScan(database.handle, workspace.id, { withLeads: true });
    figures.push({ ...again, name: `${again.name}, again after the exports` });
    console.log(
      `\n## ${dialect} (${database.where}): seeded ${int(rows)} leads + enrollments in ${fmt(seedSeconds)} s\n`,
    );
    printTable(figures);
    report(dialect, figures);
  } finally {
    await database.drop();
    open.delete(database);
  }
}

console.log(
  `# Exports: ${int(rows)} enrollments in one campaign, sort -status_changed_at, ${PAGE} rows a read. ` +
    'Baselines (the same rows read by the same keyset and driver, nothing else) run in this process, just ' +
    'before the exports; HTTP figures are the app in a child process on 127.0.0.1, read with fetch, and RSS ' +
    'is that process’s (VmHWM, reset before each export, with its VmRSS sampled every 50 ms).',
);
for (const dialect of dialects) await benchDialect(dialect);
