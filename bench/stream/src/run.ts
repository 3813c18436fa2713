// SSE fan-out latency: from the start of POST /v1/events to the status.changed event on each
// subscriber, against the same POST with nobody listening. Prints numbers; asserts nothing about timing.
import { parseArgs } from 'node:util';
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { type BenchDatabase, createBenchDatabase } from '@leadstatus/bench-support/databases';
import { type BenchFigure, databaseLabel, reportFigures } from '@leadstatus/bench-support/results';
import { type BenchServer, startBenchServer } from './servers.js';
import { percentile, table } from './stats.js';
import { type StreamSubscriber, subscribe } from './subscribers.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dialect: { type: 'string' },
    samples: { type: 'string' },
  },
});
const samples = Number(values.samples ?? (values.quick ? 30 : 200));
const WARMUP = values.quick ? 3 : 10;
/** Subscribers on the process the events are posted to (woken by its own commit). */
const SAME_PROCESS = [1, 10, 100];
/** Subscribers on another process sharing the database (they learn of changes by polling, 250 ms). */
const OTHER_PROCESS = [1, 100];
const POLL_INTERVAL_MS = 250;
const DELIVERY_TIMEOUT_MS = 5_000;
const dialects: DialectName[] = values.dialect ? [values.dialect as DialectName] : ['sqlite', 'mysql'];
if (!Number.isInteger(samples) || samples < 1 || dialects.some((d) => d !== 'sqlite' && d !== 'mysql')) {
  console.error('usage: bench [--quick] [--samples N] [--dialect sqlite|mysql]');
  process.exit(2);
}

const open = new Set<BenchDatabase>();
process.on('SIGINT', () => {
  void Promise.allSettled([...open].map((d) => d.drop())).then(() => process.exit(130));
});
const log = (message: string) => process.stderr.write(`  ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Lead {
  leadId: string;
  enrollmentId: string;
}

interface Figure {
  dialect: DialectName;
  subscribers: number;
  servedBy: string;
  post: number[];
  /** One per subscriber and event. */
  delivery: number[];
  /** Per event, when the last subscriber had it. */
  last: number[];
  missed: number;
}

/** A workspace with one campaign and `count` fresh enrollments: each `sent` event changes one status. */
async function prepare(database: BenchDatabase, server: BenchServer, count: number) {
  const setup = database.open();
  const { apiKey: key } = await createWorkspace(setup.writer, { name: 'Bench stream', now: Date.now() });
  await setup.close();
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const campaign = await fetch(`${server.url}/v1/campaigns`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'Bench', steps: [{ subject: 'Hello', delay_hours: 0 }] }),
  });
  const campaignId = ((await campaign.json()) as { id: string }).id;
  const leads: Lead[] = [];
  for (let i = 0; i < count; i += 1000) {
    const emails = Array.from({ length: Math.min(1000, count - i) }, (_, j) => `bench.${i + j}@example.com`);
    const response = await fetch(`${server.url}/v1/campaigns/${campaignId}/leads`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ emails }),
    });
    if (response.status !== 200) throw new Error(`enroll: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { data: Array<{ lead_id: string; enrollment_id: string }> };
    for (const r of body.data) leads.push({ leadId: r.lead_id, enrollmentId: r.enrollment_id });
  }
  return { key, headers, campaignId, leads };
}

async function benchDialect(dialect: DialectName): Promise<Figure[]> {
  const database = await createBenchDatabase(dialect, { label: 'stream' });
  open.add(database);
  const poster = await startBenchServer(database.open());
  const other = await startBenchServer(database.open());
  try {
    const events = (WARMUP + samples) * (1 + SAME_PROCESS.length + OTHER_PROCESS.length);
    const { key, headers, campaignId, leads } = await prepare(database, poster, events);
    log(`${dialect} (${database.where}): ${leads.length} enrollments`);

    const pending = new Map<string, { start: number; got: number[]; done: () => void }>();
    const onChange = (enrollmentId: string, receivedAt: number) => {
      const entry = pending.get(enrollmentId);
      if (!entry) return;
      entry.got.push(receivedAt - entry.start);
      if (entry.got.length === expected) entry.done();
    };
    let expected = 0;

    /** One `sent` event, timed from the start of the POST; waits for every subscriber. */
    const sample = async (figure: Figure | undefined) => {
      const lead = leads.pop();
      if (!lead) throw new Error('out of enrollments');
      let done!: () => void;
      const all = new Promise<void>((resolve) => {
        done = resolve;
      });
      const start = performance.now();
      const entry = { start, got: [] as number[], done };
      pending.set(lead.enrollmentId, entry);
      if (expected === 0) done();
      const response = await fetch(`${poster.url}/v1/events`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'sent', campaign_id: campaignId, lead_id: lead.leadId }),
      });
      await response.arrayBuffer();
      const postMs = performance.now() - start;
      if (response.status !== 202) throw new Error(`POST /v1/events answered ${response.status}`);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, DELIVERY_TIMEOUT_MS)))]);
      clearTimeout(timer);
      pending.delete(lead.enrollmentId);
      if (!figure) return;
      figure.post.push(postMs);
      figure.delivery.push(...entry.got);
      if (entry.got.length === expected && expected > 0) figure.last.push(Math.max(...entry.got));
      figure.missed += expected - entry.got.length;
    };

    const figures: Figure[] = [];
    const run = async (server: BenchServer | undefined, subscribers: number, servedBy: string) => {
      const streams: StreamSubscriber[] = server
        ? await Promise.all(Array.from({ length: subscribers }, () => subscribe(server.url, key, onChange)))
        : [];
      expected = subscribers;
      const figure: Figure = { dialect, subscribers, servedBy, post: [], delivery: [], last: [], missed: 0 };
      for (let i = 0; i < WARMUP + samples; i++) {
        // Across processes, start at a random point of the other's poll cycle, not in step with it.
        if (server === other) await sleep(Math.random() * POLL_INTERVAL_MS);
        await sample(i < WARMUP ? undefined : figure);
      }
      for (const s of streams) s.close();
      figures.push(figure);
      log(`${dialect}: ${subscribers} subscriber(s) ${servedBy}: done`);
    };

    await run(undefined, 0, '(none: POST alone)');
    for (const n of SAME_PROCESS) await run(poster, n, 'the same process');
    for (const n of OTHER_PROCESS) await run(other, n, 'another process');
    return figures;
  } finally {
    await poster.close();
    await other.close();
    await database.drop();
    open.delete(database);
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(1));
const figures: Figure[] = [];
for (const dialect of dialects) figures.push(...(await benchDialect(dialect)));

console.log(
  `\nSSE fan-out: ${samples} events per row after ${WARMUP} warm-up, each a status change; ` +
    'latency from the start of POST /v1/events to each subscriber receiving it (ms).\n',
);
const rows = figures.map((f) => {
  const baseline = figures.find((b) => b.dialect === f.dialect && b.subscribers === 0);
  const p50 = percentile(f.delivery, 0.5);
  return [
    f.dialect,
    f.subscribers === 0 ? '0' : String(f.subscribers),
    f.servedBy,
    ms(percentile(f.post, 0.5)),
    ms(percentile(f.post, 0.95)),
    ms(p50),
    ms(percentile(f.delivery, 0.95)),
    ms(percentile(f.last, 0.95)),
    f.subscribers === 0 ? '' : `${(p50 / percentile(baseline?.post ?? [], 0.5)).toFixed(1)}x`,
    f.subscribers === 0 ? '' : String(f.missed),
  ];
});
console.log(
  table(
    [
      'database',
      'subscribers',
      'streams held by',
      'POST p50',
      'POST p95',
      'delivery p50',
      'delivery p95',
      'last subscriber p95',
      'delivery p50 / POST p50',
      'missed',
    ],
    rows,
  ),
);

reportFigures(
  figures.flatMap((f): BenchFigure[] => {
    const db = databaseLabel(f.dialect);
    const base = figures.find((b) => b.dialect === f.dialect && b.subscribers === 0);
    const baseFigure = `${db}: POST /v1/events alone, p50`;
    const baseValue = percentile(base?.post ?? [], 0.5);
    if (f.subscribers === 0) {
      return [
        {
          bench: 'stream',
          figure: baseFigure,
          value: baseValue,
          unit: 'ms',
          better: 'lower' as const,
          isBaseline: true,
        },
      ];
    }
    const what = `${db}: SSE delivery to ${f.subscribers} subscriber(s) on ${f.servedBy}`;
    return [
      {
        bench: 'stream',
        figure: `${what}, p50`,
        value: percentile(f.delivery, 0.5),
        unit: 'ms',
        better: 'lower' as const,
        baseline: { figure: baseFigure, value: baseValue },
      },
      {
        bench: 'stream',
        figure: `${what}, p95`,
        value: percentile(f.delivery, 0.95),
        unit: 'ms',
        better: 'lower' as const,
        baseline: { figure: baseFigure, value: baseValue },
      },
      // Missed deliveries are a failure: in the summary only when there are any.
      ...(f.missed > 0
        ? [
            {
              bench: 'stream',
              figure: `${what}, missed`,
              value: f.missed,
              unit: 'events',
              better: 'lower' as const,
            },
          ]
        : []),
    ];
  }),
);
