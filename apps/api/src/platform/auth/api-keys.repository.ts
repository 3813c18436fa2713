import { compiledOnce } from '../db/compiled-once.js';
import type { DbOrTrx } from '../db/database.js';
import { writeCommand } from '../db/write-command.js';

/** The key row auth needs, by key id (a global look-up: the workspace is not known yet). */
const keyForAuth = compiledOnce((db, keyId: string) =>
  db
    .selectFrom('api_keys')
    .select(['id', 'workspace_id', 'key_hash', 'revoked_at', 'last_used_at'])
    .where('id', '=', keyId),
);

/** Every authenticated request runs this: compiled once. */
export async function findKeyForAuth(db: DbOrTrx, keyId: string) {
  return (await keyForAuth(db, keyId))[0];
}

/** Records use at most once a minute per key, so reads do not each turn into a write. */
export const touchApiKeyCommand = writeCommand(
  import.meta.url,
  'touchApiKeyCommand',
  async ({ db }, { keyId, now }: { keyId: string; now: number }): Promise<void> => {
    await db
      .updateTable('api_keys')
      .set({ last_used_at: now })
      .where('id', '=', keyId)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', now - 60_000)]))
      .execute();
  },
);
