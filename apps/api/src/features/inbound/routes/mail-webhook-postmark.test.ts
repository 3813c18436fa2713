import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { MAX_MAIL_BYTES } from '../mail/schemas.js';
import { createMailApp, type MailApp, replyMail } from '../test-support/mail-app.js';
import { answerOf, sentAndReplied } from '../test-support/mail-webhooks.js';

const SECRET = 'pm-inbound-secret-0123456789';
const POSTMARK = { name: 'postmark', config: { secret: SECRET } };
const basic = (user: string, password: string) => ({
  'Content-Type': 'application/json',
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

/** A Postmark inbound message as its inbound webhook posts it, `RawEmail` included (trimmed fields). */
function inboundJson(raw: string | undefined, from: string) {
  return JSON.stringify({
    FromName: 'Lead',
    MessageStream: 'inbound',
    From: from,
    FromFull: { Email: from, Name: 'Lead', MailboxHash: '' },
    To: 'sales@acme.test',
    ToFull: [{ Email: 'sales@acme.test', Name: 'Sales', MailboxHash: '' }],
    Cc: '',
    CcFull: [],
    OriginalRecipient: 'sales@acme.test',
    Subject: 'Re: Hello',
    MessageID: '22c74902-a0c1-4511-804f-341342852c90',
    ReplyTo: '',
    MailboxHash: '',
    Date: 'Tue, 1 Dec 2026 10:15:00 +0100',
    TextBody: 'Sounds good, can we talk on Thursday?',
    HtmlBody: '',
    StrippedTextReply: 'Sounds good, can we talk on Thursday?',
    Tag: '',
    Headers: [{ Name: 'X-Spam-Status', Value: 'No' }],
    Attachments: [],
    ...(raw === undefined ? {} : { RawEmail: raw }),
  });
}

describeEachDatabase('POST /webhooks/postmark/{workspace_id}/mail', ({ database }) => {
  let a: MailApp;
  beforeAll(() => {
    a = createMailApp(database.handle);
  });
  const post = (workspaceId: string, body: string, headers: Record<string, string>) =>
    a.request(`/webhooks/postmark/${workspaceId}/mail`, { method: 'POST', headers, body });

  it('records the reply in RawEmail (basic auth or secret header), and a redelivery as a duplicate', async () => {
    const s = await sentAndReplied(a, POSTMARK);
    const body = inboundJson(s.reply, s.email);
    const first = await answerOf(await post(s.workspaceId, body, basic('postmark', SECRET)));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      kind: 'reply',
      duplicate: false,
      match: { lead_id: s.lead.leadId, enrollment_id: s.lead.enrollmentId, by: 'in_reply_to' },
      enrollment: { id: s.lead.enrollmentId, status: 'replied' },
    });
    const rows = await a.inboundRows(s.workspaceId);
    expect(rows.map((r) => [r.id, r.source])).toEqual([[first.body.id, 'postmark']]);

    const again = await answerOf(
      await post(s.workspaceId, body, { 'Content-Type': 'application/json', 'X-Webhook-Secret': SECRET }),
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(await a.inboundRows(s.workspaceId)).toHaveLength(1);
  });

  it('answers 401 without the secret, or with another workspace’s, and records nothing', async () => {
    const s = await sentAndReplied(a, { name: 'postmark', config: { secret: SECRET, username: 'hooks' } });
    const other = await sentAndReplied(a, { name: 'postmark', config: { secret: `${SECRET}-other` } });
    const body = inboundJson(s.reply, s.email);
    const attempts: Array<[string, Record<string, string>]> = [
      [s.workspaceId, { 'Content-Type': 'application/json' }],
      [s.workspaceId, basic('postmark', SECRET)], // the configured user is `hooks`
      [s.workspaceId, basic('hooks', 'wrong-secret-0123456789')],
      [s.workspaceId, { 'Content-Type': 'application/json', 'X-Webhook-Secret': `${SECRET}x` }],
      // Tenancy: this workspace's secret does not open the other workspace's URL.
      [other.workspaceId, basic('hooks', SECRET)],
      ['ws_doesnotexist', basic('hooks', SECRET)],
    ];
    for (const [workspaceId, headers] of attempts) {
      const answer = await answerOf(await post(workspaceId, body, headers));
      expect(answer.status).toBe(401);
      expect(answer.body.type).toBe('/problems/unauthorized');
    }
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
    expect(await a.inboundRows(other.workspaceId)).toEqual([]);
  });

  it('answers 400 without RawEmail, saying which option to turn on, and for a RawEmail that is no mail', async () => {
    const s = await sentAndReplied(a, POSTMARK);
    const missing = await answerOf(
      await post(s.workspaceId, inboundJson(undefined, s.email), basic('postmark', SECRET)),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('Include raw email content in JSON payload');
    const notMail = await answerOf(
      await post(s.workspaceId, inboundJson('hello', s.email), basic('postmark', SECRET)),
    );
    expect(notMail.status).toBe(400);
    expect((await post(s.workspaceId, '[1,2]', basic('postmark', SECRET))).status).toBe(400);
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
  });

  it('answers 415 for a body that is not JSON, 404 for an unknown ESP, 413 for a mail over 10 MiB', async () => {
    const s = await sentAndReplied(a, POSTMARK);
    const form = { ...basic('postmark', SECRET), 'Content-Type': 'application/x-www-form-urlencoded' };
    expect((await post(s.workspaceId, 'RawEmail=x', form)).status).toBe(415);
    const unknown = await a.request(`/webhooks/sparkpost/${s.workspaceId}/mail`, {
      method: 'POST',
      headers: basic('postmark', SECRET),
      body: '{}',
    });
    expect(unknown.status).toBe(404);
    const padding = 'x'.repeat(76);
    const big = replyMail({
      from: s.email,
      inReplyTo: s.sentId,
      text: Array.from({ length: Math.ceil(MAX_MAIL_BYTES / 77) + 1 }, () => padding).join('\n'),
    });
    const tooLarge = await post(s.workspaceId, inboundJson(big, s.email), basic('postmark', SECRET));
    expect(tooLarge.status).toBe(413);
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
  });
});
