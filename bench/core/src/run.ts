// Throughput of @leadstatus/core on one core. Prints numbers; asserts nothing about timing.

import { parseArgs } from 'node:util';
import { reportFigures } from '@leadstatus/bench-support/results';
import {
  applyEvent,
  deriveStatus,
  type EnrollmentState,
  INITIAL_STATE,
  type LeadEvent,
} from '@leadstatus/core';
import { makeHistories, shuffled, withStringTimes } from './histories.js';
import { type Figure, measure } from './measure.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const ENROLLMENTS = 4_000;
const ROUNDS = values.quick ? 3 : 7;
const ROUND_MS = values.quick ? 150 : 300;

const histories = makeHistories(ENROLLMENTS);
const events = histories.reduce((sum, history) => sum + history.length, 0);
const stringTimed = withStringTimes(histories);
const unordered = shuffled(histories);

function statusCode(state: EnrollmentState): number {
  return state.status.length + state.counters.sent;
}

// The lower bound: read each event's type and time into a trivial switch, as any consumer must.
function baselinePass(): number {
  let acc = 0;
  for (const history of histories) {
    for (const event of history) {
      const time = typeof event.occurred_at === 'number' ? event.occurred_at : 0;
      switch (event.type) {
        case 'sent':
          acc += 1;
          break;
        case 'opened':
        case 'clicked':
          acc += 2;
          break;
        case 'replied':
          acc += 3;
          break;
        default:
          acc += 4;
      }
      acc = (acc + (time & 7)) | 0;
    }
  }
  return acc;
}

function applyPass(source: readonly LeadEvent[][]): () => number {
  return () => {
    let acc = 0;
    for (const history of source) {
      let state = INITIAL_STATE;
      for (const event of history) state = applyEvent(state, event);
      acc = (acc + statusCode(state)) | 0;
    }
    return acc;
  };
}

function derivePass(source: readonly LeadEvent[][]): () => number {
  return () => {
    let acc = 0;
    for (const history of source) acc = (acc + statusCode(deriveStatus(history))) | 0;
    return acc;
  };
}

const figures: Figure[] = [
  { name: 'baseline: read type + time, trivial switch', events, pass: baselinePass },
  { name: 'applyEvent, in order (epoch ms)', events, pass: applyPass(histories) },
  { name: 'applyEvent, in order (RFC 3339 strings)', events, pass: applyPass(stringTimed) },
  { name: 'deriveStatus, shuffled histories', events, pass: derivePass(unordered) },
  { name: 'deriveStatus, in-order histories', events, pass: derivePass(histories) },
];

// Every figure must agree on the outcome before its speed means anything.
if (
  derivePass(unordered)() !== applyPass(histories)() ||
  applyPass(stringTimed)() !== applyPass(histories)()
) {
  console.error('applyEvent and deriveStatus disagree on the benchmark histories');
  process.exit(1);
}

const { results, checksum } = measure(figures, ROUNDS, ROUND_MS);
const baseline = results[0]?.eventsPerSecond ?? Number.NaN;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = results.map((r) => [
  r.name,
  fmt(r.eventsPerSecond),
  `${fmt(r.minPerSecond)}–${fmt(r.maxPerSecond)}`,
  (1e9 / r.eventsPerSecond).toFixed(1),
  (r.eventsPerSecond / baseline).toFixed(3),
]);
const header = ['figure', 'events/s (median)', 'range over rounds', 'ns/event', 'ratio to baseline'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;

console.log(
  `@leadstatus/core throughput — Node ${process.version}, ${fmt(ENROLLMENTS)} enrollments, ` +
    `${fmt(events)} events (10–50 each), median of ${ROUNDS} rounds of ≥${ROUND_MS} ms, one core`,
);
console.log(line(header));
console.log(
  `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-|` : `${'-'.repeat(w + 1)}:|`)).join('')}`,
);
for (const row of rows) console.log(line(row));
const [base] = results;
reportFigures(
  results.map((r, i) => ({
    bench: 'core',
    figure: r.name,
    value: r.eventsPerSecond,
    unit: 'events/s',
    better: 'higher' as const,
    ...(i === 0 || !base
      ? { isBaseline: true }
      : { baseline: { figure: base.name, value: base.eventsPerSecond } }),
  })),
);
console.log(`(sink, only there so no pass is optimised away: ${checksum})`);
