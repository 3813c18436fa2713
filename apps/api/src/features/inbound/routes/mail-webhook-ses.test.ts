import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createTrackingApp, type TrackingApp } from '../../tracking/test-support/tracking-app.js';
import type { SnsEnvelope } from '../providers/ses.js';
import { createMailApp, type MailApp } from '../test-support/mail-app.js';
import { answerOf, sentAndReplied } from '../test-support/mail-webhooks.js';
import { CERT_URL, snsEnvelope, snsSigningCertificate, TOPIC_ARN } from '../test-support/signing.js';

const SNS_HEADERS = {
  'Content-Type': 'text/plain; charset=UTF-8',
  'x-amz-sns-message-type': 'Notification',
  'User-Agent': 'Amazon Simple Notification Service Agent',
};
const SES = { name: 'ses', config: { topic_arns: [TOPIC_ARN] } };
const HOUR = 3_600_000;

/** An SES receipt notification as the SNS action publishes it; `content` omitted as an S3 action's is. */
function receipt(raw: string | null, encoding: 'BASE64' | 'UTF8', to: string) {
  return JSON.stringify({
    notificationType: 'Received',
    mail: {
      timestamp: '2026-12-01T09:15:01.000Z',
      source: to,
      messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
      destination: ['sales@acme.test'],
      headersTruncated: false,
      headers: [{ name: 'Subject', value: 'Re: Hello' }],
      commonHeaders: { from: [`Lead <${to}>`], to: ['sales@acme.test'], subject: 'Re: Hello' },
    },
    receipt: {
      timestamp: '2026-12-01T09:15:01.000Z',
      processingTimeMillis: 222,
      recipients: ['sales@acme.test'],
      spamVerdict: { status: 'PASS' },
      virusVerdict: { status: 'PASS' },
      spfVerdict: { status: 'PASS' },
      dkimVerdict: { status: 'PASS' },
      dmarcVerdict: { status: 'PASS' },
      action:
        raw === null
          ? { type: 'S3', topicArn: TOPIC_ARN, bucketName: 'inbound-mail', objectKey: 'o3vrnil0e2ic28' }
          : { type: 'SNS', topicArn: TOPIC_ARN, encoding },
    },
    ...(raw === null ? {} : { content: encoding === 'BASE64' ? Buffer.from(raw).toString('base64') : raw }),
  });
}

describeEachDatabase('POST /webhooks/ses/{workspace_id}/mail', ({ database }) => {
  // The mail app sets data up; the SES app, on the same database, fetches certificates from the test.
  let a: MailApp;
  let t: TrackingApp;
  let signing: { certificate: string; privateKey: string };
  const fetchCertificate = vi.fn(async (url: string) => {
    if (url !== CERT_URL) throw new Error(`unexpected certificate URL ${url}`);
    return signing.certificate;
  });
  beforeAll(() => {
    signing = snsSigningCertificate();
    a = createMailApp(database.handle);
    t = createTrackingApp(database.handle, { fetchCertificate });
  });
  const notification = (message: string, fields: Partial<SnsEnvelope> = {}) =>
    snsEnvelope(signing.privateKey, {
      Type: 'Notification',
      Subject: 'Amazon SES Email Receipt Notification',
      Message: message,
      Timestamp: new Date(t.clock.now()).toISOString(),
      ...fields,
    });
  const post = (workspaceId: string, envelope: SnsEnvelope | string) =>
    t.request(`/webhooks/ses/${workspaceId}/mail`, {
      method: 'POST',
      headers: SNS_HEADERS,
      body: typeof envelope === 'string' ? envelope : JSON.stringify(envelope),
    });

  it.each(['BASE64', 'UTF8'] as const)(
    'records the reply in content (%s), and the redelivered notification as a duplicate',
    async (encoding) => {
      const s = await sentAndReplied(a, SES);
      const envelope = notification(receipt(s.reply, encoding, s.email));
      const first = await answerOf(await post(s.workspaceId, envelope));
      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({
        kind: 'reply',
        duplicate: false,
        match: { lead_id: s.lead.leadId, enrollment_id: s.lead.enrollmentId, by: 'in_reply_to' },
        enrollment: { id: s.lead.enrollmentId, status: 'replied' },
      });
      expect((await a.inboundRows(s.workspaceId)).map((r) => r.source)).toEqual(['ses']);

      const again = await answerOf(await post(s.workspaceId, envelope));
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
      expect(await a.inboundRows(s.workspaceId)).toHaveLength(1);
    },
  );

  it('answers 401 for a bad signature, another topic, a stale message or another workspace, and records nothing', async () => {
    const s = await sentAndReplied(a, SES);
    const other = await sentAndReplied(a, {
      name: 'ses',
      config: { topic_arns: ['arn:aws:sns:us-east-1:210987654321:other-inbound'] },
    });
    const message = receipt(s.reply, 'BASE64', s.email);
    const good = notification(message);
    const tampered = message.replace('"spamVerdict":{"status":"PASS"}', '"spamVerdict":{"status":"FAIL"}');
    expect(tampered).not.toBe(message);
    const attempts: Array<[string, SnsEnvelope | string]> = [
      // Signed, then changed (a verdict flipped).
      [s.workspaceId, { ...good, Message: tampered }],
      [
        s.workspaceId,
        {
          ...good,
          Signature: snsEnvelope(snsSigningCertificate().privateKey, {
            Type: 'Notification',
            Message: message,
          }).Signature,
        },
      ],
      [s.workspaceId, { ...good, Signature: '' }],
      [s.workspaceId, notification(message, { TopicArn: 'arn:aws:sns:us-east-1:999999999999:other' })],
      [s.workspaceId, notification(message, { SigningCertURL: 'https://evil.example.com/cert.pem' })],
      [s.workspaceId, notification(message, { Timestamp: new Date(t.clock.now() - 2 * HOUR).toISOString() })],
      [s.workspaceId, notification(message, { Timestamp: new Date(t.clock.now() + HOUR).toISOString() })],
      [s.workspaceId, 'not json'],
      // Tenancy: the other workspace subscribes another topic; this one's notification does not verify there.
      [other.workspaceId, good],
    ];
    for (const [workspaceId, envelope] of attempts) {
      const answer = await answerOf(await post(workspaceId, envelope));
      expect(answer.status).toBe(401);
      expect(answer.body.type).toBe('/problems/unauthorized');
    }
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
    expect(await a.inboundRows(other.workspaceId)).toEqual([]);
  });

  it('answers 400 for an S3 action (no content), an SES event, or content that is no mail', async () => {
    const s = await sentAndReplied(a, SES);
    const s3 = await answerOf(await post(s.workspaceId, notification(receipt(null, 'UTF8', s.email))));
    expect(s3.status).toBe(400);
    expect(s3.body.detail).toContain('SNS action');
    const bounce = JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType: 'Permanent' },
      mail: {},
    });
    const event = await answerOf(await post(s.workspaceId, notification(bounce)));
    expect(event.status).toBe(400);
    expect(event.body.detail).toContain('Received');
    const badBase64 = { ...JSON.parse(receipt(s.reply, 'BASE64', s.email)), content: '%%%' };
    const notBase64 = await answerOf(await post(s.workspaceId, notification(JSON.stringify(badBase64))));
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.detail).toContain('not base64');
    expect((await post(s.workspaceId, notification(receipt('not a mail', 'UTF8', s.email)))).status).toBe(
      400,
    );
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
  });

  it('keeps a SubscriptionConfirmation for the receiving topic pending, as the event webhook does', async () => {
    const s = await sentAndReplied(a, SES);
    const subscribeUrl = `https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${TOPIC_ARN}&Token=2336412f37`;
    const envelope = snsEnvelope(signing.privateKey, {
      Type: 'SubscriptionConfirmation',
      Message: `You have chosen to subscribe to the topic ${TOPIC_ARN}.`,
      SubscribeURL: subscribeUrl,
      Token: '2336412f37',
      Timestamp: new Date(t.clock.now()).toISOString(),
    });
    const answer = await answerOf(await post(s.workspaceId, envelope));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ sns: 'SubscriptionConfirmation', subscription: 'pending_confirmation' });
    const providers = await answerOf(await a.request('/v1/providers', { key: s.key }));
    expect(providers.body.data[0].pending_confirmation).toMatchObject({ subscribe_url: subscribeUrl });
  });
});
