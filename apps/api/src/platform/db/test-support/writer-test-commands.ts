import { threadId } from 'node:worker_threads';
import { sql } from 'kysely';
import { inTransaction } from '../transaction.js';
import { writeCommand } from '../write-command.js';

/** Commands that exercise the writer itself (platform/db/sqlite-writer.test.ts). */

export const echoCommand = writeCommand(
  import.meta.url,
  'echoCommand',
  async ({ dialect }, input: { value: unknown }) => ({ value: input.value, dialect, threadId }),
);

export const failCommand = writeCommand(
  import.meta.url,
  'failCommand',
  async (_scope, input: { code: string }) => {
    throw Object.assign(new TypeError('it failed on purpose'), {
      code: input.code,
      errno: 7,
      detail: { nested: 1 },
    });
  },
);

/** Ends the thread it runs on, as a crash would (on this thread, only the thread). */
export const dieCommand = writeCommand(import.meta.url, 'dieCommand', async () => {
  process.exit(3);
});

export const NOTE_TABLE = 'writer_test_notes';

export const createNotesCommand = writeCommand(import.meta.url, 'createNotesCommand', async ({ db }) => {
  await sql`create table if not exists ${sql.table(NOTE_TABLE)} (id integer primary key, note text not null)`.execute(
    db,
  );
});

/**
 * Inserts a note in a transaction, then holds the transaction open until the caller flips `release`
 * (a shared Int32Array: [0] = inserted, [1] = release), and commits, or dies holding it.
 */
export const holdWriteCommand = writeCommand(
  import.meta.url,
  'holdWriteCommand',
  async ({ db }, input: { note: string; signals: Int32Array; dieHolding?: boolean }) =>
    inTransaction(db, async (trx) => {
      await sql`insert into ${sql.table(NOTE_TABLE)} (note) values (${input.note})`.execute(trx);
      Atomics.store(input.signals, 0, 1);
      Atomics.notify(input.signals, 0);
      // Blocks this thread: only the writer waits, never the thread that serves reads.
      Atomics.wait(input.signals, 1, 0, 30_000);
      if (input.dieHolding) process.exit(4);
      return threadId;
    }),
);
