import { beforeAll, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, MIMECAST, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { MINUTE, post, withMessages } from '../test-support/inbound-app.js';
import { sendgridHeaders, sendgridKeys } from '../test-support/signing.js';

describeEachDatabase('POST /webhooks/sendgrid/{workspace_id}', ({ database }) => {
  let t: TrackingApp;
  let keys: ReturnType<typeof sendgridKeys>;
  beforeAll(() => {
    t = createTrackingApp(database.handle);
    keys = sendgridKeys();
  });
  const seconds = (ms: number) => Math.floor(ms / 1000);

  it('records each documented event type, matched by the custom arg or the recipient', async () => {
    const ctx = await withMessages(t, 5, { name: 'sendgrid', config: { public_key: keys.publicKey } });
    const [opener, bouncer, complainer, blocked, unsubscriber] = ctx.leads;
    const later = seconds(t.clock.now() + 30 * MINUTE);
    t.clock.advance(40 * MINUTE);
    const events = [
      {
        email: opener?.email,
        timestamp: later,
        event: 'open',
        sg_event_id: 'sg-open-1',
        sg_machine_open: true,
        useragent: 'Mozilla/5.0',
        leadstatus_message: opener?.messageId,
      },
      {
        email: opener?.email,
        timestamp: later + 60,
        event: 'click',
        sg_event_id: 'sg-click-1',
        url: 'https://example.com/',
        useragent:
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
        leadstatus_message: opener?.messageId,
      },
      {
        email: opener?.email,
        timestamp: later + 61,
        event: 'click',
        sg_event_id: 'sg-click-2',
        url: 'https://example.com/',
        useragent: MIMECAST,
        leadstatus_message: opener?.messageId,
      },
      {
        email: bouncer?.email,
        timestamp: later,
        event: 'bounce',
        type: 'bounce',
        sg_event_id: 'sg-bounce-1',
        reason: '550 5.1.1 unknown user',
        leadstatus_message: bouncer?.messageId,
      },
      {
        email: complainer?.email,
        timestamp: later,
        event: 'spamreport',
        sg_event_id: 'sg-spam-1',
        leadstatus_message: complainer?.messageId,
      },
      // No custom arg: matched by the recipient's latest message.
      {
        email: blocked?.email,
        timestamp: later,
        event: 'bounce',
        type: 'blocked',
        sg_event_id: 'sg-blocked-1',
      },
      {
        email: unsubscriber?.email,
        timestamp: later,
        event: 'group_unsubscribe',
        asm_group_id: 42,
        sg_event_id: 'sg-unsub-1',
        leadstatus_message: unsubscriber?.messageId,
      },
      { email: opener?.email, timestamp: later, event: 'delivered', sg_event_id: 'sg-delivered-1' },
      { email: 'stranger@example.com', timestamp: later, event: 'open', sg_event_id: 'sg-open-stranger' },
    ];
    const body = JSON.stringify(events);
    const response = await post(
      t,
      `/webhooks/sendgrid/${ctx.workspaceId}`,
      body,
      sendgridHeaders(keys.privateKey, body, t.clock.now()),
    );
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({
      received: 9,
      applied: 7,
      duplicate: 0,
      unmatched: 1,
      ignored: 1,
    });

    const status = async (lead: typeof opener) => t.enrollment(ctx.workspaceId, lead?.enrollmentId as string);
    const openerEvents = (await t.events(ctx.workspaceId, opener?.enrollmentId)).filter(
      (e) => e.type !== 'sent',
    );
    expect(openerEvents.map((e) => [e.type, e.machine, e.external_id])).toEqual([
      ['opened', 1, 'sendgrid:sg-open-1'],
      ['clicked', 0, 'sendgrid:sg-click-1'],
      ['clicked', 1, 'sendgrid:sg-click-2'],
    ]);
    expect(JSON.parse(openerEvents[0]?.metadata ?? '{}').machine_reasons).toEqual([
      'provider_flag',
      'user_agent',
    ]);
    expect((await status(opener)).status).toBe('engaged');
    expect([(await status(bouncer)).status, (await status(bouncer)).status_reason]).toEqual([
      'bounced',
      'hard_bounce',
    ]);
    expect([(await status(complainer)).status, (await status(complainer)).status_reason]).toEqual([
      'unsubscribed',
      'complaint',
    ]);
    expect([(await status(blocked)).status, (await status(blocked)).soft_bounced_count]).toEqual(['sent', 1]);
    expect([(await status(unsubscriber)).status, (await status(unsubscriber)).status_reason]).toEqual([
      'unsubscribed',
      'link',
    ]);

    // The same delivery again (SendGrid retries): all duplicates, nothing changes.
    const before = await t.events(ctx.workspaceId);
    const replay = await post(
      t,
      `/webhooks/sendgrid/${ctx.workspaceId}`,
      body,
      sendgridHeaders(keys.privateKey, body, t.clock.now()),
    );
    expect(await readJson(replay)).toEqual({
      received: 9,
      applied: 0,
      duplicate: 7,
      unmatched: 1,
      ignored: 1,
    });
    expect(await t.events(ctx.workspaceId)).toEqual(before);
  });

  it('answers 401 and records nothing for a missing, bad or foreign signature', async () => {
    const ctx = await withMessages(t, 1, { name: 'sendgrid', config: { public_key: keys.publicKey } });
    const lead = ctx.leads[0];
    const body = JSON.stringify([
      {
        email: lead?.email,
        timestamp: seconds(t.clock.now() + MINUTE),
        event: 'bounce',
        type: 'bounce',
        sg_event_id: 'x1',
        leadstatus_message: lead?.messageId,
      },
    ]);
    const good = sendgridHeaders(keys.privateKey, body, t.clock.now());
    const attempts: Array<Record<string, string>> = [
      { 'Content-Type': 'application/json' },
      { ...good, 'X-Twilio-Email-Event-Webhook-Timestamp': '1700000001' },
      sendgridHeaders(sendgridKeys().privateKey, body, t.clock.now()),
      { ...good, 'X-Twilio-Email-Event-Webhook-Signature': 'bm90IGEgc2lnbmF0dXJl' },
    ];
    for (const headers of attempts) {
      const response = await post(t, `/webhooks/sendgrid/${ctx.workspaceId}`, body, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    const tampered = body.replace('"bounce"', '"spamreport"');
    expect((await post(t, `/webhooks/sendgrid/${ctx.workspaceId}`, tampered, good)).status).toBe(401);
    expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
  });

  it('keeps workspaces apart: another workspace’s key, URL or message never applies', async () => {
    const a = await withMessages(t, 1, { name: 'sendgrid', config: { public_key: keys.publicKey } });
    const otherKeys = sendgridKeys();
    const b = await withMessages(t, 1, { name: 'sendgrid', config: { public_key: otherKeys.publicKey } });
    const leadA = a.leads[0];
    const body = JSON.stringify([
      {
        email: leadA?.email,
        timestamp: seconds(t.clock.now() + MINUTE),
        event: 'spamreport',
        sg_event_id: 'iso-1',
        leadstatus_message: leadA?.messageId,
      },
    ]);
    // Signed by A, posted to B: refused.
    expect(
      (
        await post(
          t,
          `/webhooks/sendgrid/${b.workspaceId}`,
          body,
          sendgridHeaders(keys.privateKey, body, t.clock.now()),
        )
      ).status,
    ).toBe(401);
    // Signed by B, naming A's message and lead: verified, but matches nothing in B.
    const response = await post(
      t,
      `/webhooks/sendgrid/${b.workspaceId}`,
      body,
      sendgridHeaders(otherKeys.privateKey, body, t.clock.now()),
    );
    expect(await readJson(response)).toMatchObject({ applied: 0, unmatched: 1 });
    // A workspace without SendGrid settings, and an unknown one: the same 401.
    const none = await t.setup(1);
    for (const id of [none.workspaceId, 'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2', 'not-a-workspace']) {
      expect(
        (
          await post(
            t,
            `/webhooks/sendgrid/${id}`,
            body,
            sendgridHeaders(keys.privateKey, body, t.clock.now()),
          )
        ).status,
      ).toBe(401);
    }
    for (const ctx of [a, b]) expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
  });

  it('answers 400 for a signed body that is not SendGrid’s, and 404 for an unknown provider', async () => {
    const ctx = await withMessages(t, 1, { name: 'sendgrid', config: { public_key: keys.publicKey } });
    const body = JSON.stringify({ not: 'an array' });
    const response = await post(
      t,
      `/webhooks/sendgrid/${ctx.workspaceId}`,
      body,
      sendgridHeaders(keys.privateKey, body, t.clock.now()),
    );
    expect(response.status).toBe(400);
    expect((await readJson(response)).type).toBe('/problems/validation-error');
    expect(
      (await post(t, `/webhooks/sparkpost/${ctx.workspaceId}`, '[]', { 'Content-Type': 'application/json' }))
        .status,
    ).toBe(404);
  });
});
