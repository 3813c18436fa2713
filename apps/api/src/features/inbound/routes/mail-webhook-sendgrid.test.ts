import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createMailApp, type MailApp } from '../test-support/mail-app.js';
import { answerOf, FORM_BOUNDARY, multipartBody, sentAndReplied } from '../test-support/mail-webhooks.js';
import { sendgridHeaders, sendgridKeys } from '../test-support/signing.js';

const MINUTE = 60_000;

/** Inbound Parse in raw mode, as SendGrid posts it: the mail in `email`, beside envelope and spam fields. */
function parseForm(raw: string | null, to: string, from: string) {
  return multipartBody([
    ['dkim', '{@gmail.com : pass}'],
    ...(raw === null ? [] : ([['email', raw]] as const)),
    ['to', to],
    ['from', `Lead <${from}>`],
    ['sender_ip', '209.85.218.54'],
    ['spam_report', 'Spam detection software, running on the system "parsley-p1las1-spamassassin"'],
    ['envelope', JSON.stringify({ to: [to], from })],
    ['subject', 'Re: Hello'],
    ['spam_score', '0.1'],
    ['charsets', JSON.stringify({ to: 'UTF-8', from: 'UTF-8', subject: 'UTF-8' })],
    ['SPF', 'pass'],
  ]);
}

describeEachDatabase('POST /webhooks/sendgrid/{workspace_id}/mail', ({ database }) => {
  let a: MailApp;
  let keys: ReturnType<typeof sendgridKeys>;
  beforeAll(() => {
    a = createMailApp(database.handle);
    keys = sendgridKeys();
  });
  const setUp = () => sentAndReplied(a, { name: 'sendgrid', config: { public_key: keys.publicKey } });
  /** The Parse post signed (as SendGrid's security policy does) with `privateKey` at `at`. */
  const post = (workspaceId: string, body: string, privateKey = keys.privateKey, at = a.clock.now()) =>
    a.request(`/webhooks/sendgrid/${workspaceId}/mail`, {
      method: 'POST',
      headers: {
        ...sendgridHeaders(privateKey, body, at),
        'Content-Type': `multipart/form-data; boundary=${FORM_BOUNDARY}`,
        'User-Agent': 'Sendlib/1.0',
      },
      body,
    });

  it('records the reply in `email`, and the same post again as a duplicate', async () => {
    const s = await setUp();
    const body = parseForm(s.reply, 'sales@acme.test', s.email);
    const first = await answerOf(await post(s.workspaceId, body));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      kind: 'reply',
      duplicate: false,
      match: { lead_id: s.lead.leadId, enrollment_id: s.lead.enrollmentId, by: 'in_reply_to' },
      enrollment: { id: s.lead.enrollmentId, status: 'replied' },
    });
    expect((await a.inboundRows(s.workspaceId)).map((r) => r.source)).toEqual(['sendgrid']);

    const again = await answerOf(await post(s.workspaceId, body));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(await a.inboundRows(s.workspaceId)).toHaveLength(1);
  });

  it('answers 401 for a missing, bad, stale or foreign signature, and records nothing', async () => {
    const s = await setUp();
    const other = await sentAndReplied(a, {
      name: 'sendgrid',
      config: { public_key: sendgridKeys().publicKey },
    });
    const body = parseForm(s.reply, 'sales@acme.test', s.email);
    const unsigned = await a.request(`/webhooks/sendgrid/${s.workspaceId}/mail`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${FORM_BOUNDARY}` },
      body,
    });
    expect(unsigned.status).toBe(401);
    const responses = [
      // Signed by another key pair.
      await post(s.workspaceId, body, sendgridKeys().privateKey),
      // Signed, then the mail changed.
      await a.request(`/webhooks/sendgrid/${s.workspaceId}/mail`, {
        method: 'POST',
        headers: {
          ...sendgridHeaders(keys.privateKey, body, a.clock.now()),
          'Content-Type': `multipart/form-data; boundary=${FORM_BOUNDARY}`,
        },
        body: body.replace('Thursday', 'Friday'),
      }),
      // Signed 10 minutes ago, or 10 minutes ahead.
      await post(s.workspaceId, body, keys.privateKey, a.clock.now() - 10 * MINUTE),
      await post(s.workspaceId, body, keys.privateKey, a.clock.now() + 10 * MINUTE),
      // Tenancy: this workspace's signature does not verify with the other workspace's key.
      await post(other.workspaceId, body),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect((await answerOf(response)).body.type).toBe('/problems/unauthorized');
    }
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
    expect(await a.inboundRows(other.workspaceId)).toEqual([]);
  });

  it('answers 400 for a parsed (not raw) post, naming the setting, and records nothing', async () => {
    const s = await setUp();
    const parsed = multipartBody([
      ['headers', 'From: Lead <lead@example.com>\nSubject: Re: Hello'],
      ['text', 'Sounds good'],
      ['to', 'sales@acme.test'],
      ['from', `Lead <${s.email}>`],
      ['subject', 'Re: Hello'],
    ]);
    const answer = await answerOf(await post(s.workspaceId, parsed));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toContain('POST the raw, full MIME message');
    const notMail = await post(s.workspaceId, parseForm('not a mail', 'sales@acme.test', s.email));
    expect(notMail.status).toBe(400);
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
  });

  it('answers 415 for a body that is not multipart/form-data', async () => {
    const s = await setUp();
    const body = JSON.stringify({ email: s.reply });
    const response = await a.request(`/webhooks/sendgrid/${s.workspaceId}/mail`, {
      method: 'POST',
      headers: sendgridHeaders(keys.privateKey, body, a.clock.now()),
      body,
    });
    expect(response.status).toBe(415);
  });
});
