import type { ApplyOptions } from '@leadstatus/core';
import type { Transaction } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { Database, DialectName } from '../platform/db/database.js';
import { inTransaction, type RetryOptions } from '../platform/db/transaction.js';
import type { WriteScope } from '../platform/db/write-command.js';
import type { Writer } from '../platform/db/writer.js';
import { findWorkspaceSettings } from './workspace-settings.repository.js';

/** What the engine's callers hand it: `Services` satisfies it. Its writes run through `writer`. */
export interface EngineDeps {
  writer: Writer;
  clock: Clock;
}

/** What the engine works in: one transaction of one workspace, at one moment. */
export interface EngineContext {
  trx: Transaction<Database>;
  dialect: DialectName;
  workspaceId: string;
  now: number;
  options: ApplyOptions;
}

/** Thrown when an enrollment changed under a transaction that held its row lock: a bug, never expected. */
export class LostUpdateError extends Error {
  override name = 'LostUpdateError';
}

/**
 * An event's enrollment is gone by the time its transaction locks it: the lead was erased between the
 * caller's look-up and the record. Nothing is written; the edge answers 404 (`code`), as for any id
 * that names nothing.
 */
export class EnrollmentGoneError extends Error {
  override name = 'EnrollmentGoneError';
  readonly code = 'ENROLLMENT_GONE';
}

/**
 * Runs `work` in one transaction (retried on deadlocks, platform/db/transaction.ts) with the engine's context,
 * inside a write command: the only place that reads the settings the rules depend on. They are read
 * before the transaction opens, so no lock is held while they load. `now` comes from the caller's
 * clock (a command's input), not from the thread the command runs on.
 */
export async function inEngineTransaction<T>(
  scope: WriteScope,
  at: { workspaceId: string; now: number },
  work: (ctx: EngineContext) => Promise<T>,
  retry: RetryOptions = {},
): Promise<T> {
  const { workspaceId, now } = at;
  const settings = await findWorkspaceSettings(scope.db, workspaceId);
  const options: ApplyOptions = { filterMachineEvents: settings?.filter_machine_events ?? true };
  return inTransaction(
    scope.db,
    (trx) => work({ trx, dialect: scope.dialect, workspaceId, now, options }),
    retry,
  );
}
