import type { WriteCommand } from './write-command.js';

/**
 * Runs write commands. Routes and jobs write only through it, so where a write runs (the SQLite writer
 * thread, or this thread on MySQL) is the database handle's business, not theirs.
 */
export interface Writer {
  run<Input, Output>(command: WriteCommand<Input, Output>, input: Input): Promise<Output>;
  /** Waits for the commands already started, then refuses new ones. */
  close(): Promise<void>;
}

/** Thrown by `run` after `close`, and for the commands a dead writer thread took down with it. */
export class WriterUnavailableError extends Error {
  override name = 'WriterUnavailableError';
  readonly code = 'WRITER_UNAVAILABLE';
}

/** Counts the commands in flight so that closing waits for them (a clean shutdown drains the writer). */
export class InFlight {
  private count = 0;
  private idle: Array<() => void> = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  drained(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }
}
