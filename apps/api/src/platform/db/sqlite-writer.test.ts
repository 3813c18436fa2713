import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../migrations/migrate.js';
import { createRouter } from '../http/create-router.js';
import { handleError } from '../http/error-handler.js';
import { type DatabaseHandle, openDatabase } from './open-database.js';
import {
  createNotesCommand,
  dieCommand,
  echoCommand,
  failCommand,
  holdWriteCommand,
  NOTE_TABLE,
} from './test-support/writer-test-commands.js';

const opened: Array<{ handle: DatabaseHandle; folder: string }> = [];

function openFile(onWriterExit?: (reason: string) => void): DatabaseHandle {
  const folder = mkdtempSync(join(tmpdir(), 'leadstatus-writer-'));
  const handle = openDatabase(
    { dialect: 'sqlite', filename: join(folder, 'writer.db') },
    onWriterExit ? { onWriterExit } : {},
  );
  opened.push({ handle, folder });
  return handle;
}

afterEach(async () => {
  for (const { handle, folder } of opened.splice(0)) {
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

const notes = (handle: DatabaseHandle) =>
  sql<{ note: string }>`select note from ${sql.table(NOTE_TABLE)} order by id`
    .execute(handle.db)
    .then((r) => r.rows.map((row) => row.note));

/** Two shared flags: [0] the writer has inserted, [1] the test lets it commit. */
function signals(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

async function untilInserted(flags: Int32Array): Promise<void> {
  await expect.poll(() => Atomics.load(flags, 0)).toBe(1);
}

function release(flags: Int32Array): void {
  Atomics.store(flags, 1, 1);
  Atomics.notify(flags, 1);
}

describe('the SQLite writer thread', () => {
  it('runs commands on a thread of its own and answers with their result', async () => {
    const handle = openFile();
    const answer = await handle.writer.run(echoCommand, { value: { a: [1, 'two', null], at: new Date(5) } });
    expect(answer).toEqual({
      value: { a: [1, 'two', null], at: new Date(5) },
      dialect: 'sqlite',
      threadId: expect.any(Number),
    });
    expect(answer.threadId).not.toBe(threadId);
  });

  it('refuses every write on the reading connection', async () => {
    const handle = openFile();
    await migrateToLatest(handle);
    await expect(
      handle.db
        .insertInto('workspaces')
        .values({ id: 'ws_x', name: 'x', settings: '{}', is_demo: 0, created_at: 1, updated_at: 1 })
        .execute(),
    ).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
  });

  it("passes a command's error on with its name, message and fields", async () => {
    const handle = openFile();
    await expect(handle.writer.run(failCommand, { code: 'SQLITE_BUSY' })).rejects.toMatchObject({
      name: 'TypeError',
      message: 'it failed on purpose',
      code: 'SQLITE_BUSY',
      errno: 7,
    });
  });

  it('refuses an input that is not plain data, before it reaches the thread', async () => {
    const handle = openFile();
    await expect(handle.writer.run(echoCommand, { value: () => 1 })).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect((await handle.writer.run(echoCommand, { value: 1 })).value).toBe(1);
  });

  it('serves reads while a write transaction is open on the writer thread', async () => {
    const handle = openFile();
    await handle.writer.run(createNotesCommand, {});
    const flags = signals();
    const write = handle.writer.run(holdWriteCommand, { note: 'held', signals: flags });
    await untilInserted(flags);
    // The writer thread is blocked inside its transaction; this thread still reads, without its row.
    expect(await notes(handle)).toEqual([]);
    release(flags);
    await write;
    expect(await notes(handle)).toEqual(['held']);
  });

  it('answers 503 for the commands of a thread that died, and starts a new one for the next', async () => {
    const exits: string[] = [];
    const handle = openFile((reason) => exits.push(reason));
    await handle.writer.run(createNotesCommand, {});
    const flags = signals();
    const held = handle.writer.run(holdWriteCommand, { note: 'lost', signals: flags, dieHolding: true });
    await untilInserted(flags);
    release(flags);
    await expect(held).rejects.toMatchObject({ name: 'WriterUnavailableError', code: 'WRITER_UNAVAILABLE' });
    expect(exits).toEqual(['exit code 4']);
    // The transaction it held rolled back and released the write lock: a new thread writes at once.
    const again = signals();
    const next = handle.writer.run(holdWriteCommand, { note: 'kept', signals: again });
    await untilInserted(again);
    release(again);
    await next;
    expect(await notes(handle)).toEqual(['kept']);

    const app = createRouter();
    app.onError(handleError);
    app.get('/write', async () => {
      await handle.writer.run(dieCommand, {});
      return new Response('never');
    });
    const response = await app.request('/write');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('1');
    expect(await response.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
  });

  it('drains on close: a command in flight finishes and commits, later ones are refused', async () => {
    const handle = openFile();
    await handle.writer.run(createNotesCommand, {});
    const flags = signals();
    const write = handle.writer.run(holdWriteCommand, { note: 'drained', signals: flags });
    await untilInserted(flags);
    const closing = handle.writer.close();
    await expect(handle.writer.run(echoCommand, { value: 1 })).rejects.toMatchObject({
      code: 'WRITER_UNAVAILABLE',
    });
    release(flags);
    await Promise.all([write, closing]);
    expect(await notes(handle)).toEqual(['drained']);
  });
});
