import { inEngineTransaction } from '../../src/engine/context.js';
import { recordEventsIn } from '../../src/engine/record-events.js';
import type { RecordEventsCommand } from '../../src/engine/recorded-event.js';
import { writeCommand } from '../../src/platform/db/write-command.js';

/**
 * The door's own work, which then holds its transaction open until the process dies: so a test can
 * kill the process at a moment it knows, with a whole batch written but not committed on the writer
 * thread. [0] of `signals` turns 1 once the batch is written.
 */
export const recordAndHoldCommand = writeCommand(
  import.meta.url,
  'recordAndHoldCommand',
  (scope, input: RecordEventsCommand & { now: number; signals: Int32Array }) =>
    inEngineTransaction(scope, input, async (ctx) => {
      const outcomes = await recordEventsIn(ctx, input);
      Atomics.store(input.signals, 0, 1);
      Atomics.notify(input.signals, 0);
      Atomics.wait(input.signals, 1, 0);
      return outcomes;
    }),
);
