import { expect, it } from 'vitest';
import { enrollEmails, seedCampaign, uniqueEmail } from '../test-support/fixtures.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { consistencyProblems } from './derived-state-check.js';

describeEachDatabase('the consistency check of the fault and load tests', ({ database }) => {
  /** A lead in two campaigns, sent to in both, then unsubscribed through the first (so everywhere). */
  async function optedOutLead() {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const first = await seedCampaign(database.seed, workspaceId, { name: 'First' });
    const second = await seedCampaign(database.seed, workspaceId, { name: 'Second' });
    const email = uniqueEmail('check');
    const [a] = await enrollEmails(app, key, first, [email]);
    const [b] = await enrollEmails(app, key, second, [email]);
    const event = (type: string, campaignId: string, at: string) =>
      app.request('/v1/events', {
        method: 'POST',
        key,
        json: { type, campaign_id: campaignId, lead_id: a?.leadId, occurred_at: at },
      });
    await event('sent', first, '2026-11-01T10:00:00Z');
    await event('sent', second, '2026-11-01T11:00:00Z');
    await event('unsubscribed', first, '2026-11-02T10:00:00Z');
    const db = database.seed;
    return { db, workspaceId, email, first: a?.enrollmentId as string, second: b?.enrollmentId as string };
  }

  it('finds nothing wrong with what the service wrote', async () => {
    const { db, workspaceId } = await optedOutLead();
    expect(await consistencyProblems(db, workspaceId)).toEqual([]);
  });

  it('sees a status_changed_at or last_event_at that derivation does not give', async () => {
    const { db, workspaceId, second } = await optedOutLead();
    await db.updateTable('enrollments').set({ status_changed_at: 1 }).where('id', '=', second).execute();
    expect(await consistencyProblems(db, workspaceId)).toEqual([expect.stringContaining(second)]);
    await db
      .updateTable('enrollments')
      .set({ status_changed_at: Date.parse('2026-11-02T10:00:00Z') })
      .where('id', '=', second)
      .execute();
    expect(await consistencyProblems(db, workspaceId)).toEqual([]);
    await db.updateTable('enrollments').set({ last_event_at: 2 }).where('id', '=', second).execute();
    expect(await consistencyProblems(db, workspaceId)).toEqual([expect.stringContaining(second)]);
  });

  it('sees an opted-out lead with an enrollment the opt-out did not reach, events and state agreeing', async () => {
    const { db, workspaceId, second } = await optedOutLead();
    // The fan-out lost: its event and the state it gave are gone, so the enrollment is consistent alone.
    await db
      .deleteFrom('events')
      .where('enrollment_id', '=', second)
      .where('type', '=', 'unsubscribed')
      .execute();
    await db
      .updateTable('enrollments')
      .set({
        status: 'sent',
        status_reason: null,
        base_status: 'sent',
        base_reason: null,
        last_event_at: Date.parse('2026-11-01T11:00:00Z'),
        status_changed_at: Date.parse('2026-11-01T11:00:00Z'),
      })
      .where('id', '=', second)
      .execute();
    expect(await consistencyProblems(db, workspaceId)).toEqual([
      expect.stringMatching(new RegExp(`opted out, but enrollment ${second} is sent`)),
    ]);
  });

  it('sees an opted-out lead whose e-mail is not on the DNC list', async () => {
    const { db, workspaceId, email } = await optedOutLead();
    await db.deleteFrom('dnc_entries').where('workspace_id', '=', workspaceId).execute();
    expect(await consistencyProblems(db, workspaceId)).toEqual([
      expect.stringContaining(`${email} is not on the DNC list`),
    ]);
  });
});
