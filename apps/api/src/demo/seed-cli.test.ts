import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runNode } from '../../test/run-process.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-databases.js';

describe('leadstatus seed (the built CLI, SQLite)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite', {
      sqliteFile: join(mkdtempSync(join(tmpdir(), 'leadstatus-seed-')), 'demo.db'),
    });
  });
  afterAll(() => database?.drop());
  const cli = (...args: string[]) => runNode(CLI, args, { DATABASE_URL: database.url }, 60_000);

  it('seed --demo --json prints only {workspace_id, api_key, campaign_ids}, and the key works', async () => {
    const result = await cli('seed', '--demo', '--leads', '150', '--days', '10', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{.*\}\n$/);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(['workspace_id', 'api_key', 'campaign_ids']);
    expect(printed.campaign_ids).toHaveLength(5);

    const app = createTestApp(database.handle);
    const response = await app.request('/v1/workspace', { key: printed.api_key });
    expect(await readJson(response)).toMatchObject({ id: printed.workspace_id, name: 'Demo workspace' });
    const campaigns = await readJson(await app.request('/v1/campaigns', { key: printed.api_key }));
    expect(campaigns.data.map((c: { id: string }) => c.id).sort()).toEqual([...printed.campaign_ids].sort());
  });

  it('asks for --demo, and refuses a bad number, in one line with exit code 1', async () => {
    const bare = await cli('seed');
    expect(bare.code).toBe(1);
    expect(bare.stderr).toBe(
      'leadstatus: Say what to seed: `leadstatus seed --demo` (the only kind for now).\n',
    );
    const bad = await cli('seed', '--demo', '--leads', 'many');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('leadstatus: --leads must be a whole number from 20 to 100000.\n');
  });
});
