import { createHmac } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../app.js';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { MINUTE, post, withMessages } from '../test-support/inbound-app.js';
import {
  CERT_URL,
  mailgunSignature,
  sendgridHeaders,
  sendgridKeys,
  snsEnvelope,
  snsSigningCertificate,
  TOPIC_ARN,
} from '../test-support/signing.js';
import { TOKEN_DELETE_BATCH } from '../webhook-tokens.repository.js';

const SIGNING_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
const JSON_HEADERS = { 'Content-Type': 'application/json' };
const YEAR_2001 = Date.UTC(2001, 8, 9, 1, 46, 40);

/** Issue 12, item 2: a captured signature must not be usable later, nor again with other events. */
describeEachDatabase('inbound webhook signatures: fresh, and used once', ({ database }) => {
  let t: TrackingApp;
  let signing: { certificate: string; privateKey: string };
  beforeAll(() => {
    signing = snsSigningCertificate();
    t = createTrackingApp(database.handle, {
      fetchCertificate: vi.fn(async (url: string) => {
        if (url !== CERT_URL) throw new Error(`unexpected certificate URL ${url}`);
        return signing.certificate;
      }),
    });
  });

  const mailgunSetup = async () => {
    const ctx = await withMessages(t, 1, { name: 'mailgun', config: { signing_key: SIGNING_KEY } });
    const lead = ctx.leads[0] as (typeof ctx.leads)[number];
    const eventData = (event: string, id: string) => ({
      id,
      event,
      timestamp: t.clock.now() / 1000,
      recipient: lead.email,
      'user-variables': { leadstatus_message: lead.messageId },
    });
    const send = (signature: unknown, data: unknown) =>
      post(
        t,
        `/webhooks/mailgun/${ctx.workspaceId}`,
        JSON.stringify({ signature, 'event-data': data }),
        JSON_HEADERS,
      );
    const status = async () => (await t.enrollment(ctx.workspaceId, lead.enrollmentId)).status;
    return { ctx, lead, eventData, send, status };
  };

  describe('Mailgun', () => {
    it('refuses a valid signature made in 2001 and records nothing', async () => {
      const { ctx, eventData, send, status } = await mailgunSetup();
      const response = await send(
        mailgunSignature(SIGNING_KEY, YEAR_2001),
        eventData('complained', 'mg-old'),
      );
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await status()).toBe('sent');
      expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
    });

    it('refuses a signature more than 5 minutes old or ahead, accepts one within them', async () => {
      const { send, eventData } = await mailgunSetup();
      const now = t.clock.now();
      expect(
        (await send(mailgunSignature(SIGNING_KEY, now - 6 * MINUTE), eventData('opened', 'a'))).status,
      ).toBe(401);
      expect(
        (await send(mailgunSignature(SIGNING_KEY, now + 6 * MINUTE), eventData('opened', 'b'))).status,
      ).toBe(401);
      expect(
        (await send(mailgunSignature(SIGNING_KEY, now - 4 * MINUTE), eventData('opened', 'c'))).status,
      ).toBe(200);
    });

    it('accepts a fresh signature once: the same token with other event data is refused', async () => {
      const { ctx, send, eventData, status } = await mailgunSetup();
      const signature = mailgunSignature(SIGNING_KEY, t.clock.now());
      const first = await send(signature, eventData('opened', 'mg-open-1'));
      expect(first.status).toBe(200);
      expect(await readJson(first)).toMatchObject({ applied: 1 });
      const forged = await send(signature, eventData('complained', 'mg-forged-complaint'));
      expect(forged.status).toBe(401);
      expect(await status()).not.toBe('unsubscribed');
      expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent', 'opened']);
    });

    it('remembers used tokens in the database: another process refuses the replay too', async () => {
      const { send, eventData, ctx, status } = await mailgunSetup();
      const signature = mailgunSignature(SIGNING_KEY, t.clock.now());
      expect((await send(signature, eventData('opened', 'mg-open-2'))).status).toBe(200);
      const other = createApp({ database: database.handle, clock: t.clock });
      const replay = await other.app.request(`/webhooks/mailgun/${ctx.workspaceId}`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ signature, 'event-data': eventData('complained', 'mg-forged-2') }),
      });
      expect(replay.status).toBe(401);
      expect(await status()).not.toBe('unsubscribed');
    });

    it('a request that fails after its claim does not burn the token (the provider retries it)', async () => {
      const { send, eventData } = await mailgunSetup();
      const signature = mailgunSignature(SIGNING_KEY, t.clock.now());
      expect((await send(signature, 'not an object')).status).toBe(400);
      expect((await send(signature, eventData('opened', 'mg-retried'))).status).toBe(200);
    });

    it('the sweeper forgets expired tokens in bounded batches, and keeps fresh ones', async () => {
      const { ctx } = await mailgunSetup();
      const now = t.clock.now();
      const rows = Array.from({ length: TOKEN_DELETE_BATCH * 2 + 7 }, (_, i) => ({
        workspace_id: ctx.workspaceId,
        provider: 'mailgun',
        token_hash: createHmac('sha256', 'x').update(String(i)).digest('hex'),
        expires_at: i === 0 ? now + MINUTE : now - MINUTE,
      }));
      for (let i = 0; i < rows.length; i += 200) {
        await database.seed
          .insertInto('inbound_webhook_tokens')
          .values(rows.slice(i, i + 200))
          .execute();
      }
      await t.sweeper.runOnce({ workspaceId: ctx.workspaceId });
      const left = await database.handle.db
        .selectFrom('inbound_webhook_tokens')
        .select('expires_at')
        .where('workspace_id', '=', ctx.workspaceId)
        .execute();
      expect(left).toEqual([{ expires_at: now + MINUTE }]);
    });
  });

  describe('SendGrid', () => {
    it('refuses a validly signed timestamp from 2001 or 6 minutes old, accepts a fresh one', async () => {
      const keys = sendgridKeys();
      const ctx = await withMessages(t, 1, { name: 'sendgrid', config: { public_key: keys.publicKey } });
      const lead = ctx.leads[0];
      const body = JSON.stringify([
        {
          email: lead?.email,
          timestamp: Math.floor(t.clock.now() / 1000),
          event: 'open',
          sg_event_id: `sg-fresh-${ctx.workspaceId}`,
          leadstatus_message: lead?.messageId,
        },
      ]);
      const url = `/webhooks/sendgrid/${ctx.workspaceId}`;
      const now = t.clock.now();
      expect((await post(t, url, body, sendgridHeaders(keys.privateKey, body, YEAR_2001))).status).toBe(401);
      expect(
        (await post(t, url, body, sendgridHeaders(keys.privateKey, body, now - 6 * MINUTE))).status,
      ).toBe(401);
      expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
      const fresh = await post(t, url, body, sendgridHeaders(keys.privateKey, body, now));
      expect(await readJson(fresh)).toMatchObject({ applied: 1 });
    });
  });

  describe('SES through SNS', () => {
    it('refuses a notification published in 2001 or over an hour ago, accepts a retry 50 minutes later', async () => {
      const ctx = await withMessages(t, 1, { name: 'ses', config: { topic_arns: [TOPIC_ARN] } });
      const lead = ctx.leads[0];
      const message = (id: string) =>
        JSON.stringify({
          eventType: 'Open',
          mail: {
            messageId: id,
            destination: [lead?.email],
            headers: [{ name: 'X-LeadStatus-Message', value: lead?.messageId }],
          },
          open: { timestamp: new Date(t.clock.now()).toISOString(), userAgent: 'Mozilla/5.0' },
        });
      const at = (published: number, id: string) =>
        JSON.stringify(
          snsEnvelope(signing.privateKey, {
            Type: 'Notification',
            Message: message(id),
            Timestamp: new Date(published).toISOString(),
          }),
        );
      const url = `/webhooks/ses/${ctx.workspaceId}`;
      const headers = { 'Content-Type': 'text/plain; charset=UTF-8' };
      const now = t.clock.now();
      expect((await post(t, url, at(YEAR_2001, 'old'), headers)).status).toBe(401);
      expect((await post(t, url, at(now - 61 * MINUTE, 'stale'), headers)).status).toBe(401);
      expect((await post(t, url, at(now + 6 * MINUTE, 'ahead'), headers)).status).toBe(401);
      const retried = await post(t, url, at(now - 50 * MINUTE, 'retried'), headers);
      expect(retried.status).toBe(200);
      expect(await readJson(retried)).toMatchObject({ applied: 1 });
    });
  });

  describe('event times inside a verified payload (item 4)', () => {
    it.each([
      ['year 1', -62_135_596_800],
      ['past the end of JavaScript dates', 1e20],
      ['a day ahead', null],
    ])('an event at %s is ignored, never a 500', async (_, seconds) => {
      const { send, eventData, status } = await mailgunSetup();
      const data = {
        ...eventData('complained', `mg-time-${seconds}`),
        timestamp: seconds ?? t.clock.now() / 1000 + 86_400,
      };
      const response = await send(mailgunSignature(SIGNING_KEY, t.clock.now()), data);
      expect(response.status).toBe(200);
      expect(await readJson(response)).toMatchObject({ received: 1, applied: 0, ignored: 1 });
      expect(await status()).toBe('sent');
    });
  });
});
