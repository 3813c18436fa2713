import type { ApplyOptions } from '@leadstatus/core';
import type { Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database, Db, DialectName } from '../db/database.js';
import { inTransaction, type RetryOptions } from '../db/transaction.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

/** What the engine needs from the service: `Services` satisfies it. */
export interface EngineDeps {
  db: Db;
  dialect: DialectName;
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
 * Runs `work` in one transaction (retried on deadlocks, db/transaction.ts) with the engine's context:
 * the only place that reads the settings the rules depend on. They are read before the transaction
 * opens, so no lock is held while they load.
 */
export async function inEngineTransaction<T>(
  deps: EngineDeps,
  workspaceId: string,
  work: (ctx: EngineContext) => Promise<T>,
  retry: RetryOptions = {},
): Promise<T> {
  const now = deps.clock.now();
  const workspace = await findWorkspace(deps.db, workspaceId);
  const options: ApplyOptions = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };
  return inTransaction(
    deps.db,
    (trx) => work({ trx, dialect: deps.dialect, workspaceId, now, options }),
    retry,
  );
}
