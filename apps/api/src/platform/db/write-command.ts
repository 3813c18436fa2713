import type { Db, DialectName } from './database.js';

/** Where a write command runs: the connection that may write, and its dialect. */
export interface WriteScope {
  db: Db;
  dialect: DialectName;
}

/**
 * A named write: its input and output are plain data (structured-clonable), so the same command runs
 * in-process (MySQL, `:memory:` SQLite) or on the SQLite writer thread, which finds it again by
 * `module` and `name` (platform/db/writer-thread.ts). The caller does not know which.
 */
export interface WriteCommand<Input, Output> {
  readonly kind: 'write-command';
  /** `import.meta.url` of the module that exports the command. */
  readonly module: string;
  /** Its export name in that module. */
  readonly name: string;
  run(scope: WriteScope, input: Input): Promise<Output>;
}

/**
 * Declares a write command; export it under `name` from the module whose `import.meta.url` is
 * `module`. `run` opens its own transaction(s) with `inTransaction(scope.db, …)`.
 */
export function writeCommand<Input, Output>(
  module: string,
  name: string,
  run: (scope: WriteScope, input: Input) => Promise<Output>,
): WriteCommand<Input, Output> {
  return { kind: 'write-command', module, name, run };
}

export function isWriteCommand(value: unknown): value is WriteCommand<unknown, unknown> {
  return (
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'write-command'
  );
}
