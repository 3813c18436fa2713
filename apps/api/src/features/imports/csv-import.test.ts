import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Services } from '../../platform/services/services.js';
import { servicesFor } from '../../platform/services/services-for.js';
import { seedCampaign } from '../../test-support/fixtures.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { createWorkspace } from '../workspaces/workspaces.repository.js';
import { type ImportProgress, importLeadsCsv } from './csv-import.js';

const dir = mkdtempSync(join(tmpdir(), 'leadstatus-csv-import-'));
let files = 0;
function csvFile(text: string): string {
  files += 1;
  const path = join(dir, `leads-${files}.csv`);
  writeFileSync(path, text);
  return path;
}

describeEachDatabase('importing a CSV file in-process', ({ database }) => {
  const services = (): Services => servicesFor(database.handle);
  const newWorkspace = async () =>
    (await createWorkspace(database.handle.writer, { name: 'Import', now: Date.now() })).workspace.id;
  const leadCount = async (workspaceId: string) =>
    (
      await database.handle.db
        .selectFrom('leads')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).length;

  it('counts a repeated e-mail by what it changes and reports invalid rows in line order', async () => {
    const workspaceId = await newWorkspace();
    const path = csvFile(
      [
        'email,plan',
        'a@x.co,1',
        'b@x.co,1',
        'nope,1',
        'a@x.co,1', // the same as line 2: unchanged
        'c@x.co,1,extra',
        'b@x.co,2', // changes line 3's lead: updated
        'd@x.co,1',
        '',
      ].join('\n'),
    );
    const progress: ImportProgress[] = [];
    const summary = await importLeadsCsv(services(), {
      path,
      workspaceId,
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toEqual({
      rows: 7,
      created: 3,
      updated: 1,
      unchanged: 1,
      enrolled: 0,
      blocked: 0,
      already_enrolled: 0,
      invalid: 2,
      invalid_rows: [
        { line: 4, errors: [{ path: 'email', message: 'Must be an e-mail address like ann@example.com' }] },
        { line: 6, errors: [expect.objectContaining({ path: '(row)' })] },
      ],
    });
    expect(await leadCount(workspaceId)).toBe(3);
    expect(progress[0]).toMatchObject({ bytesRead: 0, rows: 0 });
    const last = progress.at(-1);
    expect(last).toMatchObject({ bytesRead: last?.totalBytes, rows: 7 });
  });

  it('checks the campaign before writing anything', async () => {
    const workspaceId = await newWorkspace();
    const otherCampaign = await seedCampaign(database.seed, await newWorkspace());
    await expect(
      importLeadsCsv(services(), {
        path: csvFile('email\na@x.co\n'),
        workspaceId,
        campaignId: otherCampaign,
      }),
    ).rejects.toThrow(`No campaign ${otherCampaign} in workspace ${workspaceId}.`);
    expect(await leadCount(workspaceId)).toBe(0);
  });

  it('keeps the rows of chunks written before a malformed line, and says so', async () => {
    const workspaceId = await newWorkspace();
    const path = csvFile('email\na@x.co\nb@x.co\nc@x.co\n"d@x.co\n');
    await expect(importLeadsCsv(services(), { path, workspaceId, chunkSize: 2 })).rejects.toThrow(
      /^leads-\d+\.csv: Malformed CSV at line 5: a quoted field is never closed \(a quote is missing\)\. The first 2 rows were imported; importing the fixed file again is safe\.$/,
    );
    expect(await leadCount(workspaceId)).toBe(2);
  });
});
