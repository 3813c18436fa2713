import { ulid } from 'ulid';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { enqueueChanges } from './outbox.js';
import { changeIdFloor, findSubscription, insertSubscription } from './subscriptions.repository.js';

describeEachDatabase('the webhook outbox', ({ database, dialect }) => {
  const t0 = Date.UTC(2030, 0, 1);
  const change = (workspaceId: string, at: number, label: string) => ({
    workspace_id: workspaceId,
    id: `chg_${ulid(at)}`,
    enrollment_id: `enr_${label}`,
    campaign_id: 'cmp_1',
    lead_id: `lead_${label}`,
    from_status: 'not_contacted',
    to_status: 'sent',
    reason: null,
    event_id: null,
    changed_at: at,
    created_at: at,
  });

  it('pages through a backlog without duplicates, picks up a late commit, and never reads other workspaces', async () => {
    const { db } = database.handle;
    const workspaceId = `ws_outbox_${dialect}`;
    const subscription = await insertSubscription(database.handle.writer, {
      workspaceId,
      url: 'https://hooks.partner.example/x',
      eventTypes: ['lead.status_changed'],
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      now: t0,
    });
    if (!subscription) throw new Error('no limit was given: the subscription is always made');
    const before = change(workspaceId, t0 - 1, 'before');
    const changes = [1, 2, 3, 4, 5].map((n) => change(workspaceId, t0 + n * 10, String(n)));
    const otherTenant = change('ws_someone_else', t0 + 15, 'other');
    await database.seed
      .insertInto('status_changes')
      .values([before, ...changes, otherTenant])
      .execute();

    const options = { lateCommitWindowMs: 60_000, pageSize: 2, maxPages: 1 };
    const pass = async (now: number) => {
      const current = await findSubscription(db, workspaceId, subscription.id);
      return enqueueChanges(database.handle, current ?? subscription, now, options);
    };
    expect(await pass(t0 + 100)).toBe(2);
    expect(await pass(t0 + 100)).toBe(2);
    // A transaction that made its id earlier commits now, inside the window.
    const late = change(workspaceId, t0 + 25, 'late');
    await database.seed.insertInto('status_changes').values(late).execute();
    // New changes are never held up by the re-read of the window, even when a pass cannot re-read it all
    // (here 2 ids a pass)...
    expect(await pass(t0 + 100)).toBe(1);
    // ...which slides forward with the horizon, and so reaches the late change while it is in the window.
    expect(await pass(t0 + 60_021)).toBe(0);
    expect(await pass(t0 + 60_021)).toBe(1);
    expect(await pass(t0 + 60_021)).toBe(0);

    const delivered = await db
      .selectFrom('webhook_deliveries')
      .select('change_id')
      .where('workspace_id', '=', workspaceId)
      .where('subscription_id', '=', subscription.id)
      .orderBy('change_id')
      .execute();
    expect(delivered.map((d) => d.change_id)).toEqual(
      [...changes.slice(0, 2), late, ...changes.slice(2)].map((c) => c.id),
    );

    // The cursor trails "now" by the window (60 s); once the window has passed, it reaches the last change.
    expect((await findSubscription(db, workspaceId, subscription.id))?.last_change_id).toBe(
      changeIdFloor(t0 + 21),
    );
    await pass(t0 + 120_000);
    await pass(t0 + 120_000);
    expect((await findSubscription(db, workspaceId, subscription.id))?.last_change_id).toBe(changes[4]?.id);
    expect(await pass(t0 + 120_000)).toBe(0);
  });
});
