import { beforeAll, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, MIMECAST, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { MINUTE, post, withMessages } from '../test-support/inbound-app.js';
import { mailgunSignature } from '../test-support/signing.js';

const SIGNING_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
const JSON_HEADERS = { 'Content-Type': 'application/json' };

describeEachDatabase('POST /webhooks/mailgun/{workspace_id}', ({ database }) => {
  let t: TrackingApp;
  beforeAll(() => {
    t = createTrackingApp(database.handle);
  });

  /** A Mailgun webhook body (signature + event-data), as Mailgun documents it. */
  const payload = (eventData: Record<string, unknown>, key = SIGNING_KEY) =>
    JSON.stringify({ signature: mailgunSignature(key, t.clock.now()), 'event-data': eventData });

  it('records opened, clicked, failed (permanent and temporary), complained and unsubscribed', async () => {
    const ctx = await withMessages(t, 4, { name: 'mailgun', config: { signing_key: SIGNING_KEY } });
    const [reader, hard, soft, complainer] = ctx.leads;
    t.clock.advance(30 * MINUTE);
    const at = t.clock.now() / 1000;
    const event = (lead: typeof reader, fields: Record<string, unknown>) => ({
      id: `mg-${Math.random().toString(36).slice(2)}`,
      timestamp: at,
      recipient: lead?.email,
      'user-variables': { leadstatus_message: lead?.messageId },
      message: { headers: { 'message-id': '20260101.1@mg.example.com' } },
      ...fields,
    });
    const bodies = [
      payload(event(reader, { event: 'opened', 'client-info': { 'user-agent': MIMECAST } })),
      payload(
        event(reader, {
          event: 'clicked',
          url: 'https://example.com/',
          'client-info': {
            'user-agent': 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
          },
        }),
      ),
      payload(event(hard, { event: 'failed', severity: 'permanent', reason: 'bounce' })),
      payload(event(soft, { event: 'failed', severity: 'temporary', reason: 'generic' })),
      payload(event(complainer, { event: 'complained' })),
      payload(event(soft, { event: 'unsubscribed' })),
      payload(event(reader, { event: 'delivered' })),
    ];
    const results = [];
    for (const body of bodies) {
      const response = await post(t, `/webhooks/mailgun/${ctx.workspaceId}`, body, JSON_HEADERS);
      expect(response.status).toBe(200);
      results.push(await readJson(response));
    }
    expect(results.map((r) => r.applied)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(results[6]).toMatchObject({ ignored: 1 });
    const enrollment = (lead: typeof reader) => t.enrollment(ctx.workspaceId, lead?.enrollmentId as string);
    expect((await enrollment(reader)).status).toBe('engaged');
    expect((await enrollment(reader)).machine_opened_count).toBe(1);
    expect([(await enrollment(hard)).status, (await enrollment(hard)).status_reason]).toEqual([
      'bounced',
      'hard_bounce',
    ]);
    expect([(await enrollment(soft)).status, (await enrollment(soft)).soft_bounced_count]).toEqual([
      'unsubscribed',
      1,
    ]);
    expect((await enrollment(complainer)).status_reason).toBe('complaint');

    // Replayed (a new signature, the same event id): a duplicate.
    const body = bodies[2] as string;
    const replay = JSON.stringify({
      ...JSON.parse(body),
      signature: mailgunSignature(SIGNING_KEY, t.clock.now()),
    });
    const again = await post(t, `/webhooks/mailgun/${ctx.workspaceId}`, replay, JSON_HEADERS);
    expect(await readJson(again)).toMatchObject({ applied: 0, duplicate: 1 });
  });

  it('answers 401 for a bad, missing or foreign signature and records nothing', async () => {
    const ctx = await withMessages(t, 1, { name: 'mailgun', config: { signing_key: SIGNING_KEY } });
    const lead = ctx.leads[0];
    const eventData = {
      id: 'mg-bad-1',
      event: 'complained',
      timestamp: t.clock.now() / 1000,
      recipient: lead?.email,
      'user-variables': { leadstatus_message: lead?.messageId },
    };
    const signature = mailgunSignature(SIGNING_KEY, t.clock.now());
    for (const body of [
      JSON.stringify({ 'event-data': eventData }),
      JSON.stringify({ signature: { ...signature, signature: '0'.repeat(64) }, 'event-data': eventData }),
      JSON.stringify({ signature: { ...signature, token: 'another' }, 'event-data': eventData }),
      payload(eventData, 'key-of-another-account'),
      'not json',
    ]) {
      const response = await post(t, `/webhooks/mailgun/${ctx.workspaceId}`, body, JSON_HEADERS);
      expect(response.status).toBe(401);
    }
    expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
  });
});
