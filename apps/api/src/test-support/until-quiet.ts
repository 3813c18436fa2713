import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Resolves once `progress()` has not moved and `busy()` has been false for `turns` turns of the event
 * loop in a row (each turn runs the I/O callbacks that are ready). It shows "nothing more happens" by
 * waiting on the event loop, not on the clock: a loaded machine makes it slower, never wrong.
 */
export async function untilQuiet(
  progress: () => number,
  busy: () => boolean = () => false,
  turns = 50,
): Promise<void> {
  let last = progress();
  let quiet = 0;
  for (let turn = 0; quiet < turns; turn++) {
    if (turn > 1_000_000) throw new Error('untilQuiet: still moving after a million turns of the event loop');
    await nextTurn();
    const now = progress();
    if (now !== last || busy()) {
      last = now;
      quiet = 0;
    } else {
      quiet += 1;
    }
  }
}

/**
 * `db` that counts the compiled queries it is running (`executeQuery`, which raw readers such as the
 * export's use): a query in flight on MariaDB is progress still to come, which `untilQuiet` must wait for.
 */
export function countingQueriesInFlight<T extends { executeQuery: (...args: never[]) => Promise<unknown> }>(
  db: T,
): { db: T; inFlight: () => number } {
  let running = 0;
  const tracked = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'executeQuery') {
        return async (...args: never[]) => {
          running += 1;
          try {
            return await target.executeQuery(...args);
          } finally {
            running -= 1;
          }
        };
      }
      // Kysely keeps its state in private fields: its methods must run on the real instance.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: tracked, inFlight: () => running };
}
