import { beforeAll, expect, it, vi } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import { MINUTE, post, withMessages } from '../test-support/inbound-app.js';
import { CERT_URL, snsEnvelope, snsSigningCertificate, TOPIC_ARN } from '../test-support/signing.js';

const SNS_HEADERS = { 'Content-Type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': 'Notification' };
const SUBSCRIBE_URL =
  'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:ses-events&Token=2336412f37';

describeEachDatabase('POST /webhooks/ses/{workspace_id}', ({ database }) => {
  let t: TrackingApp;
  let signing: { certificate: string; privateKey: string };
  const fetchCertificate = vi.fn(async (url: string) => {
    if (url !== CERT_URL) throw new Error(`unexpected certificate URL ${url}`);
    return signing.certificate;
  });
  const confirmSubscription = vi.fn(async (_url: string) => {});
  beforeAll(() => {
    signing = snsSigningCertificate();
    t = createTrackingApp(database.handle, { fetchCertificate, confirmSubscription });
  });
  const config = { name: 'ses', config: { topic_arns: [TOPIC_ARN] } };

  /** An SES event as SES event publishing sends it through SNS. */
  const sesEvent = (
    eventType: string,
    lead: { email: string; messageId: string },
    detail: Record<string, unknown>,
    at: number,
  ) => ({
    eventType,
    mail: {
      timestamp: new Date(at - MINUTE).toISOString(),
      source: 'sales@example.com',
      messageId: '010001812345abcd-1234abcd-0000-0000-0000-000000000000-000000',
      destination: [lead.email],
      headers: [{ name: 'X-LeadStatus-Message', value: lead.messageId }],
      tags: { 'ses:configuration-set': ['outreach'] },
    },
    ...detail,
  });

  it('keeps a SubscriptionConfirmation pending and shows its SubscribeURL, fetching nothing', async () => {
    const ctx = await withMessages(t, 1, config);
    const envelope = snsEnvelope(signing.privateKey, {
      Type: 'SubscriptionConfirmation',
      Message: 'You have chosen to subscribe to the topic …',
      SubscribeURL: SUBSCRIBE_URL,
      Token: '2336412f37',
    });
    const response = await post(t, `/webhooks/ses/${ctx.workspaceId}`, JSON.stringify(envelope), SNS_HEADERS);
    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({ subscription: 'pending_confirmation', applied: 0 });
    expect(confirmSubscription).not.toHaveBeenCalled();
    const providers = await readJson(await t.request('/v1/providers', { key: ctx.key }));
    expect(providers.data[0].pending_confirmation).toMatchObject({
      topic_arn: TOPIC_ARN,
      subscribe_url: SUBSCRIBE_URL,
    });
  });

  it('confirms the subscription when SES_AUTO_CONFIRM allows it', async () => {
    const auto = createTrackingApp(database.handle, {
      fetchCertificate,
      confirmSubscription,
      sesAutoConfirm: true,
    });
    const ctx = await withMessages(auto, 1, config);
    const envelope = snsEnvelope(
      signing.privateKey,
      {
        Type: 'SubscriptionConfirmation',
        Message: 'You have chosen to subscribe …',
        SubscribeURL: SUBSCRIBE_URL,
        Token: '2336412f37',
      },
      '1',
    );
    const response = await post(
      auto,
      `/webhooks/ses/${ctx.workspaceId}`,
      JSON.stringify(envelope),
      SNS_HEADERS,
    );
    expect(await readJson(response)).toMatchObject({ subscription: 'confirmed' });
    expect(confirmSubscription).toHaveBeenCalledWith(SUBSCRIBE_URL);
  });

  it('records Bounce (Permanent, Transient), Complaint, Open and Click notifications, once each', async () => {
    const ctx = await withMessages(t, 4, config);
    const [hard, soft, complainer, reader] = ctx.leads as Array<{
      email: string;
      messageId: string;
      enrollmentId: string;
    }>;
    t.clock.advance(30 * MINUTE);
    const at = t.clock.now();
    const messages = [
      sesEvent(
        'Bounce',
        hard as never,
        {
          bounce: {
            bounceType: 'Permanent',
            bounceSubType: 'General',
            bouncedRecipients: [{ emailAddress: hard?.email }],
            timestamp: new Date(at).toISOString(),
            feedbackId: 'f1',
          },
        },
        at,
      ),
      sesEvent(
        'Bounce',
        soft as never,
        {
          bounce: {
            bounceType: 'Transient',
            bounceSubType: 'MailboxFull',
            bouncedRecipients: [{ emailAddress: soft?.email }],
            timestamp: new Date(at).toISOString(),
            feedbackId: 'f2',
          },
        },
        at,
      ),
      sesEvent(
        'Complaint',
        complainer as never,
        {
          complaint: {
            complainedRecipients: [{ emailAddress: complainer?.email }],
            timestamp: new Date(at).toISOString(),
            feedbackId: 'f3',
          },
        },
        at,
      ),
      sesEvent(
        'Open',
        reader as never,
        {
          open: {
            ipAddress: '192.0.2.1',
            timestamp: new Date(at).toISOString(),
            userAgent:
              'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
          },
        },
        at,
      ),
      sesEvent(
        'Click',
        reader as never,
        {
          click: {
            ipAddress: '192.0.2.1',
            timestamp: new Date(at).toISOString(),
            link: 'https://example.com/',
            userAgent: 'Mozilla/5.0 (compatible; Mimecast URL Protect)',
          },
        },
        at,
      ),
      sesEvent(
        'Delivery',
        reader as never,
        { delivery: { timestamp: new Date(at).toISOString(), recipients: [reader?.email] } },
        at,
      ),
    ];
    const envelopes = messages.map((m, i) =>
      snsEnvelope(
        signing.privateKey,
        { Type: 'Notification', Message: JSON.stringify(m) },
        i % 2 === 0 ? '1' : '2',
      ),
    );
    const results = [];
    for (const envelope of envelopes) {
      const response = await post(
        t,
        `/webhooks/ses/${ctx.workspaceId}`,
        JSON.stringify(envelope),
        SNS_HEADERS,
      );
      expect(response.status).toBe(200);
      results.push(await readJson(response));
    }
    expect(results.map((r) => r.applied)).toEqual([1, 1, 1, 1, 1, 0]);
    expect(results[5]).toMatchObject({ ignored: 1 });
    const enrollment = (lead: { enrollmentId: string } | undefined) =>
      t.enrollment(ctx.workspaceId, lead?.enrollmentId as string);
    expect((await enrollment(hard)).status_reason).toBe('hard_bounce');
    expect([(await enrollment(soft)).status, (await enrollment(soft)).soft_bounced_count]).toEqual([
      'sent',
      1,
    ]);
    expect((await enrollment(complainer)).status_reason).toBe('complaint');
    expect([(await enrollment(reader)).status, (await enrollment(reader)).machine_clicked_count]).toEqual([
      'engaged',
      1,
    ]);

    // SNS redelivers: the same MessageId is a duplicate.
    const again = await post(
      t,
      `/webhooks/ses/${ctx.workspaceId}`,
      JSON.stringify(envelopes[0]),
      SNS_HEADERS,
    );
    expect(await readJson(again)).toMatchObject({ applied: 0, duplicate: 1 });
  });

  it('answers 401 for a bad signature, another topic or a certificate URL off sns.*.amazonaws.com', async () => {
    const ctx = await withMessages(t, 1, config);
    const lead = ctx.leads[0] as { email: string; messageId: string };
    const message = JSON.stringify(
      sesEvent(
        'Complaint',
        lead,
        {
          complaint: {
            complainedRecipients: [{ emailAddress: lead.email }],
            timestamp: new Date(t.clock.now()).toISOString(),
          },
        },
        t.clock.now(),
      ),
    );
    const good = snsEnvelope(signing.privateKey, { Type: 'Notification', Message: message });
    fetchCertificate.mockClear();
    const attempts = [
      { ...good, Message: message.replace('Complaint', 'Delivery') },
      {
        ...good,
        Signature: snsEnvelope(snsSigningCertificate().privateKey, { Type: 'Notification', Message: message })
          .Signature,
      },
      snsEnvelope(signing.privateKey, {
        Type: 'Notification',
        Message: message,
        TopicArn: 'arn:aws:sns:us-east-1:999999999999:other',
      }),
      snsEnvelope(signing.privateKey, {
        Type: 'Notification',
        Message: message,
        SigningCertURL: 'https://evil.example.com/cert.pem',
      }),
      snsEnvelope(signing.privateKey, {
        Type: 'Notification',
        Message: message,
        SigningCertURL: 'http://sns.us-east-1.amazonaws.com/cert.pem',
      }),
      snsEnvelope(signing.privateKey, {
        Type: 'Notification',
        Message: message,
        SigningCertURL: 'https://sns.us-east-1.amazonaws.com.evil.net/cert.pem',
      }),
      { ...good, SignatureVersion: '3' },
    ];
    for (const envelope of attempts) {
      const response = await post(
        t,
        `/webhooks/ses/${ctx.workspaceId}`,
        JSON.stringify(envelope),
        SNS_HEADERS,
      );
      expect(response.status).toBe(401);
    }
    expect((await post(t, `/webhooks/ses/${ctx.workspaceId}`, 'not json', SNS_HEADERS)).status).toBe(401);
    // Only SNS certificate URLs were ever asked for.
    for (const [url] of fetchCertificate.mock.calls) expect(url).toBe(CERT_URL);
    expect((await t.events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
  });
});
