import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { BASE_URL, createTrackingApp, type TrackingApp } from '../test-support/tracking-app.js';

describeEachDatabase('POST /v1/messages', ({ database }) => {
  let t: TrackingApp;
  const app = () => {
    t ??= createTrackingApp(database.handle);
    return t;
  };

  describe('happy', () => {
    it('records the send and answers the tracking assets and RFC 8058 headers', async () => {
      const { key, campaignId, leads, workspaceId } = await app().setup();
      const lead = leads[0] as { leadId: string; enrollmentId: string };
      const links = ['https://example.com/pricing', 'http://example.com/a?b=1&c=2#top'];
      const { status, body } = await app().sendMessage(key, {
        campaign_id: campaignId,
        lead_id: lead.leadId,
        step: 1,
        links,
        unsubscribe_mailto: 'unsubscribe@mail.example.com',
      });
      expect(status).toBe(201);
      expect(body.duplicate).toBe(false);
      expect(body.enrollment).toEqual({ id: lead.enrollmentId, status: 'sent', status_reason: null });
      expect(body.event_id).toMatch(/^evt_/);
      expect(body.open_pixel_url).toMatch(new RegExp(`^${BASE_URL}/t/o/[A-Za-z0-9_-]{68}$`));
      expect(Object.keys(body.click_urls)).toEqual(links);
      for (const url of Object.values(body.click_urls)) expect(url).toMatch(new RegExp(`^${BASE_URL}/t/c/`));
      expect(new Set(Object.values(body.click_urls)).size).toBe(2);
      expect(body.honeypot_url).toMatch(new RegExp(`^${BASE_URL}/t/c/`));
      expect(body.unsubscribe_url).toMatch(new RegExp(`^${BASE_URL}/u/`));
      expect(body.headers).toEqual({
        'List-Unsubscribe': `<${body.unsubscribe_url}>, <mailto:unsubscribe@mail.example.com?subject=unsubscribe>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'X-LeadStatus-Message': body.message_id,
        'Message-ID': `<${body.message_id}@track.example.test>`,
      });
      expect(body.rfc822_message_id).toBe(body.headers['Message-ID']);
      // No raw id in any URL.
      for (const url of [body.open_pixel_url, body.unsubscribe_url, body.message_id]) {
        expect(url).not.toContain(workspaceId.slice(3));
        expect(url).not.toContain(body.event_id.slice(4));
        expect(url).not.toContain(lead.enrollmentId.slice(4));
      }
      const events = await app().events(workspaceId, lead.enrollmentId);
      expect(events.map((e) => [e.type, e.step])).toEqual([['sent', 1]]);
    });

    it('keeps the Message-ID the sender gives, and answers it again on a retry', async () => {
      const { key, campaignId, leads, workspaceId } = await app().setup();
      const message = {
        campaign_id: campaignId,
        lead_id: leads[0]?.leadId,
        step: 1,
        id: 'esp-1',
        rfc822_message_id: '<ls-0001@mail.acme.test>',
      };
      const first = await app().sendMessage(key, message);
      expect(first.body.rfc822_message_id).toBe('<ls-0001@mail.acme.test>');
      expect(first.body.headers['Message-ID']).toBe('<ls-0001@mail.acme.test>');
      const again = await app().sendMessage(key, { ...message, rfc822_message_id: undefined });
      expect(again.body).toMatchObject({ duplicate: true, rfc822_message_id: '<ls-0001@mail.acme.test>' });
      const stored = await database.handle.db
        .selectFrom('tracking_messages')
        .select('rfc822_message_id')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(stored).toEqual([{ rfc822_message_id: '<ls-0001@mail.acme.test>' }]);
    });

    it.each([
      ['no angle brackets', 'ls-1@mail.acme.test'],
      ['a space', '<ls 1@mail.acme.test>'],
      ['no @', '<ls-1>'],
    ])('answers 400 for a Message-ID with %s', async (_name, rfc822) => {
      const { key, campaignId, leads } = await app().setup();
      const { status, body } = await app().sendMessage(key, {
        campaign_id: campaignId,
        lead_id: leads[0]?.leadId,
        step: 1,
        rfc822_message_id: rfc822,
      });
      expect(status).toBe(400);
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['body.rfc822_message_id']);
    });

    it('names the lead by e-mail too', async () => {
      const { key, campaignId, leads } = await app().setup();
      const { status, body } = await app().sendMessage(key, {
        campaign_id: campaignId,
        email: leads[0]?.email.toUpperCase(),
        step: 1,
      });
      expect(status).toBe(201);
      expect(body.click_urls).toEqual({});
      expect(body.headers['List-Unsubscribe']).toBe(`<${body.unsubscribe_url}>`);
    });

    it('answers a retry with the same id with the same assets and records nothing again', async () => {
      const { key, campaignId, leads, workspaceId } = await app().setup();
      const lead = leads[0] as { leadId: string; enrollmentId: string };
      const message = {
        campaign_id: campaignId,
        lead_id: lead.leadId,
        step: 1,
        links: ['https://example.com/x'],
        id: 'm-1',
      };
      const first = await app().sendMessage(key, message);
      const second = await app().sendMessage(key, message);
      expect(first.status).toBe(201);
      expect(second.status).toBe(200);
      expect(second.body).toEqual({ ...first.body, duplicate: true });
      expect(await app().events(workspaceId, lead.enrollmentId)).toHaveLength(1);
    });
  });

  describe('errors', () => {
    it('refuses a lead whose sending stopped (409) and records nothing', async () => {
      const { key, campaignId, leads, workspaceId } = await app().setup(2);
      const [unsubscribed, paused] = leads as Array<{ leadId: string; enrollmentId: string }>;
      await app().request('/v1/events', {
        method: 'POST',
        key,
        json: { type: 'unsubscribed', campaign_id: campaignId, lead_id: unsubscribed?.leadId },
      });
      await app().request(`/v1/campaigns/${campaignId}/leads/${paused?.leadId}/pause`, {
        method: 'POST',
        key,
      });
      for (const lead of [unsubscribed, paused]) {
        const { status, body } = await app().sendMessage(key, {
          campaign_id: campaignId,
          lead_id: lead?.leadId,
          step: 1,
        });
        expect(status).toBe(409);
        expect(body.type).toBe('/problems/conflict');
        const events = await app().events(workspaceId, lead?.enrollmentId);
        expect(events.some((e) => e.type === 'sent')).toBe(false);
      }
    });

    it('answers 404 for a lead that is not enrolled or another workspace’s campaign', async () => {
      const a = await app().setup();
      const b = await app().setup();
      const wrongCampaign = await app().sendMessage(a.key, {
        campaign_id: b.campaignId,
        lead_id: a.leads[0]?.leadId,
        step: 1,
      });
      expect(wrongCampaign.status).toBe(404);
      const wrongLead = await app().sendMessage(a.key, {
        campaign_id: a.campaignId,
        lead_id: b.leads[0]?.leadId,
        step: 1,
      });
      expect(wrongLead.status).toBe(404);
      const unknownEmail = await app().sendMessage(a.key, {
        campaign_id: a.campaignId,
        email: 'nobody@example.com',
        step: 1,
      });
      expect(unknownEmail.status).toBe(404);
    });

    it.each([
      ['a relative link', { links: ['/pricing'] }, 'links.0'],
      ['a javascript: link', { links: ['javascript:alert(1)'] }, 'links.0'],
      ['a mailto: link', { links: ['mailto:a@b.com'] }, 'links.0'],
      [
        'too many links',
        { links: Array.from({ length: 51 }, (_, i) => `https://example.com/${i}`) },
        'links',
      ],
      ['no step', { step: undefined }, 'step'],
      ['a step the campaign lacks', { step: 3 }, 'step'],
      ['both lead_id and email', { email: 'a@example.com' }, 'lead_id'],
      ['a bad time', { occurred_at: 'yesterday' }, 'occurred_at'],
    ])('rejects %s with a 400 problem', async (_label, change, path) => {
      const { key, campaignId, leads } = await app().setup();
      const { status, body } = await app().sendMessage(key, {
        campaign_id: campaignId,
        lead_id: leads[0]?.leadId,
        step: 1,
        ...change,
      });
      expect(status).toBe(400);
      expect(body.type).toBe('/problems/validation-error');
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(`body.${path}`);
    });

    it('needs a secret key', async () => {
      const response = await app().request('/v1/messages', { method: 'POST', json: {} });
      expect(response.status).toBe(401);
    });
  });
});
