import { sql } from 'kysely';
import type { DbOrTrx, DialectName } from '../platform/db/database.js';
import { canonicalZone, UTC } from './time-zones.js';
import { parseSettings } from './workspace-settings.js';

/** Per transaction: the engine may apply several batches (opt-out fan-out) in one. */
const cache = new WeakMap<object, Map<string, Promise<string[]>>>();

/**
 * The zones whose rollups a workspace keeps: `UTC`, then its reporting zone (as stored in its
 * settings) unless that is UTC too. On MySQL the workspace row is read with a shared lock, so a
 * PATCH that moves the reporting zone (and rebuilds it, under an exclusive lock) waits for
 * transactions that counted in the old zone, and later ones count in the new zone.
 */
export function maintainedZones(trx: DbOrTrx, dialect: DialectName, workspaceId: string): Promise<string[]> {
  let perWorkspace = cache.get(trx);
  if (!perWorkspace) {
    perWorkspace = new Map();
    cache.set(trx, perWorkspace);
  }
  let zones = perWorkspace.get(workspaceId);
  if (!zones) {
    zones = readZones(trx, dialect, workspaceId);
    perWorkspace.set(workspaceId, zones);
  }
  return zones;
}

async function readZones(trx: DbOrTrx, dialect: DialectName, workspaceId: string): Promise<string[]> {
  let query = trx.selectFrom('workspaces').select('settings').where('id', '=', workspaceId);
  // `LOCK IN SHARE MODE` rather than `FOR SHARE`: MariaDB knows only the former.
  if (dialect === 'mysql') query = query.modifyEnd(sql`lock in share mode`);
  const row = await query.executeTakeFirst();
  const zone = row ? parseSettings(row.settings).timezone : UTC;
  return reportingZones(zone);
}

/** `UTC` and the reporting zone, once. */
export function reportingZones(zone: string): string[] {
  return canonicalZone(zone) === UTC ? [UTC] : [UTC, zone];
}
