import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteKysely } from './sqlite-connection.js';
import { toWireError } from './wire-error.js';
import { isWriteCommand, type WriteCommand } from './write-command.js';
import type { WriterReply, WriterRequest, WriterThreadData } from './writer-protocol.js';

/** The SQLite writer thread: the one connection of the process that writes, running named commands. */
const port = parentPort;
if (!port)
  throw new Error('writer-thread.ts runs as a worker thread (platform/db/sqlite-writer.ts starts it)');
const { filename } = workerData as WriterThreadData;
const db = openSqliteKysely(filename);

const commands = new Map<string, Promise<WriteCommand<unknown, unknown>>>();

/** A command's module is imported once; its export must be the command of that name. */
function commandOf(module: string, name: string): Promise<WriteCommand<unknown, unknown>> {
  const key = `${module}#${name}`;
  let command = commands.get(key);
  if (!command) {
    command = import(module).then((exports: Record<string, unknown>) => {
      const found = exports[name];
      if (!isWriteCommand(found) || found.name !== name) {
        throw new Error(`${module} exports no write command named ${name}`);
      }
      return found;
    });
    commands.set(key, command);
  }
  return command;
}

async function execute(request: Extract<WriterRequest, { type: 'run' }>): Promise<WriterReply> {
  try {
    const command = await commandOf(request.module, request.name);
    const value = await command.run({ db, dialect: 'sqlite' }, request.input);
    return { type: 'result', id: request.id, ok: true, value };
  } catch (error) {
    return { type: 'result', id: request.id, ok: false, error: toWireError(error) };
  }
}

port.on('message', (request: WriterRequest) => {
  if (request.type === 'run') {
    void execute(request).then((reply) => port.postMessage(reply));
    return;
  }
  // The caller sends `close` once nothing is in flight: the connection checkpoints and closes.
  void db.destroy().then(() => port.postMessage({ type: 'closed' } satisfies WriterReply));
});
port.postMessage({ type: 'ready' } satisfies WriterReply);
