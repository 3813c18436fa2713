import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DncInputSchema } from '../../src/features/dnc/schemas.js';
import { importLeadsCsv } from '../../src/features/imports/csv-import.js';
import { MAX_RECORD_CHARACTERS } from '../../src/features/imports/csv-records.js';
import { EmailSchema } from '../../src/platform/email/email.js';
import { servicesFor } from '../../src/platform/services/services-for.js';
import { seedCampaign } from '../../src/test-support/fixtures.js';
import { readJson } from '../../src/test-support/read-json.js';
import { createTestApp } from '../../src/test-support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-databases.js';

/**
 * Issue 12, item 1: an e-mail of a few tens of kilobytes held the whole process for seconds (the
 * pattern backtracked quadratically, and ran even after the length check had failed). Every input
 * here is 1 MiB: linear checking answers in milliseconds, quadratic would take about half an hour,
 * so the per-test limit below is a safety net that no machine's speed comes near, not a timing.
 */
const MiB = 1 << 20;
const LIMIT_MS = 60_000;
const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['the issue’s dots between two @', `a@${'.'.repeat(MiB)}@`],
  ['no @ at all', 'a'.repeat(MiB)],
  ['dotted labels after one @', `a@${'a.'.repeat(MiB / 2)}`],
  ['an @ then spaces', `a@${' '.repeat(MiB)}x`],
];

describe('1 MiB e-mails straight into the schemas', () => {
  it.each(HOSTILE)(
    'EmailSchema refuses %s',
    (_, email) => {
      const result = EmailSchema.safeParse(email);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
    },
    LIMIT_MS,
  );

  it.each(HOSTILE)(
    'DncInputSchema refuses %s',
    (_, value) => {
      expect(DncInputSchema.safeParse({ value }).success).toBe(false);
      expect(DncInputSchema.safeParse({ value: `@${value}` }).success).toBe(false);
    },
    LIMIT_MS,
  );
});

// Validation answers before storage is touched: one dialect is enough here.
describe('1 MiB e-mails through every route that takes one', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createTestApp>;
  let key: string;
  let workspaceId: string;
  let campaignId: string;
  let leadId: string;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    // A body limit above the inputs, so each one reaches validation.
    app = createTestApp(database.handle, { bodyLimitBytes: 8 * MiB });
    ({ apiKey: key, workspaceId } = await app.newWorkspace());
    campaignId = await seedCampaign(database.seed, workspaceId);
    const created = await app.request('/v1/leads', {
      method: 'POST',
      key,
      json: { email: 'ann@example.com' },
    });
    leadId = (await readJson(created)).id;
  });
  afterAll(async () => {
    await database.drop();
  });

  const post = (path: string, json: unknown, method = 'POST') => app.request(path, { method, key, json });
  const expect400 = async (response: Response, path: string) => {
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(response)).errors).toEqual([{ path, message: expect.any(String) }]);
  };

  describe.each(HOSTILE)('%s', (_, email) => {
    it(
      'POST /v1/leads',
      async () => {
        await expect400(await post('/v1/leads', { email }), 'body.email');
      },
      LIMIT_MS,
    );

    it(
      'PATCH /v1/leads/{id}',
      async () => {
        await expect400(await post(`/v1/leads/${leadId}`, { email }, 'PATCH'), 'body.email');
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/leads/batch',
      async () => {
        const response = await post('/v1/leads/batch', { leads: [{ email }] });
        expect(response.status).toBe(200);
        expect((await readJson(response)).data).toEqual([
          { index: 0, status: 'invalid', errors: [{ path: 'email', message: expect.any(String) }] },
        ]);
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/dnc',
      async () => {
        await expect400(await post('/v1/dnc', { value: email }), 'body.value');
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/campaigns/{id}/leads by emails',
      async () => {
        await expect400(
          await post(`/v1/campaigns/${campaignId}/leads`, { emails: [email] }),
          'body.emails.0',
        );
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/events by email',
      async () => {
        await expect400(
          await post('/v1/events', { type: 'opened', campaign_id: campaignId, email }),
          'body.email',
        );
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/events/batch by email',
      async () => {
        const response = await post('/v1/events/batch', {
          events: [{ type: 'opened', campaign_id: campaignId, email }],
        });
        expect(response.status).toBe(200);
        expect((await readJson(response)).data).toEqual([
          { index: 0, result: 'invalid', errors: [{ path: 'email', message: expect.any(String) }] },
        ]);
      },
      LIMIT_MS,
    );

    it(
      'POST /v1/messages: email and unsubscribe_mailto',
      async () => {
        await expect400(
          await post('/v1/messages', { campaign_id: campaignId, email, step: 1 }),
          'body.email',
        );
        await expect400(
          await post('/v1/messages', {
            campaign_id: campaignId,
            lead_id: leadId,
            step: 1,
            unsubscribe_mailto: email,
          }),
          'body.unsubscribe_mailto',
        );
      },
      LIMIT_MS,
    );

    it(
      'a CSV import row (as long as a row may be)',
      async () => {
        const cell = email.slice(0, MAX_RECORD_CHARACTERS - 10).replaceAll(' ', 'x');
        const path = join(mkdtempSync(join(tmpdir(), 'leadstatus-long-email-')), 'leads.csv');
        writeFileSync(path, `email\n"${cell}"\nbob@example.com\n`);
        const summary = await importLeadsCsv(servicesFor(database.handle, { bodyLimitBytes: MiB }), {
          path,
          workspaceId,
        });
        expect(summary).toMatchObject({ rows: 2, invalid: 1, invalid_rows: [{ line: 2 }] });
      },
      LIMIT_MS,
    );
  });
});
