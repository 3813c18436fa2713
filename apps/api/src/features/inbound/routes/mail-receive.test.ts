import { describe, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createMailApp, type MailApp, replyMail } from '../test-support/mail-app.js';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);

const outOfOffice = (from: string, inReplyTo: string, text: string) =>
  [
    `From: Lead <${from}>`,
    'To: Sales <sales@acme.test>',
    'Subject: Automatic reply: Hello',
    'Date: Tue, 01 Dec 2026 10:00:00 +0100',
    `Message-ID: <ooo-${Math.random().toString(36).slice(2)}@mail.example.com>`,
    `In-Reply-To: ${inReplyTo}`,
    'Auto-Submitted: auto-replied',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    text,
    '',
  ].join('\r\n');

describeEachDatabase('POST /v1/inbound/messages', ({ database }) => {
  let t: MailApp;
  const app = () => {
    t ??= createMailApp(database.handle);
    t.clock.set(NOW);
    return t;
  };
  const setup = async (settings: Record<string, unknown> = {}) => {
    const a = app();
    const { key, workspaceId } = await a.newWorkspace();
    const campaignId = await a.campaign(key, settings);
    return { a, key, workspaceId, campaignId };
  };
  const lead = async (
    a: MailApp,
    key: string,
    campaignId: string,
    email: string,
    id = `<ls-${Math.random().toString(36).slice(2)}@mail.acme.test>`,
  ) => ({ ...(await a.sendTo(key, campaignId, email, id)), messageId: id, email });

  describe('replies', () => {
    it('makes the lead Replied and shows the new text in its timeline', async () => {
      const { a, key, campaignId } = await setup();
      const ann = await lead(a, key, campaignId, 'ann@acme.example');
      const { status, body } = await a.postMail(
        key,
        replyMail({ from: 'ann@acme.example', inReplyTo: ann.messageId }),
      );
      expect(status).toBe(202);
      expect(body).toMatchObject({
        kind: 'reply',
        duplicate: false,
        bounce: null,
        out_of_office_until: null,
        match: {
          lead_id: ann.leadId,
          campaign_id: campaignId,
          enrollment_id: ann.enrollmentId,
          by: 'in_reply_to',
        },
        enrollment: { id: ann.enrollmentId, status: 'replied', status_reason: null, paused_until: null },
      });
      const details = await readJson(await a.request(`/v1/leads/${ann.leadId}`, { key }));
      const reply = details.timeline.find((item: { type?: string }) => item.type === 'replied');
      expect(reply).toMatchObject({
        auto_reply: false,
        mail: {
          inbound_message_id: body.id,
          kind: 'reply',
          snippet: 'Sounds good, can we talk on Thursday?',
        },
      });
    });

    it('reads 8-bit mail byte for byte, an Idempotency-Key or not', async () => {
      const { a, key, campaignId } = await setup();
      await lead(a, key, campaignId, 'jo@acme.example');
      const latin1 = (id: string) =>
        Buffer.from(
          replyMail({
            from: 'jo@acme.example',
            messageId: `<${id}@mail.example>`,
            text: 'Viele Grüße aus Köln',
          }).replace('charset="UTF-8"', 'charset="ISO-8859-1"'),
          'latin1',
        );
      for (const [id, headers] of [
        ['plain', {}],
        ['keyed', { 'Idempotency-Key': 'mail-keyed-1' }],
      ] as const) {
        const response = await a.request('/v1/inbound/messages', {
          method: 'POST',
          key,
          headers: { 'Content-Type': 'message/rfc822', ...headers },
          body: latin1(id),
        });
        const mail = await readJson(
          await a.request(`/v1/inbound/messages/${(await readJson(response)).id}`, { key }),
        );
        expect(mail.snippet).toBe('Viele Grüße aus Köln');
      }
    });

    it('matches by the sender when the mail names no message we sent', async () => {
      const { a, key, campaignId } = await setup();
      const bob = await lead(a, key, campaignId, 'bob@acme.example');
      const { body } = await a.postMail(key, replyMail({ from: 'Bob@Acme.example' }));
      expect(body.match).toMatchObject({ enrollment_id: bob.enrollmentId, by: 'sender' });
    });

    it('keeps mail it cannot match for triage, and matches it by hand once', async () => {
      const { a, key, workspaceId, campaignId } = await setup();
      const cy = await lead(a, key, campaignId, 'cy@acme.example');
      const { status, body } = await a.postMail(key, replyMail({ from: 'stranger@elsewhere.example' }));
      expect(status).toBe(202);
      expect(body).toMatchObject({ kind: 'reply', match: null, event_id: null, enrollment: null });

      const triage = await readJson(await a.request('/v1/inbound/messages?matched=false', { key }));
      expect(triage.data.map((m: { id: string }) => m.id)).toEqual([body.id]);
      expect(triage.data[0]).toMatchObject({
        from: { email: 'stranger@elsewhere.example', name: 'Lead' },
        subject: 'Re: Hello',
        snippet: 'Sounds good, can we talk on Thursday?',
        source: 'api',
      });

      const match = (json: unknown) =>
        a.request(`/v1/inbound/messages/${body.id}/match`, { method: 'POST', key, json });
      const matched = await match({ lead_id: cy.leadId, campaign_id: campaignId });
      expect(matched.status).toBe(200);
      expect(await readJson(matched)).toMatchObject({
        match: { enrollment_id: cy.enrollmentId, by: 'manual' },
        enrollment: { status: 'replied' },
      });
      expect((await match({ lead_id: cy.leadId, campaign_id: campaignId })).status).toBe(409);
      expect((await readJson(await a.request('/v1/inbound/messages?matched=false', { key }))).data).toEqual(
        [],
      );
      expect((await a.events(workspaceId, cy.enrollmentId)).map((e) => e.type)).toEqual(['sent', 'replied']);
    });

    it('narrows the match to ?campaign_id', async () => {
      const { a, key, campaignId } = await setup();
      const other = await a.campaign(key);
      await lead(a, key, campaignId, 'dee@acme.example');
      const inOther = await lead(a, key, other, 'dee@acme.example');
      const { body } = await a.postMail(
        key,
        replyMail({ from: 'dee@acme.example' }),
        `?campaign_id=${other}`,
      );
      expect(body.match).toMatchObject({ enrollment_id: inOther.enrollmentId, campaign_id: other });
    });
  });

  describe('out of office', () => {
    it('pauses until the day after the return date at 09:00 in the reporting zone, and the sweeper resumes it', async () => {
      const { a, key, workspaceId, campaignId } = await setup();
      await a.request('/v1/workspace', {
        method: 'PATCH',
        key,
        json: { settings: { timezone: 'Europe/Berlin' } },
      });
      const eve = await lead(a, key, campaignId, 'eve@acme.example');
      const { body } = await a.postMail(
        key,
        outOfOffice(
          'eve@acme.example',
          eve.messageId,
          'I am out of the office and will be back on December 15, 2026.',
        ),
      );
      expect(body).toMatchObject({
        kind: 'out_of_office',
        out_of_office_until: '2026-12-15',
        enrollment: {
          status: 'paused',
          status_reason: 'out_of_office',
          paused_until: '2026-12-16T08:00:00.000Z',
        },
      });
      const row = await readJson(await a.request(`/v1/campaigns/${campaignId}/leads`, { key }));
      expect(row.data[0]).toMatchObject({
        status: 'paused',
        status_reason: 'out_of_office',
        paused_until: '2026-12-16T08:00:00.000Z',
      });

      const analytics = async () =>
        readJson(await a.request(`/v1/campaigns/${campaignId}/analytics`, { key }));
      expect(await analytics()).toMatchObject({
        replies_automatic: 1,
        out_of_office_holds: 1,
        rates: { reply_rate: 0 },
      });

      a.clock.set(Date.parse('2026-12-16T07:59:00Z'));
      await a.sweeper.runOnce({ workspaceId });
      expect((await a.enrollment(workspaceId, eve.enrollmentId)).status).toBe('paused');
      a.clock.set(Date.parse('2026-12-16T08:00:00Z'));
      expect((await a.sweeper.runOnce({ workspaceId })).resumed).toBe(1);
      const resumed = await a.enrollment(workspaceId, eve.enrollmentId);
      expect(resumed).toMatchObject({ status: 'sent', pause_reason: null, paused_until: null });
      expect(resumed.next_due_at).not.toBeNull();
      expect((await a.sweeper.runOnce({ workspaceId })).resumed).toBe(0);
      expect(await analytics()).toMatchObject({ replies_automatic: 1, out_of_office_holds: 0 });
    });

    it('holds for the campaign default when the mail gives no date, and a human reply ends the hold at once', async () => {
      const { a, key, workspaceId, campaignId } = await setup({ out_of_office_default_days: 3 });
      const fay = await lead(a, key, campaignId, 'fay@acme.example');
      const { body } = await a.postMail(
        key,
        outOfOffice('fay@acme.example', fay.messageId, 'I am on vacation with limited access to email.'),
      );
      expect(body.enrollment).toMatchObject({ status: 'paused', paused_until: '2026-12-04T09:00:00.000Z' });
      const reply = await a.postMail(key, replyMail({ from: 'fay@acme.example', inReplyTo: fay.messageId }));
      expect(reply.body.enrollment).toMatchObject({ status: 'replied', paused_until: null });
      expect((await a.enrollment(workspaceId, fay.enrollmentId)).pause_reason).toBeNull();
    });

    it('records an automatic reply and changes nothing when the campaign ignores out-of-office', async () => {
      const { a, key, workspaceId, campaignId } = await setup({ out_of_office: 'ignore' });
      const gus = await lead(a, key, campaignId, 'gus@acme.example');
      const { body } = await a.postMail(
        key,
        outOfOffice('gus@acme.example', gus.messageId, 'Out of office until 15 December.'),
      );
      expect(body).toMatchObject({ kind: 'out_of_office', enrollment: { status: 'sent' } });
      expect((await a.enrollment(workspaceId, gus.enrollmentId)).auto_replied_count).toBe(1);
    });

    it('never overrides a manual pause', async () => {
      const { a, key, workspaceId, campaignId } = await setup();
      const hal = await lead(a, key, campaignId, 'hal@acme.example');
      await a.request(`/v1/campaigns/${campaignId}/leads/${hal.leadId}/pause`, { method: 'POST', key });
      const { body } = await a.postMail(
        key,
        outOfOffice('hal@acme.example', hal.messageId, 'Back on December 15, 2026.'),
      );
      expect(body.enrollment).toMatchObject({
        status: 'paused',
        status_reason: 'manual',
        paused_until: null,
      });
      a.clock.set(Date.parse('2026-12-20T00:00:00Z'));
      await a.sweeper.runOnce({ workspaceId });
      expect((await a.enrollment(workspaceId, hal.enrollmentId)).status).toBe('paused');
    });
  });

  describe('stop on company reply', () => {
    it('pauses the other leads at the same company, never a free-mail domain, only where the campaign asks', async () => {
      const { a, key, workspaceId, campaignId } = await setup({ stop_on_company_reply: true });
      const ann = await lead(a, key, campaignId, 'ann@initech.example');
      const bob = await lead(a, key, campaignId, 'bob@initech.example');
      const cy = await lead(a, key, campaignId, 'cy@initech.example');
      const gm1 = await lead(a, key, campaignId, 'one@gmail.com');
      const gm2 = await lead(a, key, campaignId, 'two@gmail.com');
      const plain = await a.campaign(key);
      const bobElsewhere = await lead(a, key, plain, 'bob@initech.example');

      await a.postMail(key, replyMail({ from: 'ann@initech.example', inReplyTo: ann.messageId }));
      const status = async (id: string) => {
        const row = await a.enrollment(workspaceId, id);
        return [row.status, row.status_reason];
      };
      expect(await status(ann.enrollmentId)).toEqual(['replied', null]);
      expect(await status(bob.enrollmentId)).toEqual(['paused', 'company_replied']);
      expect(await status(cy.enrollmentId)).toEqual(['paused', 'company_replied']);
      expect(await status(bobElsewhere.enrollmentId)).toEqual(['sent', null]);
      const analytics = await readJson(await a.request(`/v1/campaigns/${campaignId}/analytics`, { key }));
      expect(analytics).toMatchObject({ company_stops: 2, distribution: { replied: 1, paused: 2 } });

      await a.postMail(key, replyMail({ from: 'one@gmail.com', inReplyTo: gm1.messageId }));
      expect(await status(gm2.enrollmentId)).toEqual(['sent', null]);

      // Bob replies himself: his reply ends the company pause.
      await a.postMail(key, replyMail({ from: 'bob@initech.example', inReplyTo: bob.messageId }));
      expect(await status(bob.enrollmentId)).toEqual(['replied', null]);
    });

    it('is off by default', async () => {
      const { a, key, workspaceId, campaignId } = await setup();
      const ann = await lead(a, key, campaignId, 'ann@hooli.example');
      const bob = await lead(a, key, campaignId, 'bob@hooli.example');
      await a.postMail(key, replyMail({ from: 'ann@hooli.example', inReplyTo: ann.messageId }));
      expect((await a.enrollment(workspaceId, bob.enrollmentId)).status).toBe('sent');
    });
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['JSON', '{"from": "ann@acme.example"}'],
      ['an empty body', ''],
      ['text with no header block', 'hello there, this is not a mail'],
      ['headers with no From', 'Subject: hi\r\nTo: a@b.example\r\n\r\nbody'],
      ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ])('answers 400 for %s', async (_name, raw) => {
      const { a, key, workspaceId } = await setup();
      const { status, body } = await a.postMail(key, raw);
      expect(status).toBe(400);
      expect(body.type).toBe('/problems/validation-error');
      expect(await a.inboundRows(workspaceId)).toEqual([]);
    });

    it('answers 413 for a mail over 10 MiB, 415 for another media type', async () => {
      const { a, key, workspaceId } = await setup();
      const big = replyMail({ from: 'ann@acme.example', text: 'x'.repeat(11 * 1024 * 1024) });
      expect((await a.postMail(key, big)).status).toBe(413);
      const huge = Buffer.alloc(20 * 1024 * 1024, 97);
      expect((await a.postMail(key, huge)).status).toBe(413);
      expect(
        (await a.postMail(key, replyMail({ from: 'ann@acme.example' }), '', 'application/json')).status,
      ).toBe(415);
      expect(await a.inboundRows(workspaceId)).toEqual([]);
    });

    it('survives a header bomb with a clear answer', async () => {
      const { a, key, workspaceId } = await setup();
      const bomb = `${Array.from({ length: 100_000 }, (_, i) => `X-Bomb-${i}: ${'b'.repeat(40)}`).join('\r\n')}\r\nFrom: a@b.example\r\n\r\nhi`;
      const { status } = await a.postMail(key, bomb);
      expect(status).toBe(400);
      expect(await a.inboundRows(workspaceId)).toEqual([]);
    });

    it('answers 404 for an unknown campaign_id and a malformed one', async () => {
      const { a, key } = await setup();
      const mail = replyMail({ from: 'ann@acme.example' });
      expect((await a.postMail(key, mail, '?campaign_id=cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2')).status).toBe(404);
      expect((await a.postMail(key, mail, '?campaign_id=nope')).status).toBe(404);
    });
  });

  describe('tenancy', () => {
    it("never matches another workspace's messages, and never shows another workspace's mail", async () => {
      const { a, key, workspaceId, campaignId } = await setup();
      const ann = await lead(a, key, campaignId, 'ann@acme.example');
      const other = await setup();
      const { body } = await other.a.postMail(
        other.key,
        replyMail({ from: 'ann@acme.example', inReplyTo: ann.messageId }),
      );
      expect(body.match).toBeNull();
      expect((await a.enrollment(workspaceId, ann.enrollmentId)).status).toBe('sent');

      const mine = await a.postMail(key, replyMail({ from: 'ann@acme.example', inReplyTo: ann.messageId }));
      expect((await other.a.request(`/v1/inbound/messages/${mine.body.id}`, { key: other.key })).status).toBe(
        404,
      );
      expect(
        (await readJson(await other.a.request('/v1/inbound/messages', { key: other.key }))).data,
      ).toHaveLength(1);
      const steal = await other.a.request(`/v1/inbound/messages/${body.id}/match`, {
        method: 'POST',
        key: other.key,
        json: { lead_id: ann.leadId, campaign_id: campaignId },
      });
      expect(steal.status).toBe(404);
      expect((await a.enrollment(workspaceId, ann.enrollmentId)).status).toBe('replied');
    });

    it('is refused to embed tokens', async () => {
      const { a, key } = await setup();
      const token = (await readJson(await a.request('/v1/embed-tokens', { method: 'POST', key, json: {} })))
        .token;
      expect((await a.request('/v1/inbound/messages', { key: token })).status).toBe(403);
    });
  });

  describe('the list', () => {
    it('filters by kind and campaign, and pages newest first', async () => {
      const { a, key, campaignId } = await setup();
      const ids: string[] = [];
      for (const name of ['a', 'b', 'c']) {
        const l = await lead(a, key, campaignId, `${name}@acme.example`);
        ids.push((await a.postMail(key, replyMail({ from: l.email, inReplyTo: l.messageId }))).body.id);
        a.clock.advance(1000);
      }
      const first = await readJson(await a.request('/v1/inbound/messages?limit=2&kind=reply', { key }));
      expect(first.data.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);
      const second = await readJson(
        await a.request(`/v1/inbound/messages?limit=2&cursor=${first.next_cursor}`, { key }),
      );
      expect(second).toMatchObject({ data: [{ id: ids[0] }], next_cursor: null });
      expect((await readJson(await a.request('/v1/inbound/messages?kind=bounce', { key }))).data).toEqual([]);
      expect(
        (await readJson(await a.request(`/v1/inbound/messages?campaign_id=${campaignId}`, { key }))).data,
      ).toHaveLength(3);
      expect((await a.request('/v1/inbound/messages?cursor=bad!', { key })).status).toBe(400);
      expect((await a.request('/v1/inbound/messages?kind=spam', { key })).status).toBe(400);
    });
  });
});
