import { expect, it } from 'vitest';
import { apiKeyMatches, keyIdOf } from '../../platform/auth/api-key-format.js';
import { findKeyForAuth, touchApiKeyCommand } from '../../platform/auth/api-keys.repository.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import {
  createApiKey,
  createWorkspace,
  findWorkspace,
  listApiKeys,
  revokeApiKey,
} from './workspaces.repository.js';

describeEachDatabase('workspaces repository', ({ database }) => {
  it('creates a workspace with default settings and a first key that authenticates', async () => {
    const { db, writer } = database.handle;
    const { workspace, apiKey } = await createWorkspace(writer, { name: 'Acme', now: 1_000 });
    expect(workspace.id).toMatch(/^ws_[0-9A-Z]{26}$/);
    expect(await findWorkspace(db, workspace.id)).toEqual({
      id: workspace.id,
      name: 'Acme',
      settings: { filter_machine_events: true, timezone: 'UTC' },
      createdAt: 1_000,
    });
    const keyId = keyIdOf(apiKey);
    expect(keyId).not.toBeNull();
    const row = await findKeyForAuth(db, keyId ?? '');
    expect(row?.workspace_id).toBe(workspace.id);
    expect(apiKeyMatches(apiKey, row?.key_hash ?? '')).toBe(true);
  });

  it('stores only a hash of the key, never the key', async () => {
    const { db, writer } = database.handle;
    const { apiKey, workspace } = await createWorkspace(writer, { name: 'Hashing', now: 1 });
    const rows = await db
      .selectFrom('api_keys')
      .selectAll()
      .where('workspace_id', '=', workspace.id)
      .execute();
    expect(rows).toHaveLength(1);
    const secret = apiKey.split('_')[2] ?? 'missing';
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('revokes a key only from its own workspace', async () => {
    const { db, writer } = database.handle;
    const a = await createWorkspace(writer, { name: 'A', now: 1 });
    const b = await createWorkspace(writer, { name: 'B', now: 1 });
    const { record } = await createApiKey(writer, { workspaceId: a.workspace.id, name: 'CI', now: 2 });
    expect(await revokeApiKey(writer, { workspaceId: b.workspace.id, keyId: record.id, now: 3 })).toBe(false);
    expect((await findKeyForAuth(db, record.id))?.revoked_at).toBeNull();
    expect(await revokeApiKey(writer, { workspaceId: a.workspace.id, keyId: record.id, now: 3 })).toBe(true);
    expect((await findKeyForAuth(db, record.id))?.revoked_at).toBe(3);
    expect(await revokeApiKey(writer, { workspaceId: a.workspace.id, keyId: record.id, now: 4 })).toBe(false);
  });

  it("lists a workspace's keys and none of another's", async () => {
    const { db, writer } = database.handle;
    const a = await createWorkspace(writer, { name: 'A', now: 1 });
    await createWorkspace(writer, { name: 'B', now: 1 });
    await createApiKey(writer, { workspaceId: a.workspace.id, name: 'Second', now: 2 });
    const keys = await listApiKeys(db, a.workspace.id);
    expect(keys.map((k) => k.name)).toEqual(['Default key', 'Second']);
    expect(keys.every((k) => k.workspaceId === a.workspace.id)).toBe(true);
  });

  it('records last use at most once a minute', async () => {
    const { db, writer } = database.handle;
    const { apiKey } = await createWorkspace(writer, { name: 'Touch', now: 1 });
    const keyId = keyIdOf(apiKey) ?? '';
    await writer.run(touchApiKeyCommand, { keyId, now: 100_000 });
    await writer.run(touchApiKeyCommand, { keyId, now: 130_000 });
    expect((await findKeyForAuth(db, keyId))?.last_used_at).toBe(100_000);
    await writer.run(touchApiKeyCommand, { keyId, now: 170_001 });
    expect((await findKeyForAuth(db, keyId))?.last_used_at).toBe(170_001);
  });
});
