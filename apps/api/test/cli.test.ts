import { expect, it } from 'vitest';
import { readJson } from '../src/test-support/read-json.js';
import { createTestApp } from '../src/test-support/test-app.js';
import { describeEachDatabase } from '../src/test-support/test-databases.js';
import { CLI, runNode } from './run-process.js';

describeEachDatabase('the leadstatus CLI', ({ database }) => {
  const cli = (...args: string[]) => runNode(CLI, args, { DATABASE_URL: database.url });

  it('workspace create --json prints exactly {workspace_id, api_key} and the key works', async () => {
    const result = await cli('workspace', 'create', '--name', 'Acme Outreach', '--json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{.*\}\n$/);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(['workspace_id', 'api_key']);
    expect(printed.workspace_id).toMatch(/^ws_/);
    expect(printed.api_key).toMatch(/^lsk_/);

    const response = await createTestApp(database.handle).request('/v1/workspace', {
      key: printed.api_key,
    });
    expect(await readJson(response)).toMatchObject({ id: printed.workspace_id, name: 'Acme Outreach' });
  });

  it('key create, key list and key revoke manage keys; a revoked key answers 401', async () => {
    const { workspace_id: workspaceId } = JSON.parse(
      (await cli('workspace', 'create', '--name', 'Keys', '--json')).stdout,
    );
    const created = await cli('key', 'create', '--workspace', workspaceId, '--name', 'CI', '--json');
    expect(created.code).toBe(0);
    const { key_id: keyId, api_key: apiKey } = JSON.parse(created.stdout);

    const listed = JSON.parse((await cli('key', 'list', '--workspace', workspaceId, '--json')).stdout);
    expect(listed.map((k: { name: string }) => k.name)).toEqual(['Default key', 'CI']);
    expect(JSON.stringify(listed)).not.toContain(apiKey.split('_')[2]);

    const app = createTestApp(database.handle);
    expect((await app.request('/v1/workspace', { key: apiKey })).status).toBe(200);
    const revoked = await cli('key', 'revoke', keyId, '--workspace', workspaceId);
    expect(revoked.code).toBe(0);
    expect((await app.request('/v1/workspace', { key: apiKey })).status).toBe(401);
  });

  it('explains mistakes in one line with a non-zero exit', async () => {
    const revokeUnknown = await cli('key', 'revoke', 'key_nope', '--workspace', 'ws_nope');
    expect(revokeUnknown.code).toBe(1);
    expect(revokeUnknown.stderr.trim()).toBe('leadstatus: No active key key_nope in workspace ws_nope.');
    const missingName = await cli('workspace', 'create');
    expect(missingName.code).not.toBe(0);
    expect(missingName.stderr).toContain("required option '--name <name>' not specified");
    expect(missingName.stdout).toBe('');
  });

  it('migrate reports an up-to-date schema', async () => {
    const result = await cli('migrate');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('The schema is already up to date.\n');
  });
});
