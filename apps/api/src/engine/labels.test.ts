import { expect, it } from 'vitest';
import { readCounters } from '../features/analytics/counters.repository.js';
import { eraseLead } from '../features/leads/erase-lead.js';
import { inTransaction } from '../platform/db/transaction.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../test-support/fixtures.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { changeLabelsIn, type LabelChange } from './labels.js';
import { recountCounters } from './recount.js';

describeEachDatabase('outcome labels in the engine', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { workspaceId, apiKey } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const [ann, bo] = await enrollEmails(app, apiKey, campaignId, [uniqueEmail(), uniqueEmail()]);
    if (!ann || !bo) throw new Error('enrollment failed');
    const change = (changes: LabelChange[], now = Date.now()) =>
      inTransaction(database.seed, (trx) =>
        changeLabelsIn({ trx, dialect: database.handle.dialect, workspaceId, now }, changes, 'api'),
      );
    const counters = async () =>
      Object.fromEntries(
        [...((await readCounters(database.handle.db, workspaceId)).get(campaignId) ?? new Map())].filter(
          ([metric, value]) => metric.startsWith('label') && value !== 0,
        ),
      );
    const send = (leadId: string) =>
      app.request('/v1/events', {
        method: 'POST',
        key: apiKey,
        json: { type: 'sent', campaign_id: campaignId, lead_id: leadId },
      });
    return { workspaceId, campaignId, ann, bo, change, counters, send };
  };

  it('sets, changes and clears labels with a history entry each, and keeps the label counters', async () => {
    const { workspaceId, ann, bo, change, counters, send } = await setup();
    await send(ann.leadId);
    expect(await change([{ enrollmentId: ann.enrollmentId, label: 'interested' }])).toEqual([
      { enrollmentId: ann.enrollmentId, changed: true, found: true },
    ]);
    await change([{ enrollmentId: bo.enrollmentId, label: 'interested' }]);
    expect(await counters()).toEqual({
      'label:interested': 2,
      'label_contacted:interested': 1,
    });
    // Bo is contacted later: the contacted count of its label follows.
    await send(bo.leadId);
    expect(await counters()).toMatchObject({ 'label_contacted:interested': 2 });

    expect(
      await change([
        { enrollmentId: ann.enrollmentId, label: 'meeting_booked' },
        { enrollmentId: bo.enrollmentId, label: 'interested' },
        { enrollmentId: 'enr_gone', label: 'won' },
      ]),
    ).toEqual([
      { enrollmentId: ann.enrollmentId, changed: true, found: true },
      { enrollmentId: bo.enrollmentId, changed: false, found: true },
      { enrollmentId: 'enr_gone', changed: false, found: false },
    ]);
    await change([{ enrollmentId: bo.enrollmentId, label: null }]);
    expect(await counters()).toEqual({ 'label:meeting_booked': 1, 'label_contacted:meeting_booked': 1 });

    const history = await database.handle.db
      .selectFrom('label_changes')
      .select(['enrollment_id', 'from_label', 'to_label', 'source'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { enrollment_id: ann.enrollmentId, from_label: null, to_label: 'interested', source: 'api' },
      { enrollment_id: bo.enrollmentId, from_label: null, to_label: 'interested', source: 'api' },
      {
        enrollment_id: ann.enrollmentId,
        from_label: 'interested',
        to_label: 'meeting_booked',
        source: 'api',
      },
      { enrollment_id: bo.enrollmentId, from_label: 'interested', to_label: null, source: 'api' },
    ]);
    const row = await database.handle.db
      .selectFrom('enrollments')
      .select(['label', 'label_changed_at'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', ann.enrollmentId)
      .executeTakeFirstOrThrow();
    expect(row.label).toBe('meeting_booked');
    expect(row.label_changed_at).not.toBeNull();

    // A recount finds the maintained label counters right.
    expect((await recountCounters(database.handle, { workspaceId })).corrected).toBe(0);
  });

  it('subtracts a labelled lead on erasure', async () => {
    const { ann, change, counters, workspaceId } = await setup();
    await change([{ enrollmentId: ann.enrollmentId, label: 'won' }]);
    expect(await eraseLead(database.handle.writer, workspaceId, ann.leadId)).toBe(true);
    expect(await counters()).toEqual({});
    expect((await recountCounters(database.handle, { workspaceId })).corrected).toBe(0);
  });
});
