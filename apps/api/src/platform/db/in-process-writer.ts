import type { Db, DialectName } from './database.js';
import type { WriteCommand } from './write-command.js';
import { InFlight, type Writer, WriterUnavailableError } from './writer.js';

/** Runs each command on this thread, on `db` (MySQL keeps its pool; SQLite `:memory:` has one connection). */
export function inProcessWriter(db: Db, dialect: DialectName): Writer {
  const inFlight = new InFlight();
  let closed = false;
  return {
    run<Input, Output>(command: WriteCommand<Input, Output>, input: Input): Promise<Output> {
      if (closed) return Promise.reject(new WriterUnavailableError('The writer is closed.'));
      return inFlight.track(() => command.run({ db, dialect }, input));
    },
    async close() {
      closed = true;
      await inFlight.drained();
    },
  };
}
