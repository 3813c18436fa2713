import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createMailApp, type MailApp, replyMail } from '../test-support/mail-app.js';
import { answerOf, multipartBody, sentAndReplied } from '../test-support/mail-webhooks.js';
import { mailgunSignature } from '../test-support/signing.js';

const SIGNING_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
const MAILGUN = { name: 'mailgun', config: { signing_key: SIGNING_KEY } };
const MINUTE = 60_000;
const BOUNDARY = '5f6a1c0e9b6d4b7fa3c2d1e0f9a8b7c6';

type Signature = ReturnType<typeof mailgunSignature>;

/** What a route's forward() posts to a URL ending in `mime`: envelope fields, `body-mime`, signature. */
function routeFields(raw: string | null, from: string, signature: Signature): Array<[string, string]> {
  return [
    ['recipient', 'sales@acme.test'],
    ['sender', from],
    ['from', `Lead <${from}>`],
    ['subject', 'Re: Hello'],
    ...(raw === null ? [] : ([['body-mime', raw]] as Array<[string, string]>)),
    ['timestamp', signature.timestamp],
    ['token', signature.token],
    ['signature', signature.signature],
  ];
}

const urlencoded = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();

describeEachDatabase('POST /webhooks/mailgun/{workspace_id}/mail', ({ database }) => {
  let a: MailApp;
  beforeAll(() => {
    a = createMailApp(database.handle);
  });
  const sign = (key = SIGNING_KEY, at = a.clock.now()) => mailgunSignature(key, at);
  const postForm = (workspaceId: string, fields: Array<[string, string]>) =>
    a.request(`/webhooks/mailgun/${workspaceId}/mime`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: urlencoded(fields),
    });
  const postMultipart = (workspaceId: string, fields: Array<[string, string]>) =>
    a.request(`/webhooks/mailgun/${workspaceId}/mime`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: multipartBody(fields, BOUNDARY),
    });

  it('records the reply in body-mime (urlencoded or multipart), and a redelivery as a duplicate', async () => {
    const s = await sentAndReplied(a, MAILGUN);
    const first = await answerOf(await postForm(s.workspaceId, routeFields(s.reply, s.email, sign())));
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      kind: 'reply',
      duplicate: false,
      match: { lead_id: s.lead.leadId, enrollment_id: s.lead.enrollmentId, by: 'in_reply_to' },
      enrollment: { id: s.lead.enrollmentId, status: 'replied' },
    });
    expect((await a.inboundRows(s.workspaceId)).map((r) => r.source)).toEqual(['mailgun']);

    // Mailgun signs each delivery afresh: a redelivery has a new token, and is a duplicate by Message-ID.
    const again = await answerOf(await postMultipart(s.workspaceId, routeFields(s.reply, s.email, sign())));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(await a.inboundRows(s.workspaceId)).toHaveLength(1);
  });

  it('answers 401 for a missing, bad, stale, foreign or replayed signature, and records nothing', async () => {
    const s = await sentAndReplied(a, MAILGUN);
    const other = await sentAndReplied(a, {
      name: 'mailgun',
      config: { signing_key: 'key-of-another-account' },
    });
    const good = sign();
    const attempts: Array<[string, Array<[string, string]>]> = [
      [s.workspaceId, routeFields(s.reply, s.email, sign()).filter(([name]) => name !== 'signature')],
      [s.workspaceId, routeFields(s.reply, s.email, { ...good, signature: '0'.repeat(64) })],
      [s.workspaceId, routeFields(s.reply, s.email, { ...good, token: 'another-token' })],
      [s.workspaceId, routeFields(s.reply, s.email, sign('key-of-another-account'))],
      [s.workspaceId, routeFields(s.reply, s.email, sign(SIGNING_KEY, a.clock.now() - 10 * MINUTE))],
      [s.workspaceId, routeFields(s.reply, s.email, sign(SIGNING_KEY, a.clock.now() + 10 * MINUTE))],
      // Tenancy: signed with this workspace's key, posted to the other workspace's URL.
      [other.workspaceId, routeFields(s.reply, s.email, sign())],
    ];
    for (const [workspaceId, fields] of attempts) {
      const answer = await answerOf(await postForm(workspaceId, fields));
      expect(answer.status).toBe(401);
      expect(answer.body.type).toBe('/problems/unauthorized');
    }
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);
    expect(await a.inboundRows(other.workspaceId)).toEqual([]);

    // A signature seen before cannot carry another mail.
    const recorded = await postForm(s.workspaceId, routeFields(s.reply, s.email, good));
    expect(recorded.status).toBe(202);
    const forged = replyMail({ from: s.email, inReplyTo: s.sentId, text: 'Please remove me.' });
    const replay = await answerOf(await postForm(s.workspaceId, routeFields(forged, s.email, good)));
    expect(replay.status).toBe(401);
    expect(await a.inboundRows(s.workspaceId)).toHaveLength(1);
  });

  it('answers 400 for a post without body-mime or with one that is no mail, and frees the signature', async () => {
    const s = await sentAndReplied(a, MAILGUN);
    const signature = sign();
    const parsedPost: Array<[string, string]> = [
      ...routeFields(null, s.email, signature),
      ['body-plain', 'Sounds good, can we talk on Thursday?'],
      ['stripped-text', 'Sounds good, can we talk on Thursday?'],
    ];
    const missing = await answerOf(await postForm(s.workspaceId, parsedPost));
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('must end in "mime"');
    const notMail = await postForm(s.workspaceId, routeFields('not a mail', s.email, signature));
    expect(notMail.status).toBe(400);
    expect(await a.inboundRows(s.workspaceId)).toEqual([]);

    // Mailgun retries a failed post with the same signature: the failures above did not spend it.
    const retried = await postForm(s.workspaceId, routeFields(s.reply, s.email, signature));
    expect(retried.status).toBe(202);
  });

  it('answers 415 for a JSON body', async () => {
    const s = await sentAndReplied(a, MAILGUN);
    const response = await a.request(`/webhooks/mailgun/${s.workspaceId}/mail`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ 'body-mime': s.reply, ...sign() }),
    });
    expect(response.status).toBe(415);
  });
});
