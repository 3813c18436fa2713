// Load and HTTP overhead against the real server process, over loopback only. Prints numbers and
// checks correctness (no 5xx, no lost update); asserts nothing about timing.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import { type LoadResult, type LoadSettings, loadProblems, p, runLoad } from './load.js';
import { measureOverhead, type OverheadResult, type OverheadSettings } from './overhead.js';
import { reportReadsUnderWrites } from './reads-report.js';
import type { ReadsUnderWritesSettings } from './reads-under-writes.js';
import { int, ms, table } from './stats.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dialect: { type: 'string' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    profile: { type: 'string' },
  },
});
const quick = values.quick;
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
// --quick without --dialect: the overhead on SQLite (the app's own cost, least database time in it) and
// the load on MariaDB (where row locks and the pool are what a load test is for).
const overheadDialects: DialectName[] = quick && !values.dialect ? ['sqlite'] : dialects;
const loadDialects: DialectName[] = quick && !values.dialect ? ['mysql'] : dialects;
const only = values.only;
if (
  dialects.some((d) => d !== 'sqlite' && d !== 'mysql') ||
  (only !== undefined && only !== 'load' && only !== 'overhead' && only !== 'reads') ||
  (values.seconds !== undefined && !(Number(values.seconds) > 0))
) {
  console.error(
    'usage: bench [--quick] [--dialect sqlite|mysql] [--only load|overhead|reads] [--seconds N] [--profile DIR]',
  );
  process.exit(2);
}

const load: LoadSettings = quick
  ? { seconds: 5, maxRequestsPerClient: 400, writers: 6, readers: 2, batchSize: 50, hot: 5, cold: 1_000 }
  : {
      seconds: 30,
      maxRequestsPerClient: 5_000,
      writers: 8,
      readers: 4,
      batchSize: 100,
      hot: 10,
      cold: 10_000,
    };
if (values.seconds) load.seconds = Number(values.seconds);
const reads: ReadsUnderWritesSettings = quick
  ? { leads: 2_000, seconds: 4, maxReads: 400, writers: 2, batchSize: 1000 }
  : { leads: 10_000, seconds: 15, maxReads: 3_000, writers: 2, batchSize: 1000 };
const overhead: OverheadSettings = quick
  ? { seconds: 1, rounds: 2, connections: 10 }
  : { seconds: 4, rounds: 3, connections: 10 };

const log = (message: string) => process.stderr.write(`  ${message}\n`);
let failed = false;

if (values.profile) {
  // A CPU profile of the overhead server while it answers GET /v1/leads/{id} alone, one per dialect.
  process.env.BENCH_CPU_PROF_DIR = values.profile;
  for (const dialect of overheadDialects) {
    const r = await measureOverhead(dialect, { ...overhead, routes: ['real'] }, log);
    console.log(
      `profile ${dialect}: ${int(r.requests.real)} requests of GET /v1/leads/{id} ` +
        `(${int(r.real.requestsPerSecond)}/s, ${r.real.non2xx + r.real.errors} failed); profile in ${values.profile}`,
    );
  }
  process.exit(0);
}

if (only === undefined || only === 'reads') {
  if (!(await reportReadsUnderWrites(dialects, reads, log))) failed = true;
}

if (only === undefined || only === 'overhead') {
  const results: OverheadResult[] = [];
  for (const dialect of overheadDialects) results.push(await measureOverhead(dialect, overhead, log));
  console.log(
    `# HTTP overhead: GET /v1/leads/{id} (API key, lead with 2 enrollments and 6 events) against a bare ` +
      `Hono route answering the same JSON from memory, one server process, ${overhead.connections} ` +
      `autocannon connections, median of ${overhead.rounds} alternating rounds of ${overhead.seconds} s; ` +
      `Node ${process.version}, ${cpus().length} CPUs shared by the server, the load tool and the database\n`,
  );
  const rows = results.flatMap((r) =>
    [r.bare, r.health, r.real].map((f) => [
      `${databaseLabel(r.dialect)}: ${f.name}`,
      int(f.requestsPerSecond),
      (f.requestsPerSecond / r.bare.requestsPerSecond).toFixed(3),
      ms(f.p50Ms),
      ms(f.p99Ms),
      String(f.non2xx + f.errors),
    ]),
  );
  console.log(table(['figure', 'requests/s', 'ratio to bare', 'p50 ms', 'p99 ms', 'non-2xx + errors'], rows));
  console.log(`(the answer is ${int(results[0]?.bytes ?? 0)} bytes of JSON for both routes)\n`);
  for (const r of results) {
    if ([r.bare, r.health, r.real].some((f) => f.non2xx + f.errors > 0)) {
      console.error(`overhead ${r.dialect}: some requests failed; the figures mean nothing`);
      failed = true;
    }
  }
  reportFigures(
    results.flatMap((r) => {
      const db = databaseLabel(r.dialect);
      const bare = `${db}: bare Hono route (same process, same JSON)`;
      return [
        {
          bench: 'load',
          figure: bare,
          value: r.bare.requestsPerSecond,
          unit: 'requests/s',
          better: 'higher',
          isBaseline: true,
        },
        {
          bench: 'load',
          figure: `${db}: GET /healthz (middleware stack, no key, no query)`,
          value: r.health.requestsPerSecond,
          unit: 'requests/s',
          better: 'higher',
          baseline: { figure: bare, value: r.bare.requestsPerSecond },
        },
        {
          bench: 'load',
          figure: `${db}: GET /v1/leads/{id} (HTTP overhead)`,
          value: r.real.requestsPerSecond,
          unit: 'requests/s',
          better: 'higher',
          baseline: { figure: bare, value: r.bare.requestsPerSecond },
        },
      ] as const;
    }),
  );
}

if (only === undefined || only === 'load') {
  const results: LoadResult[] = [];
  for (const dialect of loadDialects) results.push(await runLoad(dialect, load, log));
  console.log(
    `# Mixed load on the real server (dist/server.js): ${load.writers} writers (batches of ${load.batchSize} ` +
      `events, 30% on ${load.hot} hot leads in 2 campaigns, the rest on ${int(load.cold)} cold ones; 1 in 5 ` +
      `requests a single event on a hot lead; most events out of order, 3% repeated) and ${load.readers} ` +
      `readers (lists, analytics, a lead), for ${load.seconds} s or ${int(load.maxRequestsPerClient)} requests a client\n`,
  );
  for (const r of results) {
    const db = databaseLabel(r.dialect);
    console.log(
      `## ${db}: ${int(r.events.sent)} events in ${r.seconds.toFixed(1)} s (${int(r.events.sent / r.seconds)}/s): ` +
        `applied ${int(r.events.applied)}, duplicate ${int(r.events.duplicate)}, invalid ${r.events.invalid}, ` +
        `not_found ${r.events.notFound}\n`,
    );
    const rows = r.kinds.map((k) => {
      const statuses = [...k.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      return [
        k.kind,
        int(k.latenciesMs.length + k.errors),
        ms(p(k, 0.5)),
        ms(p(k, 0.95)),
        ms(p(k, 0.99)),
        [...statuses, ...(k.errors ? [`no answer×${k.errors}`] : [])].join(' '),
      ];
    });
    console.log(table(['request', 'count', 'p50 ms', 'p95 ms', 'p99 ms', 'answers'], rows));
    const problems = loadProblems(r);
    console.log(
      `\nchecked: ${int(r.verdict.enrollments)} enrollments against deriveStatus of their stored events ` +
        `(${r.verdict.mismatches.length} differ), counters against a recount (${r.verdict.countersCorrected} ` +
        `corrected), ${int(r.storedIds)} events stored for ${int(r.acknowledgedIds)} acknowledged ids, ` +
        `server exit code ${r.exitCode} on SIGTERM: ${problems.length === 0 ? 'OK' : 'WRONG'}\n`,
    );
    if (problems.length > 0) {
      console.error(`load ${r.dialect}: ${problems.join('; ')}`);
      failed = true;
    }
    reportFigures([
      ...r.kinds.flatMap((k) =>
        [0.5, 0.95].map((q) => ({
          bench: 'load',
          figure: `${db}: under mixed load, ${k.kind} p${q * 100}`,
          value: p(k, q),
          unit: 'ms',
          better: 'lower' as const,
        })),
      ),
      {
        bench: 'load',
        figure: `${db}: under mixed load, events applied`,
        value: r.events.sent / r.seconds,
        unit: 'events/s',
        better: 'higher',
      },
      {
        bench: 'load',
        figure: `${db}: under mixed load, 5xx answers`,
        value: r.serverErrors,
        unit: 'answers',
        better: 'lower',
      },
      {
        bench: 'load',
        figure: `${db}: under mixed load, lost updates`,
        value: r.verdict.mismatches.length,
        unit: 'enrollments',
        better: 'lower',
      },
    ]);
  }
}

if (failed) process.exitCode = 1;
