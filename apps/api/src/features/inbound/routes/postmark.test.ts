import { beforeAll, expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { MINUTE, post, withMessages } from '../test-support/inbound-app.js';

const SECRET = 'pm-webhook-secret-0123456789';
const basic = (user: string, password: string) => ({
  'Content-Type': 'application/json',
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

/**
 * The JSON Postmark sends: bounce ids are 64-bit integers (written here as '#digits', which JS numbers
 * cannot hold), as the two bounces below differ only in their last digit.
 */
const raw = (record: object) => JSON.stringify(record).replace(/"#(\d+)"/g, '$1');

describeEachDatabase('POST /webhooks/postmark/{workspace_id}', ({ database }) => {
  let t: TrackingApp;
  beforeAll(() => {
    t = createTrackingApp(database.handle);
  });

  it('records Bounce, SpamComplaint, Open, Click and SubscriptionChange records', async () => {
    const ctx = await withMessages(t, 5, { name: 'postmark', config: { secret: SECRET } });
    const [reader, hard, soft, complainer, suppressed] = ctx.leads;
    t.clock.advance(30 * MINUTE);
    const at = new Date(t.clock.now()).toISOString();
    const meta = (lead: typeof reader) => ({
      Metadata: { leadstatus_message: lead?.messageId },
      MessageID: `pm-${lead?.leadId}`,
    });
    const records = [
      {
        RecordType: 'Open',
        Recipient: reader?.email,
        ReceivedAt: at,
        FirstOpen: true,
        UserAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
        ...meta(reader),
      },
      {
        RecordType: 'Click',
        Recipient: reader?.email,
        ReceivedAt: at,
        OriginalLink: 'https://example.com/',
        UserAgent: 'curl/8.4.0',
        ...meta(reader),
      },
      {
        RecordType: 'Bounce',
        ID: '#4323372036854775807',
        Type: 'HardBounce',
        TypeCode: 1,
        Email: hard?.email,
        BouncedAt: at,
        ...meta(hard),
      },
      {
        RecordType: 'Bounce',
        ID: '#4323372036854775808',
        Type: 'SoftBounce',
        TypeCode: 4096,
        Email: soft?.email,
        BouncedAt: at,
        ...meta(soft),
      },
      {
        RecordType: 'SpamComplaint',
        ID: 42,
        Type: 'SpamComplaint',
        Email: complainer?.email,
        BouncedAt: at,
        ...meta(complainer),
      },
      {
        RecordType: 'SubscriptionChange',
        Recipient: suppressed?.email,
        ChangedAt: at,
        SuppressSending: true,
        SuppressionReason: 'ManualSuppression',
        ...meta(suppressed),
      },
      { RecordType: 'Delivery', Recipient: reader?.email, DeliveredAt: at, ...meta(reader) },
    ];
    const results = [];
    for (const [i, record] of records.entries()) {
      // Basic auth in the webhook URL, or the custom header: both work.
      const headers =
        i % 2 === 0
          ? basic('postmark', SECRET)
          : { 'Content-Type': 'application/json', 'X-Webhook-Secret': SECRET };
      const response = await post(t, `/webhooks/postmark/${ctx.workspaceId}`, raw(record), headers);
      expect(response.status).toBe(200);
      results.push(await readJson(response));
    }
    expect(results.map((r) => r.applied)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    const enrollment = (lead: typeof reader) => t.enrollment(ctx.workspaceId, lead?.enrollmentId as string);
    expect([(await enrollment(reader)).status, (await enrollment(reader)).machine_clicked_count]).toEqual([
      'engaged',
      1,
    ]);
    expect((await enrollment(hard)).status_reason).toBe('hard_bounce');
    expect([(await enrollment(soft)).status, (await enrollment(soft)).soft_bounced_count]).toEqual([
      'sent',
      1,
    ]);
    expect((await enrollment(complainer)).status_reason).toBe('complaint');
    expect([(await enrollment(suppressed)).status, (await enrollment(suppressed)).status_reason]).toEqual([
      'unsubscribed',
      'link',
    ]);

    const replay = await post(
      t,
      `/webhooks/postmark/${ctx.workspaceId}`,
      raw(records[2] as object),
      basic('postmark', SECRET),
    );
    expect(await readJson(replay)).toMatchObject({ applied: 0, duplicate: 1 });
  });

  it('answers 401 without the secret, and 400 for a body that is no Postmark record', async () => {
    const ctx = await withMessages(t, 1, { name: 'postmark', config: { secret: SECRET, username: 'hooks' } });
    const lead = ctx.leads[0];
    const record = JSON.stringify({
      RecordType: 'SpamComplaint',
      ID: 7,
      Email: lead?.email,
      BouncedAt: new Date(t.clock.now()).toISOString(),
    });
    const attempts: Array<Record<string, string>> = [
      { 'Content-Type': 'application/json' },
      basic('postmark', SECRET), // the configured user is `hooks`
      basic('hooks', 'wrong-secret-0123456789'),
      { 'Content-Type': 'application/json', 'X-Webhook-Secret': `${SECRET}x` },
    ];
    for (const headers of attempts) {
      expect((await post(t, `/webhooks/postmark/${ctx.workspaceId}`, record, headers)).status).toBe(401);
    }
    expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
    const bad = await post(
      t,
      `/webhooks/postmark/${ctx.workspaceId}`,
      '{"no":"record type"}',
      basic('hooks', SECRET),
    );
    expect(bad.status).toBe(400);
    const ok = await post(t, `/webhooks/postmark/${ctx.workspaceId}`, record, basic('hooks', SECRET));
    expect(await readJson(ok)).toMatchObject({ applied: 1 });
  });
});
