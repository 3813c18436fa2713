import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../src/features/workspaces/workspaces.repository.js';
import { newId } from '../src/platform/ids.js';
import { seedCampaign } from '../src/test-support/fixtures.js';
import { describeEachDatabase } from '../src/test-support/test-databases.js';
import { CLI, runNode } from './run-process.js';

const dir = mkdtempSync(join(tmpdir(), 'leadstatus-import-'));
function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const EMAIL_PROBLEM = { path: 'email', message: 'Must be an e-mail address like ann@example.com' };

/** A spreadsheet export: BOM, CRLF, quoted commas, quotes and line breaks, extra columns, a repeat, bad e-mails. */
const REALISTIC = [
  '\uFEFFEmail Address,First Name,Last_Name,Company,Lead Source,Notes',
  'Ann.Lee@Example.COM,Ann,Lee,"Example, Ltd",webinar,"Asked about ""Pro"" pricing"',
  'bob@example.org,Bob,Stone,Stone & Co,referral,"Call back after',
  'the holidays"',
  'not-an-email,Cy,,,,',
  'dana@example.net, Dana ,,"Quotes ""R"" Us",,',
  '',
  'ANN.LEE@example.com,Ann,Lee,"Example, Ltd",webinar,"Asked about ""Pro"" pricing"',
  'dana@example.net, Dana ,,"Quotes ""R"" Us",,',
  'eve@@example.com,Eve,,,,',
  ',Nobody,,,,',
  "frank@example.com,Frank,O'Neil,,trade show,",
  '',
].join('\r\n');

describeEachDatabase('leadstatus import', ({ database }) => {
  const cli = (...args: string[]) => runNode(CLI, args, { DATABASE_URL: database.url }, 60_000);
  const newWorkspace = async (name = 'Import') =>
    (await createWorkspace(database.handle.writer, { name, now: Date.now() })).workspace.id;
  const leadsOf = async (workspaceId: string) => {
    const rows = await database.handle.db
      .selectFrom('leads')
      .select(['email', 'first_name', 'last_name', 'company', 'custom_fields'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('email_normalized')
      .execute();
    return rows.map((row) => ({ ...row, custom_fields: JSON.parse(row.custom_fields) }));
  };
  const enrollmentsOf = (campaignId: string) =>
    database.handle.db
      .selectFrom('enrollments')
      .select(['lead_email', 'status', 'status_reason'])
      .where('campaign_id', '=', campaignId)
      .orderBy('lead_email')
      .execute();
  const json = (stdout: string) => {
    expect(stdout).toMatch(/^\{.*\}\n$/);
    return JSON.parse(stdout);
  };

  it('imports a spreadsheet export: the exact JSON summary and the stored leads', async () => {
    const workspaceId = await newWorkspace();
    const result = await cli(
      'import',
      csvFile('realistic.csv', REALISTIC),
      '--workspace',
      workspaceId,
      '--json',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(json(result.stdout)).toEqual({
      rows: 9,
      created: 4,
      // Line 8 repeats line 2 in other letter case: the stored address takes the later form.
      updated: 1,
      // Line 9 repeats line 6 exactly.
      unchanged: 1,
      enrolled: 0,
      blocked: 0,
      already_enrolled: 0,
      invalid: 3,
      invalid_rows: [
        { line: 5, errors: [EMAIL_PROBLEM] },
        { line: 10, errors: [EMAIL_PROBLEM] },
        { line: 11, errors: [EMAIL_PROBLEM] },
      ],
    });
    expect(await leadsOf(workspaceId)).toEqual([
      {
        email: 'ANN.LEE@example.com',
        first_name: 'Ann',
        last_name: 'Lee',
        company: 'Example, Ltd',
        custom_fields: { 'Lead Source': 'webinar', Notes: 'Asked about "Pro" pricing' },
      },
      {
        email: 'bob@example.org',
        first_name: 'Bob',
        last_name: 'Stone',
        company: 'Stone & Co',
        custom_fields: { 'Lead Source': 'referral', Notes: 'Call back after\r\nthe holidays' },
      },
      {
        email: 'dana@example.net',
        first_name: 'Dana',
        last_name: null,
        company: 'Quotes "R" Us',
        custom_fields: {},
      },
      {
        email: 'frank@example.com',
        first_name: 'Frank',
        last_name: "O'Neil",
        company: null,
        custom_fields: { 'Lead Source': 'trade show' },
      },
    ]);
  });

  it('prints a human summary on stderr, nothing on stdout, and no progress bar off a terminal', async () => {
    const workspaceId = await newWorkspace();
    const result = await cli('import', csvFile('human.csv', REALISTIC), '--workspace', workspaceId);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Imported .*human\.csv in \d+\.\d s\.\n/);
    expect(result.stderr).toContain(
      '  rows read  9\n  created    4\n  updated    1\n  unchanged  1\n  invalid    3\n',
    );
    expect(result.stderr).toContain('  line 5: email: Must be an e-mail address like ann@example.com\n');
    expect(result.stderr).not.toContain('Importing');
    expect(result.stderr).not.toContain('\u001b');
  });

  it('enrolls in a campaign, blocking DNC-listed domains, and a second run changes nothing', async () => {
    const workspaceId = await newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    await database.seed
      .insertInto('dnc_entries')
      .values({
        workspace_id: workspaceId,
        id: newId('dnc'),
        kind: 'domain',
        value: 'blocked.example',
        source: 'manual',
        created_at: Date.now(),
      })
      .execute();
    const file = csvFile(
      'campaign.csv',
      'email,first name\nann@ok.example,Ann\nbob@Blocked.example,Bob\nbad,Bad\ncy@ok.example,Cy\n',
    );
    const first = await cli('import', file, '--workspace', workspaceId, '--campaign', campaignId, '--json');
    expect(first.code).toBe(0);
    expect(json(first.stdout)).toEqual({
      rows: 4,
      created: 3,
      updated: 0,
      unchanged: 0,
      enrolled: 2,
      blocked: 1,
      already_enrolled: 0,
      invalid: 1,
      invalid_rows: [{ line: 4, errors: [EMAIL_PROBLEM] }],
    });
    expect(await enrollmentsOf(campaignId)).toEqual([
      { lead_email: 'ann@ok.example', status: 'not_contacted', status_reason: null },
      { lead_email: 'bob@blocked.example', status: 'bounced', status_reason: 'dnc_rule' },
      { lead_email: 'cy@ok.example', status: 'not_contacted', status_reason: null },
    ]);

    const again = await cli('import', file, '--workspace', workspaceId, '--campaign', campaignId, '--json');
    expect(again.code).toBe(0);
    expect(json(again.stdout)).toMatchObject({
      rows: 4,
      created: 0,
      updated: 0,
      unchanged: 3,
      enrolled: 0,
      blocked: 0,
      already_enrolled: 3,
      invalid: 1,
    });
    expect(await enrollmentsOf(campaignId)).toHaveLength(3);
  });

  it('imports 5,000 generated rows in chunks, reporting the invalid ones by line', async () => {
    const workspaceId = await newWorkspace();
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i % 1250 === 7 ? `broken-${i},Name ${i},Co ${i % 17}` : `lead${i}@bulk.example,Name ${i},Co ${i % 17}`,
    );
    const file = csvFile('bulk.csv', `email,first_name,company\n${rows.join('\n')}\n`);
    const result = await cli('import', file, '--workspace', workspaceId, '--json');
    expect(result.code).toBe(0);
    const summary = json(result.stdout);
    expect(summary).toMatchObject({ rows: 5000, created: 4996, updated: 0, unchanged: 0, invalid: 4 });
    // Row i is on line i + 2 (the header is line 1).
    expect(summary.invalid_rows.map((r: { line: number }) => r.line)).toEqual([9, 1259, 2509, 3759]);
    expect(await leadsOf(workspaceId)).toHaveLength(4996);
  });

  describe('errors that stop the import: one line, exit code 1, nothing imported', () => {
    let workspaceId: string;
    let otherCampaignId: string;
    beforeAll(async () => {
      workspaceId = await newWorkspace();
      otherCampaignId = await seedCampaign(database.seed, await newWorkspace('Other'));
    });

    const fails = async (args: string[], message: string) => {
      const result = await cli('import', ...args);
      expect(result.stderr).toBe(`leadstatus: ${message}\n`);
      expect(result.stdout).toBe('');
      expect(result.code).toBe(1);
      expect(await leadsOf(workspaceId)).toEqual([]);
    };
    const good = () => csvFile('good.csv', 'email\nann@example.com\n');

    it('a missing file', async () => {
      const missing = join(dir, 'missing.csv');
      await fails([missing, '--workspace', workspaceId], `Cannot read ${missing}: no such file.`);
    });

    it('an unknown workspace', async () => {
      await fails([good(), '--workspace', 'ws_nope'], 'No workspace ws_nope.');
    });

    it('an unknown campaign, and another workspace’s campaign', async () => {
      await fails(
        [good(), '--workspace', workspaceId, '--campaign', 'cmp_nope'],
        `No campaign cmp_nope in workspace ${workspaceId}.`,
      );
      await fails(
        [good(), '--workspace', workspaceId, '--campaign', otherCampaignId],
        `No campaign ${otherCampaignId} in workspace ${workspaceId}.`,
      );
    });

    it('malformed CSV, at its line', async () => {
      const file = csvFile(
        'malformed.csv',
        'email,notes\r\nann@example.com,ok\r\nbob@example.com,"never closed\r\n',
      );
      await fails(
        [file, '--workspace', workspaceId],
        'malformed.csv: Malformed CSV at line 3: a quoted field is never closed (a quote is missing). Nothing was imported.',
      );
    });

    it('no email column', async () => {
      const file = csvFile('no-email.csv', 'Name,Company\nAnn,Acme\n');
      await fails(
        [file, '--workspace', workspaceId],
        'no-email.csv: No email column: the header row has "Name", "Company". ' +
          'Name the e-mail column one of "email", "e-mail", "email address", "mail".',
      );
    });

    it('more custom columns than a lead can hold', async () => {
      const header = ['email', ...Array.from({ length: 51 }, (_, i) => `c${i}`)].join(',');
      const file = csvFile('wide.csv', `${header}\nann@example.com\n`);
      await fails(
        [file, '--workspace', workspaceId],
        'wide.csv: The file has 51 columns for custom fields; a lead has at most 50. Remove the columns you do not need.',
      );
    });

    it('an empty file', async () => {
      await fails(
        [csvFile('empty.csv', ''), '--workspace', workspaceId],
        'empty.csv is empty: the first row must name the columns.',
      );
    });
  });
});
