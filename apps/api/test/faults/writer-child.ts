// A process with the service's database handle (reads here, writes on the SQLite writer thread) that
// records one batch on the writer thread, says `holding` once the batch is written and its
// transaction still open, and waits to be killed (writer-thread-kill.test.ts).
import { readFileSync } from 'node:fs';
import type { RecordEventsCommand } from '../../src/engine/recorded-event.js';
import { openDatabase } from '../../src/platform/db/open-database.js';
import { recordAndHoldCommand } from './writer-hold-command.js';

const [filename, commandFile] = process.argv.slice(2);
if (!filename || !commandFile) throw new Error('usage: writer-child.ts <sqlite file> <command json>');
const command = JSON.parse(readFileSync(commandFile, 'utf8')) as RecordEventsCommand & { now: number };
const handle = openDatabase({ dialect: 'sqlite', filename });
const signals = new Int32Array(new SharedArrayBuffer(8));
void handle.writer.run(recordAndHoldCommand, { ...command, signals });
const poll = setInterval(() => {
  if (Atomics.load(signals, 0) !== 1) return;
  clearInterval(poll);
  process.stdout.write('holding\n');
}, 5);
