import type { ApplyOptions } from '@leadstatus/core';
import type { Transaction } from 'kysely';
import type { Database, DialectName } from '../db/database.js';

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
