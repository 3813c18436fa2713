import { afterEach, expect, it, vi } from 'vitest';
import { buildProgram } from '../../cli/program.js';
import { CliError } from '../../cli/support/with-database.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../test-support/fixtures.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { readCounters } from './counters.repository.js';

describeEachDatabase('leadstatus recount', ({ database }) => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const run = async (...args: string[]) => {
    vi.stubEnv('DATABASE_URL', database.url);
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    await buildProgram()
      .exitOverride()
      .parseAsync(['node', 'leadstatus', ...args]);
    return stderr;
  };

  it('rebuilds drifted counters of a workspace and reports what it corrected', async () => {
    const app = createTestApp(database.handle);
    const db = database.handle.db;
    const { apiKey: key, workspaceId } = await app.newWorkspace('cli recount');
    const campaignId = await seedCampaign(database.seed, workspaceId);
    await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail()]);
    await database.seed
      .updateTable('campaign_counters')
      .set({ value: 0 })
      .where('workspace_id', '=', workspaceId)
      .execute();

    const output = await run('recount', '--workspace', workspaceId);
    expect(output).toMatch(
      /Recounted 1 campaign\(s\), 2 enrollment\(s\) in 1 workspace\(s\); 2 counter\(s\) corrected\./,
    );
    const counters = (await readCounters(db, workspaceId, [campaignId])).get(campaignId);
    expect(counters?.get('enrolled')).toBe(2);
    expect(counters?.get('status:not_contacted')).toBe(2);

    expect(await run('recount', '--workspace', workspaceId)).toContain('0 counter(s) corrected');
  });

  it('refuses an unknown workspace', async () => {
    await expect(run('recount', '--workspace', 'ws_nope')).rejects.toThrow(CliError);
  });
});
