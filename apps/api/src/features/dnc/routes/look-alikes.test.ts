import { expect, it } from 'vitest';
import { enrollEmails, seedCampaign } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

/** Issue 12, item 3: an opted-out address must not come back under another spelling of itself. */
describeEachDatabase('do-not-contact and look-alike spellings', ({ database }) => {
  const setup = async () => {
    const app = createTestApp(database.handle);
    const { apiKey: key, workspaceId } = await app.newWorkspace();
    const campaignId = await seedCampaign(database.seed, workspaceId);
    const dnc = async (value: string) => {
      const response = await app.request('/v1/dnc', { method: 'POST', key, json: { value } });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      return readJson(response);
    };
    const enroll = (emails: string[]) =>
      app.request(`/v1/campaigns/${campaignId}/leads`, { method: 'POST', key, json: { emails } });
    return { app, key, campaignId, dnc, enroll };
  };

  it.each([
    ['a trailing dot', 'optout@dnc.example.'],
    ['upper case and a trailing dot', 'OptOut@DNC.Example.'],
    ['an ideographic full stop', 'optout@dnc\u3002example'],
    ['full-width letters', 'optout@\uff44nc.example'],
    ['a BOM before it (trimmed)', '\ufeffoptout@dnc.example'],
  ])('a listed address enrolled with %s is blocked (opted_out)', async (_, spelling) => {
    const { dnc, enroll } = await setup();
    await dnc('optout@dnc.example');
    const response = await enroll([spelling]);
    expect(response.status).toBe(200);
    expect((await readJson(response)).data).toEqual([
      expect.objectContaining({
        email: 'optout@dnc.example',
        result: 'blocked',
        status: 'bounced',
        status_reason: 'opted_out',
      }),
    ]);
  });

  it.each([
    ['a NUL after it', 'optout@dnc.example\u0000', 'U+0000'],
    ['a zero-width space before it', '\u200boptout@dnc.example', 'U+200B'],
    ['a zero-width joiner inside it', 'opt\u200dout@dnc.example', 'U+200D'],
  ])('an address with %s is refused with a 400 naming the field', async (_, spelling, code) => {
    const { dnc, enroll } = await setup();
    await dnc('optout@dnc.example');
    const response = await enroll([spelling]);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await readJson(response)).errors).toEqual([
      { path: 'body.emails.0', message: expect.stringContaining(code) },
    ]);
  });

  it('a trailing-dot address is caught by an @domain rule (dnc_rule)', async () => {
    const { dnc, enroll } = await setup();
    await dnc('@rule.example');
    const response = await enroll(['someone@rule.example.', 'other@Rule.Example']);
    expect((await readJson(response)).data).toEqual([
      expect.objectContaining({
        email: 'someone@rule.example',
        status: 'bounced',
        status_reason: 'dnc_rule',
      }),
      expect.objectContaining({ email: 'other@rule.example', status: 'bounced', status_reason: 'dnc_rule' }),
    ]);
  });

  it('an IDNA domain matches in its Unicode and its ASCII form, both ways', async () => {
    const { dnc, enroll } = await setup();
    await dnc('ann@bücher.example');
    await dnc('@xn--mller-kva.example');
    const response = await enroll(['ann@xn--bcher-kva.example', 'bob@müller.example']);
    expect((await readJson(response)).data).toEqual([
      expect.objectContaining({ status: 'bounced', status_reason: 'opted_out' }),
      expect.objectContaining({
        email: 'bob@xn--mller-kva.example',
        status: 'bounced',
        status_reason: 'dnc_rule',
      }),
    ]);
  });

  it('listing a look-alike spelling unsubscribes the lead stored under the plain one', async () => {
    const { dnc, enroll, campaignId, app, key } = await setup();
    await enroll(['late@dnc.example']);
    const entry = await dnc('Late@DNC.example.');
    expect(entry).toMatchObject({ value: 'late@dnc.example', kind: 'email', affected_enrollments: 1 });
    const [row] = (await readJson(await app.request(`/v1/campaigns/${campaignId}/leads`, { key }))).data;
    expect(row).toMatchObject({ status: 'unsubscribed', status_reason: 'dnc_list' });
  });

  it('a look-alike spelling is the same lead everywhere: create answers 409, events find it', async () => {
    const { app, key, campaignId } = await setup();
    const [lead] = await enrollEmails(app, key, campaignId, ['same@dnc.example']);
    const duplicate = await app.request('/v1/leads', {
      method: 'POST',
      key,
      json: { email: 'same@DNC.example.' },
    });
    expect(duplicate.status).toBe(409);
    const event = await app.request('/v1/events', {
      method: 'POST',
      key,
      json: { type: 'replied', campaign_id: campaignId, email: 'Same@dnc\u3002example.' },
    });
    expect(event.status).toBe(202);
    expect((await readJson(event)).enrollment).toMatchObject({ id: lead?.enrollmentId, status: 'replied' });
  });
});
