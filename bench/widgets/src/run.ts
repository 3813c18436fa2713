// <lead-status-table> in headless Chromium (issue 6): time to first rows, and scrolling through
// 100,000 rows paged in by 100, against plain <div>s fed by the same fake client. Prints numbers;
// asserts nothing about timing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BenchFigure, reportFigures } from '@leadstatus/bench-support/results';
import { type Browser, chromium, type Page } from 'playwright';
import { startPageServer, widgetsBundle } from './server.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rows: { type: 'string' },
    'baseline-rows': { type: 'string' },
    loads: { type: 'string' },
    latency: { type: 'string', default: '20' },
    step: { type: 'string', default: '5000' },
    'max-scroll-s': { type: 'string' },
    /** Writes a CPU profile of the table's scroll (Chrome DevTools > Performance opens it). */
    'cpu-profile': { type: 'string' },
  },
});
const quick = values.quick;
const ROWS = Number(values.rows ?? (quick ? 5_000 : 100_000));
/**
 * Built at once, 100,000 plain <div>s take about 15 s to lay out here and then cost about 150 ms a
 * frame to scroll (Chromium's paint walks every row), 1,000 frames: too long for one run.
 */
const BASELINE_ROWS = Number(values['baseline-rows'] ?? Math.min(ROWS, 20_000));
const LOADS = Number(values.loads ?? (quick ? 5 : 10));
const LATENCY = Number(values.latency);
const STEP = Number(values.step);
const PAGE_SIZE = 100;
/** Each scroll gives up after this long (and says so), so the run stays bounded on a busy machine. */
const TABLE_SCROLL_MAX_MS = 1000 * Number(values['max-scroll-s'] ?? (quick ? 13 : 80));
const BASELINE_SCROLL_MAX_MS = quick ? 6_000 : 20_000;
if (
  ![ROWS, BASELINE_ROWS, LOADS, LATENCY, STEP, TABLE_SCROLL_MAX_MS].every(Number.isFinite) ||
  ROWS < PAGE_SIZE ||
  BASELINE_ROWS < PAGE_SIZE ||
  LOADS < 1 ||
  LATENCY < 0 ||
  STEP < 1
) {
  console.error(
    'usage: bench [--quick] [--rows N (>= 100)] [--baseline-rows N] [--loads N] [--latency ms] [--step px] ' +
      '[--max-scroll-s s] [--cpu-profile file.cpuprofile]',
  );
  process.exit(2);
}
/** Whatever happens, the process ends by then. */
const DEADLINE_MS = TABLE_SCROLL_MAX_MS + BASELINE_SCROLL_MAX_MS + (quick ? 30_000 : 60_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As packages/widgets/test/e2e/demo-page.ts launches it. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];

interface FirstResult {
  firstRowsMs: number;
  errors: string[];
}
interface ScrollResult extends FirstResult {
  /** Time between consecutive animation frames, ms. */
  frames: number[];
  maxRows: number;
  wallMs: number;
  completed: boolean;
  /** Rows shown or scrolled past (all of them when `completed`). */
  rowsReached: number;
  /** List pages the fake client answered. */
  pages: number;
  /** The grid's `aria-rowcount` (rows + header once every page is in), or the plain list's. */
  rowCount: number;
  /** The plain list only: from the data in hand to the first painted frame. */
  buildMs?: number;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Loads the page (its module scripts run before `load`) and waits for what it publishes. */
async function runPage<T>(page: Page, url: string, timeoutMs: number): Promise<T> {
  await page.goto(url, { timeout: 30_000 });
  const result = await withTimeout(
    page.evaluate('window.benchResult') as Promise<T | undefined>,
    timeoutMs,
    url,
  );
  if (result === undefined) throw new Error(`${url} published no result`);
  return result;
}

async function newPage(browser: Browser, pageErrors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return page;
}

const started = performance.now();
const bundle = widgetsBundle();
const server = await startPageServer(bundle);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const version = browser.version();
const pageErrors: string[] = [];
const deadline = setTimeout(() => {
  console.error(`widgets bench: still running after ${DEADLINE_MS / 1000} s, stopping`);
  void browser.close().finally(() => process.exit(1));
}, DEADLINE_MS);
deadline.unref();

const url = (file: string, query: Record<string, number | string>) =>
  `${server.origin}/page/${file}?${new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString()}`;

const first = { table: [] as number[], bare: [] as number[] };
let tableScroll: ScrollResult;
let bareScroll: ScrollResult;
try {
  // 1. Time to first rows: a fresh page load a sample, table and bare divs in turn, one warm-up each.
  const page = await newPage(browser, pageErrors);
  for (let i = -1; i < LOADS; i++) {
    for (const kind of ['table', 'bare'] as const) {
      const query = { mode: 'first', total: ROWS, latency: LATENCY, pageSize: PAGE_SIZE };
      const result = await runPage<FirstResult>(page, url(`${kind}.html`, query), 15_000);
      if (result.errors.length > 0) throw new Error(`${kind}: ${result.errors.join('; ')}`);
      if (i >= 0) first[kind].push(result.firstRowsMs);
    }
  }
  await page.close();
  process.stderr.write(
    `  first rows: ${LOADS} loads each, done at ${fmt((performance.now() - started) / 1000)} s\n`,
  );

  // 2. Scrolling to the last row: the table pages in as it goes; the baseline has every row at once.
  const scroll = async (kind: 'table' | 'bare', total: number, maxMs: number) => {
    const scrollPage = await newPage(browser, pageErrors);
    try {
      const query = { mode: 'scroll', total, latency: LATENCY, pageSize: PAGE_SIZE, step: STEP, maxMs };
      const profile = kind === 'table' ? values['cpu-profile'] : undefined;
      const cdp = profile ? await scrollPage.context().newCDPSession(scrollPage) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const result = await runPage<ScrollResult>(scrollPage, url(`${kind}.html`, query), maxMs + 60_000);
      if (cdp && profile) {
        const { profile: data } = await cdp.send('Profiler.stop');
        writeFileSync(profile, JSON.stringify(data));
        process.stderr.write(`  table scroll: CPU profile in ${profile}\n`);
      }
      if (result.errors.length > 0) throw new Error(`${kind}: ${result.errors.join('; ')}`);
      process.stderr.write(
        `  ${kind} scroll: ${int(result.frames.length)} frames in ${fmt(result.wallMs / 1000)} s` +
          `${result.completed ? '' : ` (gave up at row ${int(result.rowsReached)})`}, ` +
          `done at ${fmt((performance.now() - started) / 1000)} s\n`,
      );
      return result;
    } finally {
      await scrollPage.close();
    }
  };
  tableScroll = await scroll('table', ROWS, TABLE_SCROLL_MAX_MS);
  bareScroll = await scroll('bare', BASELINE_ROWS, BASELINE_SCROLL_MAX_MS);
} finally {
  await browser.close();
  await server.close();
  clearTimeout(deadline);
}
if (pageErrors.length > 0) {
  console.error(`errors in the pages:\n${pageErrors.join('\n')}`);
  process.exit(1);
}

// --- figures ----------------------------------------------------------------------------------------

function frameStats(result: ScrollResult) {
  const sorted = [...result.frames].sort((a, b) => a - b);
  const over = sorted.filter((ms) => ms > 50).length;
  return {
    frames: sorted.length,
    over,
    overPercent: (100 * over) / Math.max(1, sorted.length),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
    rowsPerSecond: result.rowsReached / (result.wallMs / 1000),
  };
}

interface Row {
  figure: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** Counts over different distances are not compared. */
  comparable?: boolean;
  digits?: number;
  better: 'lower' | 'higher';
}

const sortedTable = [...first.table].sort((a, b) => a - b);
const sortedBare = [...first.bare].sort((a, b) => a - b);
const t = frameStats(tableScroll);
const b = frameStats(bareScroll);
const sameDistance = tableScroll.rowsReached === bareScroll.rowsReached;
const s = `scroll ${int(ROWS)} rows`;
const rows: Row[] = [
  {
    figure: 'time to first rows, p50',
    value: percentile(sortedTable, 0.5),
    unit: 'ms',
    baseline: percentile(sortedBare, 0.5),
    better: 'lower',
  },
  {
    figure: 'time to first rows, p95',
    value: percentile(sortedTable, 0.95),
    unit: 'ms',
    baseline: percentile(sortedBare, 0.95),
    better: 'lower',
  },
  {
    figure: `${s}: frames`,
    value: t.frames,
    unit: 'frames',
    baseline: b.frames,
    comparable: sameDistance,
    digits: 0,
    better: 'lower',
  },
  {
    figure: `${s}: frames over 50 ms`,
    value: t.over,
    unit: 'frames',
    baseline: b.over,
    comparable: sameDistance,
    digits: 0,
    better: 'lower',
  },
  {
    figure: `${s}: frames over 50 ms, share`,
    value: t.overPercent,
    unit: '%',
    baseline: b.overPercent,
    better: 'lower',
  },
  { figure: `${s}: frame time p50`, value: t.p50, unit: 'ms', baseline: b.p50, better: 'lower' },
  { figure: `${s}: frame time p95`, value: t.p95, unit: 'ms', baseline: b.p95, better: 'lower' },
  { figure: `${s}: longest frame`, value: t.max, unit: 'ms', baseline: b.max, better: 'lower' },
  {
    figure: `${s}: rows in the DOM, max`,
    value: tableScroll.maxRows,
    unit: 'rows',
    baseline: bareScroll.maxRows,
    digits: 0,
    better: 'lower',
  },
  {
    figure: `${s}: wall time`,
    value: tableScroll.wallMs / 1000,
    unit: 's',
    baseline: bareScroll.wallMs / 1000,
    comparable: sameDistance,
    digits: 2,
    better: 'lower',
  },
  {
    figure: `${s}: rows scrolled per second`,
    value: t.rowsPerSecond,
    unit: 'rows/s',
    baseline: b.rowsPerSecond,
    digits: 0,
    better: 'higher',
  },
];
const ratioOf = (row: Row) => (row.comparable !== false && row.baseline ? row.value / row.baseline : null);
const show = (value: number, row: Row) =>
  `${(row.digits ?? 1) === 0 ? int(value) : fmt(value, row.digits ?? 1)} ${row.unit}`;

const header = ['figure', 'lead-status-table', 'baseline', 'ratio'];
const body = rows.map((row) => {
  const ratio = ratioOf(row);
  return [
    row.figure,
    show(row.value, row),
    row.baseline === null ? '' : show(row.baseline, row),
    ratio === null ? '—' : `${ratio < 0.1 ? ratio.toPrecision(2) : fmt(ratio, 2)}x`,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;

console.log(
  `# <lead-status-table> in Chromium ${version}, headless with --disable-gpu (software raster) on ` +
    `${availableParallelism()} cores shared with other work; a fake client answers pages of ${PAGE_SIZE} ` +
    `rows after ${LATENCY} ms${quick ? ' (--quick)' : ''}`,
);
console.log(
  `time to first rows: element inserted -> first frame painted with a row, ${LOADS} page loads each; ` +
    `baseline: the same first page from the same source as ${PAGE_SIZE} plain <div>s`,
);
console.log(
  `scroll: scrollTop += ${int(STEP)} px every animation frame until the last row shows (frame time = ` +
    `between rAF callbacks); baseline: ${int(BASELINE_ROWS)} plain <div>s built at once ` +
    `(${int(bareScroll.buildMs ?? Number.NaN)} ms from data to first paint, not in its frames)` +
    `${BASELINE_ROWS === ROWS ? '' : `, not ${int(ROWS)}: a plain list that long takes too long to build and scroll here`}\n`,
);
console.log(line(header));
console.log(
  `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const row of body) console.log(line(row));
console.log(
  `\ntable: ${int(tableScroll.pages)} pages fetched, aria-rowcount ${int(tableScroll.rowCount)} ` +
    `(${int(ROWS)} rows + the header once every page is in, else -1); it cannot scroll past a page before ` +
    `that page arrives, so its wall time includes a ${LATENCY} ms round trip a page and the frames between.`,
);
if (!sameDistance) console.log('counts over different distances (frames, wall time) have no ratio.');
for (const [kind, result, maxMs] of [
  ['table', tableScroll, TABLE_SCROLL_MAX_MS],
  ['baseline', bareScroll, BASELINE_SCROLL_MAX_MS],
] as const) {
  if (!result.completed) {
    console.log(
      `WARNING: the ${kind} scroll gave up after ${maxMs / 1000} s at row ${int(result.rowsReached)} without ` +
        'showing the last row: its figures cover only that part (the machine is busy, or frames are slow).',
    );
  }
}
if (tableScroll.completed && tableScroll.rowCount !== ROWS + 1) {
  console.log(`WARNING: the table's aria-rowcount is ${tableScroll.rowCount}, expected ${ROWS + 1}`);
}
console.log(`total ${fmt((performance.now() - started) / 1000)} s`);

// --- machine-readable results ------------------------------------------------------------------------

const results = rows.map((row) => ({
  figure: row.figure,
  value: row.value,
  unit: row.unit,
  baseline: row.baseline,
  ratio: ratioOf(row),
}));
const resultsDir = process.env.BENCH_RESULTS_DIR;
if (resultsDir) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'widgets.json'), `${JSON.stringify(results, null, 2)}\n`);
}
// And as the other benchmarks do, for `$LEADSTATUS_BENCH_RESULTS` (a no-op when it is unset).
reportFigures(
  rows.flatMap((row): BenchFigure[] => {
    if (row.baseline === null) return [];
    const baselineFigure = `plain divs: ${row.figure}`;
    const figure = `lead-status-table: ${row.figure}`;
    const common = { bench: 'widgets', unit: row.unit, better: row.better };
    return [
      { ...common, figure: baselineFigure, value: row.baseline, isBaseline: true },
      {
        ...common,
        figure,
        value: row.value,
        ...(row.comparable === false ? {} : { baseline: { figure: baselineFigure, value: row.baseline } }),
      },
    ];
  }),
);
