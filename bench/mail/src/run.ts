// Inbound mail throughput: readMail, and POST /v1/inbound/messages of the real server, against parsing alone
// with the same parser in the same run. Prints numbers; asserts nothing about timing.

import { parseArgs } from 'node:util';
import { reportFigures } from '@leadstatus/bench-support/results';
import { int, table } from '@leadstatus/bench-support/stats';
import { readMail } from '@leadstatus/mail';
import { mailBenchCorpus } from './corpus.js';
import { parseOnly, readAndClassify } from './figures.js';
import { type Figure, measure } from './measure.js';
import { recordedFigure } from './recorded.js';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, dialect: { type: 'string', default: 'sqlite' } },
});
const dialect = values.dialect === 'mysql' ? 'mysql' : 'sqlite';
const ROUNDS = values.quick ? 3 : 7;
const ROUND_MS = values.quick ? 200 : 1_000;
const WARMUP_MS = values.quick ? 800 : 1_500;

const messages = mailBenchCorpus();
const bytes = messages.reduce((sum, message) => sum + message.byteLength, 0);

// Every message must read as a message before its speed means anything.
for (const message of messages) {
  const mail = await readMail(message, { now: Date.UTC(2026, 11, 1, 9), timeZone: 'Europe/Berlin' });
  if ('error' in mail) {
    console.error(`a corpus message did not read: ${mail.detail}`);
    process.exit(1);
  }
}

// The baseline comes first; then reading alone, then the whole path through the server.
const recorded = await recordedFigure(messages, dialect);
const figures: Figure[] = [parseOnly(messages), readAndClassify(messages), recorded.figure];

const { results, checksum } = await measure(figures, ROUNDS, ROUND_MS, WARMUP_MS).finally(() =>
  recorded.stop(),
);
if (recorded.failures() > 0) {
  console.error(`${recorded.failures()} posts of POST /v1/inbound/messages did not answer 202`);
  process.exitCode = 1;
}
const baseline = results[0]?.perSecond ?? Number.NaN;

const rows = results.map((r) => [
  r.name,
  int(r.perSecond),
  `${int(r.minPerSecond)}–${int(r.maxPerSecond)}`,
  (1e6 / r.perSecond).toFixed(1),
  (r.perSecond / baseline).toFixed(3),
]);
console.log(
  `@leadstatus/mail throughput — Node ${process.version}, ${messages.length} mixed corpus messages ` +
    `(${int(bytes / 1024)} KB a set), median of ${ROUNDS} alternating rounds of ≥${ROUND_MS} ms; the server process ` +
    'shares the 2 cores with this one',
);
console.log(
  table(['figure', 'messages/s (median)', 'range over rounds', 'µs/message', 'ratio to baseline'], rows),
);
const [base] = results;
reportFigures(
  results.map((r, i) => ({
    bench: 'mail',
    figure: r.name,
    value: r.perSecond,
    unit: 'messages/s',
    better: 'higher' as const,
    ...(i === 0 || !base ? { isBaseline: true } : { baseline: { figure: base.name, value: base.perSecond } }),
  })),
);
console.log(`(sink, only there so no pass is optimised away: ${checksum})`);
