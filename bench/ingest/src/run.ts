// Ingestion throughput over loopback HTTP against raw inserts of the same rows. Prints numbers;
// asserts nothing about timing.
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '@leadstatus/api';
import { insertEventsStatement } from '@leadstatus/api/engine/events.repository';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { type BenchDatabase, createBenchDatabase } from '@leadstatus/bench-support/databases';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import type { CompiledQuery } from 'kysely';
import { type BatchSummary, emptySummary, httpClient, type PreparedBatch } from './http-client.js';
import { eventsPerSecond, int, percentile, type Run, table, timeClients } from './stats.js';
import { verifyOutcome } from './verify.js';
import { clientStream, type Enrolled, type GeneratedEvent, type Mix, rawRow } from './workload.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dialect: { type: 'string' },
    clients: { type: 'string', default: '3' },
    batches: { type: 'string' },
    leads: { type: 'string' },
  },
});
const quick = values.quick;
const clients = Number(values.clients);
/** Timed batches per client; a warm-up of WARMUP batches per client comes first and is not counted. */
const batchesPerClient = Number(values.batches ?? (quick ? 4 : 20));
const leads = Number(values.leads ?? (quick ? 5_000 : 20_000));
const WARMUP = quick ? 1 : 2;
const BATCH = 1000;
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
if (
  !Number.isInteger(clients) ||
  clients < 1 ||
  !Number.isInteger(batchesPerClient) ||
  batchesPerClient < 1 ||
  !Number.isInteger(leads) ||
  leads < clients * 100 ||
  dialects.some((d) => d !== 'sqlite' && d !== 'mysql')
) {
  console.error('usage: bench [--quick] [--dialect sqlite|mysql] [--clients N] [--batches N] [--leads N]');
  process.exit(2);
}

const open = new Set<BenchDatabase>();
process.on('SIGINT', () => {
  void Promise.allSettled([...open].map((d) => d.drop())).then(() => process.exit(130));
});

const log = (message: string) => process.stderr.write(`  ${message}\n`);
const cpuPerThousand = (run: Run) => ms((1000 * run.cpuSeconds * 1000) / run.events);
const cpuShare = (run: Run) => `${Math.round((100 * run.cpuSeconds) / run.seconds)}%`;

/** Each client's batches: warm-up first, then the timed ones, from its own in-order stream. */
function buildWorkload(campaignId: string, enrolled: readonly Enrolled[], start: number) {
  const mix: Mix = { repeats: 0, late: 0, byType: new Map() };
  const perClient = Array.from({ length: clients }, (_, c) => {
    const next = clientStream(
      c + 1,
      campaignId,
      enrolled.filter((_, i) => i % clients === c),
      start,
      mix,
    );
    return Array.from({ length: WARMUP + batchesPerClient }, () => Array.from({ length: BATCH }, next));
  });
  return { perClient, mix };
}

const prepare = (batch: GeneratedEvent[]): PreparedBatch => ({
  body: JSON.stringify({ events: batch.map((e) => e.wire) }),
  count: batch.length,
});

interface DialectResult {
  dialect: DialectName;
  http: Run;
  raw: Run;
  summary: BatchSummary;
}

async function benchDialect(dialect: DialectName): Promise<DialectResult> {
  const database = await createBenchDatabase(dialect, { label: 'ingest' });
  open.add(database);
  const { app } = createApp({ database: database.handle });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  // Node closes idle keep-alive sockets after 5 s; a client reusing one just then fails its request.
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 120_000;
  try {
    const { port } = server.address() as AddressInfo;
    const now = Date.now();
    // Raw seeding on a writable connection of its own (on SQLite `handle.db` is read-only).
    const db = database.seed;
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Bench ingest',
      now,
    });
    const client = httpClient(`http://127.0.0.1:${port}`, apiKey);
    const campaignId = await client.createCampaign('Bench ingest');

    const seedStart = performance.now();
    const emails = Array.from({ length: leads }, (_, i) => `lead${i}@company${i % 997}.example.com`);
    const enrolled = await client.enroll(campaignId, emails);
    log(
      `${dialect} (${database.where}): enrolled ${int(leads)} leads over HTTP in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const { perClient, mix } = buildWorkload(campaignId, enrolled, now - 30 * 86_400_000);
    const warm = perClient.map((batches) => batches.slice(0, WARMUP).map(prepare));
    const timed = perClient.map((batches) => batches.slice(WARMUP).map(prepare));
    const rawWorkspace = `ws_raw${workspace.id.slice(6)}`;
    let rawIndex = 0;
    const rawBatches = perClient.map((batches) =>
      batches.map((batch) => ({
        query: insertEventsStatement(batch.map((event) => rawRow(rawWorkspace, event, rawIndex++, now))),
        count: batch.length,
      })),
    );
    const insertRaw = async (batch: { query: CompiledQuery; count: number }) => {
      await db.transaction().execute((trx) => trx.executeQuery(batch.query));
      return batch.count;
    };

    // Raw first, so the HTTP figure is measured on the larger events table (the harder case), and
    // straight after its own warm-up.
    await timeClients(
      rawBatches.map((batches) => batches.slice(0, WARMUP)),
      insertRaw,
    );
    const raw = await timeClients(
      rawBatches.map((batches) => batches.slice(WARMUP)),
      insertRaw,
    );
    log(`${dialect}: raw inserts done in ${raw.seconds.toFixed(1)} s (${cpuShare(raw)} of one core)`);
    const warmTotals = emptySummary();
    await timeClients(warm, (batch) => client.sendBatch(batch, warmTotals));
    const summary = emptySummary();
    const http = await timeClients(timed, (batch) => client.sendBatch(batch, summary));
    log(`${dialect}: HTTP batches done in ${http.seconds.toFixed(1)} s (${cpuShare(http)} of one core)`);

    const all = {
      applied: warmTotals.applied + summary.applied,
      duplicate: warmTotals.duplicate + summary.duplicate,
      invalid: warmTotals.invalid + summary.invalid,
      not_found: warmTotals.not_found + summary.not_found,
    };
    const sent = clients * (WARMUP + batchesPerClient) * BATCH;
    const share = (n: number) => `${int(n)} (${((100 * n) / sent).toFixed(1)}%)`;
    const types = [...mix.byType].map(([type, n]) => `${type} ${int(n)}`).join(', ');
    log(
      `${dialect}: sent ${int(sent)} events (${types}; ` +
        `${share(mix.repeats)} repeated ids, ${share(mix.late)} late) -> applied ${int(all.applied)}, ` +
        `duplicate ${int(all.duplicate)}, invalid ${int(all.invalid)}, not_found ${int(all.not_found)}`,
    );
    const problems = await verifyOutcome(db, workspace.id, campaignId, 300);
    if (all.duplicate !== mix.repeats || all.invalid + all.not_found > 0) {
      problems.push(`expected ${mix.repeats} duplicates and nothing invalid or not found`);
    }
    if (problems.length > 0) {
      console.error(
        `${dialect}: WRONG RESULTS, the figures mean nothing:\n  ${problems.slice(0, 10).join('\n  ')}`,
      );
      process.exitCode = 1;
    } else {
      log(
        `${dialect}: checked 300 enrollments against deriveStatus of their events, and the status counters`,
      );
    }
    return { dialect, http, raw, summary };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
    open.delete(database);
  }
}

const ms = (n: number) => n.toFixed(1);
console.log(
  `# Ingestion: POST /v1/events/batch (${BATCH} events a batch, ${clients} concurrent clients over loopback HTTP) ` +
    `vs raw ${BATCH}-row INSERTs (one transaction each, same driver, ${clients} workers)`,
);
console.log(
  `# ${quick ? 'quick: ' : ''}${int(leads)} enrollments in one campaign; ${int(clients * batchesPerClient * BATCH)} ` +
    `timed events a database after ${int(clients * WARMUP * BATCH)} warm-up; Node ${process.version}, ` +
    `${cpus().length} CPUs, server and clients in one process`,
);
const results: DialectResult[] = [];
for (const dialect of dialects) {
  try {
    results.push(await benchDialect(dialect));
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : '';
    console.error(`bench-ingest: ${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exit(1);
  }
}

const rows = results.flatMap(({ dialect, http, raw }) => {
  const name = dialect === 'mysql' ? 'MariaDB' : 'SQLite';
  const rawRate = eventsPerSecond(raw);
  return [
    [
      name,
      'POST /v1/events/batch over HTTP',
      int(eventsPerSecond(http)),
      (eventsPerSecond(http) / rawRate).toFixed(3),
      ms(percentile(http.latenciesMs, 0.5)),
      ms(percentile(http.latenciesMs, 0.95)),
      cpuPerThousand(http),
    ],
    [
      name,
      'raw INSERT into events',
      int(rawRate),
      '1.000',
      ms(percentile(raw.latenciesMs, 0.5)),
      ms(percentile(raw.latenciesMs, 0.95)),
      cpuPerThousand(raw),
    ],
  ];
});
reportFigures(
  results.flatMap(({ dialect, http, raw }) => {
    const db = databaseLabel(dialect);
    const rawFigure = `${db}: raw ${BATCH}-row INSERT into events (${clients} workers)`;
    const rawRate = eventsPerSecond(raw);
    return [
      {
        bench: 'ingest',
        figure: rawFigure,
        value: rawRate,
        unit: 'events/s',
        better: 'higher',
        isBaseline: true,
      },
      {
        bench: 'ingest',
        figure: `${db}: POST /v1/events/batch (${BATCH} a batch, ${clients} clients)`,
        value: eventsPerSecond(http),
        unit: 'events/s',
        better: 'higher',
        baseline: { figure: rawFigure, value: rawRate },
      },
      {
        bench: 'ingest',
        figure: `${db}: POST /v1/events/batch p95 latency of one batch`,
        value: percentile(http.latenciesMs, 0.95),
        unit: 'ms',
        better: 'lower',
        baseline: { figure: `${rawFigure} p95`, value: percentile(raw.latenciesMs, 0.95) },
      },
    ] as const;
  }),
);
console.log('');
console.log(
  table(
    [
      'database',
      'figure',
      'events/s',
      'ratio to raw',
      'p50 batch ms',
      'p95 batch ms',
      'CPU ms / 1000 events',
    ],
    rows,
  ),
);
console.log(
  '\nevents/s: events sent (duplicates included) over the wall time of the timed phase; p50/p95: one ' +
    'batch, request to parsed response; CPU ms / 1000 events: this process only (on SQLite that is ' +
    "all the work, on MariaDB the server's share is not in it), steadier than events/s on a busy machine.\nAims of the issue, not asserted: 20,000 events/s on SQLite, " +
    '10,000 on MariaDB, a ratio to raw of at least 0.333.',
);
