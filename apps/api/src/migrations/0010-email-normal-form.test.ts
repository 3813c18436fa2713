import { expect, it } from 'vitest';
import { seedCampaign, seedEnrollments } from '../features/lists/test-support/seed.js';
import { newId } from '../platform/ids.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { emailNormalFormMigration } from './0010-email-normal-form.js';

/**
 * Rows stored when e-mails were only trimmed and lower-cased: the migration rewrites the keys that
 * differ from today's normal form, so they keep matching look-ups and DNC entries made today.
 */
describeEachDatabase('migration 0010: stored e-mails in the normal form', ({ database, dialect }) => {
  it('rewrites legacy lead keys and DNC values, keeps collisions and non-addresses apart', async () => {
    // The legacy rows go in around the product, and the migration runs, on the writable connection.
    const db = database.seed;
    const app = createTestApp(database.handle);
    const { workspaceId, apiKey } = await app.newWorkspace();
    const campaignId = await seedCampaign(db, workspaceId);
    const emails = [
      'Ann@Bücher.example',
      'bob@dnc.example.',
      'cy@twice.example.',
      'cy@twice.example',
      'zero\u200bwidth@x.example',
      'dan@plain.example',
    ];
    const seeded = await seedEnrollments(
      db,
      workspaceId,
      campaignId,
      emails.map((leadEmail) => ({ leadEmail })),
    );
    const dnc = [
      ['email', 'optout@bücher.example'],
      ['domain', 'müller.example'],
      ['email', 'e@twice.example.'],
      ['email', 'e@twice.example'],
    ] as const;
    await db
      .insertInto('dnc_entries')
      .values(
        dnc.map(([kind, value]) => ({
          workspace_id: workspaceId,
          id: newId('dnc'),
          kind,
          value,
          source: 'manual',
          created_at: 1,
        })),
      )
      .execute();

    await emailNormalFormMigration(dialect).up(db);

    const leads = await db
      .selectFrom('leads')
      .select(['id', 'email', 'email_normalized', 'email_domain'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const byId = new Map(leads.map((l) => [l.id, l]));
    const keys = seeded.map((s) => byId.get(s.leadId)?.email_normalized);
    expect(keys).toEqual([
      'ann@xn--bcher-kva.example',
      'bob@dnc.example',
      'cy@twice.example.', // its normal form belongs to another lead: kept apart
      'cy@twice.example',
      'zero\u200bwidth@x.example', // no address today: never matches one, left as it was
      'dan@plain.example',
    ]);
    expect(byId.get(seeded[0]?.leadId as string)).toMatchObject({
      email: 'Ann@Bücher.example',
      email_domain: 'xn--bcher-kva.example',
    });
    const enrollment = await db
      .selectFrom('enrollments')
      .select('lead_email')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', seeded[0]?.enrollmentId as string)
      .executeTakeFirstOrThrow();
    expect(enrollment.lead_email).toBe('ann@xn--bcher-kva.example');

    const entries = await db
      .selectFrom('dnc_entries')
      .select(['kind', 'value'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('value')
      .execute();
    expect(entries).toEqual([
      { kind: 'email', value: 'e@twice.example' },
      { kind: 'email', value: 'optout@xn--bcher-kva.example' },
      { kind: 'domain', value: 'xn--mller-kva.example' },
    ]);

    // The legacy lead is found by its address again, as it was given.
    const event = await app.request('/v1/events', {
      method: 'POST',
      key: apiKey,
      json: { type: 'replied', campaign_id: campaignId, email: 'ann@bücher.example' },
    });
    expect(event.status).toBe(202);
    expect((await readJson(event)).enrollment.id).toBe(seeded[0]?.enrollmentId);

    // Running it again changes nothing.
    await emailNormalFormMigration(dialect).up(db);
    expect(
      await db.selectFrom('dnc_entries').select('value').where('workspace_id', '=', workspaceId).execute(),
    ).toHaveLength(3);
  });
});
