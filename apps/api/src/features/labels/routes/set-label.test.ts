import { expect, it } from 'vitest';
import { recountCounters } from '../../../engine/recount.js';
import { enrollEmails, seedCampaign, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { readCounters } from '../../analytics/counters.repository.js';

describeEachDatabase('PUT /v1/campaigns/{id}/leads/{lead_id}/label', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { workspaceId, apiKey: key } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const email = uniqueEmail();
    const [ann] = await enrollEmails(app, key, campaignId, [email]);
    if (!ann) throw new Error('enrollment failed');
    const put = (label: unknown, lead = ann.leadId, campaign = campaignId, as = key) =>
      app.request(`/v1/campaigns/${encodeURIComponent(campaign)}/leads/${encodeURIComponent(lead)}/label`, {
        method: 'PUT',
        key: as,
        json: { label },
      });
    return { app, key, workspaceId, campaignId, ann, email, put };
  };

  it('sets, changes and clears the label, answering the list row, which the lists show too', async () => {
    const { app, key, workspaceId, campaignId, ann, put } = await setup();
    const set = await put('meeting_booked');
    expect(set.status).toBe(200);
    const row = await readJson(set);
    expect(row).toMatchObject({
      enrollment_id: ann.enrollmentId,
      status: 'not_contacted',
      label: { key: 'meeting_booked', name: 'Meeting booked', sentiment: 'positive' },
    });
    expect(row.label_changed_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const listed = await readJson(await app.request(`/v1/campaigns/${campaignId}/leads`, { key }));
    expect(listed.data[0]).toEqual(row);
    const details = await readJson(await app.request(`/v1/leads/${ann.leadId}`, { key }));
    expect(details.enrollments[0]).toMatchObject({
      label: row.label,
      label_changed_at: row.label_changed_at,
    });

    await app.request('/v1/labels', {
      method: 'POST',
      key,
      json: { name: 'Champion', sentiment: 'positive' },
    });
    expect((await readJson(await put('champion'))).label).toEqual({
      key: 'champion',
      name: 'Champion',
      sentiment: 'positive',
    });
    expect((await readJson(await put(null))).label).toBeNull();

    const history = await database.handle.db
      .selectFrom('label_changes')
      .select(['from_label', 'to_label'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    expect(history).toEqual([
      { from_label: null, to_label: 'meeting_booked' },
      { from_label: 'meeting_booked', to_label: 'champion' },
      { from_label: 'champion', to_label: null },
    ]);
    // The same label again changes nothing.
    await put(null);
    expect(
      await database.handle.db
        .selectFrom('label_changes')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .execute(),
    ).toHaveLength(3);
  });

  it('filters the lists and exports by label, none standing for no label', async () => {
    const { app, key, campaignId, ann, put } = await setup();
    const [bo, cy] = await enrollEmails(app, key, campaignId, [uniqueEmail(), uniqueEmail()]);
    if (!bo || !cy) throw new Error('enrollment failed');
    await put('interested');
    await put('lost', bo.leadId);
    const ids = async (query: string, path = `/v1/campaigns/${campaignId}/leads`) => {
      const response = await app.request(`${path}?${query}`, { key });
      expect(response.status).toBe(200);
      return (await readJson(response)).data.map((r: { enrollment_id: string }) => r.enrollment_id).sort();
    };
    expect(await ids('label=interested')).toEqual([ann.enrollmentId]);
    expect(await ids('label=interested,lost')).toEqual([ann.enrollmentId, bo.enrollmentId].sort());
    expect(await ids('label=interested&label=lost&sort=email')).toEqual(
      [ann.enrollmentId, bo.enrollmentId].sort(),
    );
    expect(await ids('label=none')).toEqual([cy.enrollmentId]);
    expect(await ids('label=none,lost&status=not_contacted')).toEqual(
      [bo.enrollmentId, cy.enrollmentId].sort(),
    );
    expect(await ids(`label=lost&campaign_id=${campaignId}`, '/v1/leads')).toEqual([bo.enrollmentId]);
    const csv = await (await app.request(`/v1/leads/export?label=lost`, { key })).text();
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    const bad = await app.request(`/v1/campaigns/${campaignId}/leads?label=Not%20A%20Key`, { key });
    expect(bad.status).toBe(400);
    expect((await readJson(bad)).errors[0].path).toBe('query.label');
  });

  it('keeps the label counters, which a recount confirms', async () => {
    const { workspaceId, campaignId, put } = await setup();
    await put('won');
    const counters = (await readCounters(database.handle.db, workspaceId)).get(campaignId);
    expect(counters?.get('label:won')).toBe(1);
    expect(counters?.get('label_contacted:won') ?? 0).toBe(0);
    expect((await recountCounters(database.handle, { workspaceId })).corrected).toBe(0);
  });

  it('exports the label in CSV and NDJSON', async () => {
    const { app, key, campaignId, put } = await setup();
    await put('not_now');
    const csv = await (await app.request(`/v1/campaigns/${campaignId}/leads/export`, { key })).text();
    const [header, line] = csv.split('\r\n');
    const cells = line?.split(',') ?? [];
    const at = (column: string) => cells[header?.split(',').indexOf(column) ?? -1];
    expect([at('label'), at('label_name')]).toEqual(['not_now', 'Not now']);
    const ndjson = await (
      await app.request(`/v1/campaigns/${campaignId}/leads/export?format=ndjson`, { key })
    ).text();
    expect(JSON.parse(ndjson.trim()).label).toEqual({
      key: 'not_now',
      name: 'Not now',
      sentiment: 'neutral',
    });
  });

  it.each([
    ['an unknown label', 'hot', 400],
    ['a malformed label', 'Not A Key', 400],
    ['none', 'none', 400],
    ['a number', 7, 400],
  ])('answers %s with a problem and changes nothing', async (_name, label, status) => {
    const { workspaceId, put } = await setup();
    const response = await put(label);
    expect(response.status).toBe(status);
    expect((await readJson(response)).errors.map((e: { path: string }) => e.path)).toEqual(['body.label']);
    const rows = await database.handle.db
      .selectFrom('label_changes')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers 404 for a lead not in the campaign, and for ids that cannot exist', async () => {
    const { put } = await setup();
    expect((await put('won', 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3')).status).toBe(404);
    expect((await put('won', 'é')).status).toBe(404);
    expect((await put('won', undefined, 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2')).status).toBe(404);
    expect((await put('won', undefined, 'nope')).status).toBe(404);
  });

  it("never labels another workspace's lead", async () => {
    const alpha = await setup();
    const bravo = await setup();
    const response = await alpha.put('won', bravo.ann.leadId, bravo.campaignId);
    expect(response.status).toBe(404);
    const theirs = await readJson(
      await bravo.app.request(`/v1/campaigns/${bravo.campaignId}/leads`, { key: bravo.key }),
    );
    expect(theirs.data[0].label).toBeNull();
  });
});
