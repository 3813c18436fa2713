// `pnpm bench [--quick]`: every benchmark package in turn, one table of their figures, and
// bench/results/latest.json. Each benchmark keeps its own printed tables (in bench/results/logs/);
// they also append their figures as JSON lines to the file named by LEADSTATUS_BENCH_RESULTS.
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mysqlUnavailableReason } from '@leadstatus/bench-support/databases';
import { type BenchResultLine, RESULTS_ENV } from '@leadstatus/bench-support/results';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const LOGS = join(RESULTS, 'logs');

interface BenchRun {
  /** The package's folder under bench/ (and its name without `@leadstatus/bench-`). */
  name: string;
  what: string;
  /** Arguments of its `bench` script, per mode: sized so the whole run fits its budget on 2 cores. */
  full: string[];
  quick: string[];
  /** A run that takes longer is stopped (with its child processes) and reported as failed. */
  timeoutSeconds: { full: number; quick: number };
}

const BENCHES: BenchRun[] = [
  {
    name: 'core',
    what: 'applyEvent / deriveStatus against a trivial loop',
    full: [],
    quick: ['--quick'],
    timeoutSeconds: { full: 120, quick: 60 },
  },
  {
    name: 'ingest',
    what: 'POST /v1/events/batch against raw INSERTs',
    full: [],
    quick: ['--quick', '--clients', '2', '--batches', '1', '--leads', '1000'],
    timeoutSeconds: { full: 300, quick: 90 },
  },
  {
    name: 'lists',
    what: 'list pages (first, deep) against the bare indexed SQL',
    full: ['--rows', '300000', '--samples', '200'],
    quick: ['--rows', '10000', '--samples', '15'],
    timeoutSeconds: { full: 300, quick: 90 },
  },
  {
    name: 'exports',
    what: 'CSV/NDJSON exports against a raw keyset scan',
    full: ['--rows', '200000'],
    quick: ['--rows', '10000'],
    timeoutSeconds: { full: 300, quick: 90 },
  },
  {
    name: 'stream',
    what: 'SSE fan-out latency against the POST alone',
    full: ['--samples', '40'],
    quick: ['--quick', '--samples', '4', '--dialect', 'mysql'],
    timeoutSeconds: { full: 300, quick: 90 },
  },
  {
    name: 'analytics',
    what: 'distribution and trend from counters/rollups against GROUP BY',
    full: ['--size', '200000', '--samples', '100', '--baseline-samples', '10'],
    quick: ['--size', '10000', '--samples', '20', '--baseline-samples', '3', '--dialect', 'sqlite'],
    timeoutSeconds: { full: 420, quick: 90 },
  },
  {
    name: 'load',
    what: 'HTTP overhead of GET /v1/leads/{id}, and mixed load checked against deriveStatus',
    full: [],
    quick: ['--quick'],
    timeoutSeconds: { full: 420, quick: 120 },
  },
  {
    name: 'mail',
    what: 'inbound mail read and recorded (POST /v1/inbound/messages) against parsing alone',
    full: [],
    quick: ['--quick'],
    timeoutSeconds: { full: 180, quick: 60 },
  },
  {
    name: 'widgets',
    what: '<lead-status-table> in headless Chromium against plain <div>s',
    full: [],
    quick: ['--quick'],
    timeoutSeconds: { full: 300, quick: 90 },
  },
];

/**
 * Every package under bench/ with a `bench` script runs: the ones above with their sizes, any other
 * (a benchmark added later) with no arguments in both modes, after the known ones, until it is sized here.
 */
function discover(): BenchRun[] {
  const known = new Set(BENCHES.map((b) => b.name));
  const others = readdirSync(join(ROOT, 'bench'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !known.has(entry.name))
    .filter((entry) => {
      const manifest = join(ROOT, 'bench', entry.name, 'package.json');
      if (!existsSync(manifest)) return false;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        scripts?: Record<string, string>;
      };
      return pkg.name === `@leadstatus/bench-${entry.name}` && typeof pkg.scripts?.bench === 'string';
    })
    .map(
      (entry): BenchRun => ({
        name: entry.name,
        what: 'not sized by bench/all yet: default arguments',
        full: [],
        quick: [],
        timeoutSeconds: { full: 300, quick: 120 },
      }),
    );
  return [...BENCHES, ...others];
}
const ALL = discover();

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const mode = values.quick ? 'quick' : 'full';
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !ALL.some((b) => b.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `usage: pnpm bench [--quick] [--only ${ALL.map((b) => b.name).join(',')}] [--no-build] [--verbose]`,
  );
  process.exit(2);
}
const selected = ALL.filter((b) => !only || only.includes(b.name));

const say = (message: string) => process.stderr.write(`${message}\n`);
const started = Date.now();

if (!values['no-build']) {
  say('bench: building the service (turbo run build --filter @leadstatus/api)…');
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter', '@leadstatus/api', '--output-logs=errors-only'],
    {
      cwd: ROOT,
      // Its output goes to stderr: stdout carries only the table.
      stdio: ['ignore', 2, 2],
    },
  );
  if (build.status !== 0) {
    say('bench: the build failed; nothing was measured');
    process.exit(1);
  }
}

/**
 * MariaDB as `npm test` has it: `scripts/mariadb.sh` installs or starts it and creates the user, unless
 * MYSQL_URL names another server. When that is not possible here, the MariaDB figures are skipped
 * (one line says why) and every benchmark runs on SQLite alone: a fresh machine never fails for it.
 */
async function prepareMysql(): Promise<string | null> {
  if (!process.env.MYSQL_URL) {
    const setup = spawnSync('bash', [join(ROOT, 'scripts', 'mariadb.sh')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (setup.status !== 0) {
      const lastLine = `${setup.stderr ?? ''}${setup.stdout ?? ''}`.trim().split('\n').at(-1) ?? '';
      return `scripts/mariadb.sh could not start MariaDB or create its user (${lastLine || `exit ${setup.status}`})`;
    }
  }
  return mysqlUnavailableReason();
}

/** A benchmark's arguments with every dialect choice turned to SQLite (MariaDB is not reachable). */
function sqliteOnly(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--dialect') i++;
    else out.push(args[i] as string);
  }
  return [...out, '--dialect', 'sqlite'];
}

/** The benchmarks that measure on a database and take `--dialect sqlite|mysql`. */
const TAKES_DIALECT = new Set(['ingest', 'lists', 'exports', 'stream', 'analytics', 'load']);
const mysqlSkipped = await prepareMysql();
if (mysqlSkipped) say(`bench: MariaDB figures skipped, SQLite only: ${mysqlSkipped}`);

mkdirSync(LOGS, { recursive: true });

interface Outcome {
  name: string;
  command: string;
  seconds: number;
  exitCode: number | null;
  timedOut: boolean;
  log: string;
  figures: number;
}

let current: ReturnType<typeof spawn> | undefined;
const stopCurrent = () => {
  // The benchmark runs in its own process group: its server processes go with it.
  if (current?.pid !== undefined && current.exitCode === null) {
    try {
      process.kill(-current.pid, 'SIGINT');
    } catch {}
  }
};
process.on('SIGINT', () => {
  stopCurrent();
  process.exit(130);
});

async function runBench(bench: BenchRun): Promise<{ outcome: Outcome; lines: BenchResultLine[] }> {
  const args = mysqlSkipped && TAKES_DIALECT.has(bench.name) ? sqliteOnly(bench[mode]) : bench[mode];
  const resultsFile = join(LOGS, `${bench.name}.jsonl`);
  const logFile = join(LOGS, `${bench.name}.txt`);
  rmSync(resultsFile, { force: true });
  const command = `pnpm --filter @leadstatus/bench-${bench.name} run bench${args.length ? ` ${args.join(' ')}` : ''}`;
  const log = createWriteStream(logFile);
  log.write(`$ ${command}\n`);
  const began = performance.now();
  const timeout = bench.timeoutSeconds[mode];
  let timedOut = false;
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(
      'pnpm',
      ['--silent', '--filter', `@leadstatus/bench-${bench.name}`, 'run', 'bench', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, [RESULTS_ENV]: resultsFile },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    current = child;
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (values.verbose) process.stderr.write(chunk);
      });
    }
    const timer = setTimeout(() => {
      timedOut = true;
      stopCurrent();
      setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 10_000).unref();
    }, timeout * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  await new Promise((resolve) => log.end(resolve));
  const seconds = (performance.now() - began) / 1000;
  let lines: BenchResultLine[] = [];
  try {
    lines = readFileSync(resultsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as BenchResultLine);
  } catch {}
  return {
    outcome: {
      name: bench.name,
      command,
      seconds,
      exitCode,
      timedOut,
      log: join('bench', 'results', 'logs', `${bench.name}.txt`),
      figures: lines.length,
    },
    lines,
  };
}

const outcomes: Outcome[] = [];
const figures: BenchResultLine[] = [];
for (const bench of selected) {
  say(`bench: ${bench.name} (${bench.what})…`);
  const { outcome, lines } = await runBench(bench);
  outcomes.push(outcome);
  figures.push(...lines);
  const status = outcome.timedOut
    ? `STOPPED after ${bench.timeoutSeconds[mode]} s`
    : outcome.exitCode === 0
      ? 'ok'
      : `FAILED (exit ${outcome.exitCode})`;
  say(
    `bench: ${bench.name}: ${status}, ${outcome.figures} figures in ${outcome.seconds.toFixed(1)} s (${outcome.log})`,
  );
  if (outcome.exitCode !== 0) {
    const tail = readFileSync(join(ROOT, outcome.log), 'utf8').trim().split('\n').slice(-8).join('\n  ');
    say(`  ${tail}`);
  }
}

/** Three significant digits below 1000 (thousands separated above): 12,345 / 123 / 1.23 / 0.0123. */
function num(n: number): string {
  if (!Number.isFinite(n)) return '-';
  const abs = Math.abs(n);
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US');
  if (abs === 0) return '0';
  const digits = Math.max(0, Math.min(5, 2 - Math.floor(Math.log10(abs))));
  return n.toFixed(digits);
}

const rows = figures.map((f) => [
  f.bench,
  f.figure,
  num(f.value),
  f.unit,
  f.isBaseline ? '(baseline)' : f.baseline ? num(f.baseline.value) : '',
  f.ratio === null ? '' : num(f.ratio),
]);
const header = ['bench', 'figure', 'value', 'unit', 'baseline', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const left = new Set([0, 1, 3]);
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (left.has(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
const totalSeconds = (Date.now() - started) / 1000;

console.log(
  `# Lead Status benchmarks (${mode}) — Node ${process.version}, ${cpus().length} CPUs ` +
    `(${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]?.toFixed(1)} at the end, ` +
    `${Math.round(totalSeconds)} s in all\n`,
);
console.log(line(header));
console.log(`|${widths.map((w, i) => `${'-'.repeat(w + 1)}${left.has(i) ? '-' : ':'}`).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(
  '\nratio: value / baseline, both measured in the same run (for ms lower is better, for a rate higher). ' +
    'Each benchmark’s own tables: bench/results/logs/<bench>.txt; all figures: bench/results/latest.json.',
);

const failed = outcomes.filter((o) => o.exitCode !== 0);
const report = {
  generated_at: new Date().toISOString(),
  mode,
  seconds: Math.round(totalSeconds),
  skipped: mysqlSkipped ? { mysql: mysqlSkipped } : {},
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? null,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    load_average_at_end: loadavg()[0],
  },
  benches: outcomes.map((o) => ({
    name: o.name,
    command: o.command,
    seconds: Math.round(o.seconds * 10) / 10,
    ok: o.exitCode === 0,
    exit_code: o.exitCode,
    timed_out: o.timedOut,
    figures: o.figures,
    log: o.log,
  })),
  figures,
};
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
say(`bench: wrote bench/results/latest.json (${figures.length} figures, ${outcomes.length} benchmarks)`);
if (failed.length > 0) {
  say(`bench: ${failed.map((o) => o.name).join(', ')} failed: their figures are missing or wrong`);
  process.exitCode = 1;
}
