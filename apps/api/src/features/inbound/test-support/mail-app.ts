import type { DatabaseHandle } from '../../../platform/db/open-database.js';
import { enrollEmails } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTrackingApp } from '../../tracking/test-support/tracking-app.js';

/** The real app with a movable clock and its sweeper, and helpers to send mail and read it back. */
export function createMailApp(database: DatabaseHandle) {
  const t = createTrackingApp(database);
  const mailApp = {
    ...t,
    /** `POST /v1/inbound/messages` with a raw mail. */
    async postMail(key: string, raw: string | Uint8Array, query = '', contentType = 'message/rfc822') {
      const response = await t.request(`/v1/inbound/messages${query}`, {
        method: 'POST',
        key,
        headers: { 'Content-Type': contentType },
        body: typeof raw === 'string' ? raw : Buffer.from(raw),
      });
      return { status: response.status, body: await readJson(response) };
    },
    /** A campaign made through the API, with the mail settings given. */
    async campaign(key: string, settings: Record<string, unknown> = {}) {
      const response = await t.request('/v1/campaigns', {
        method: 'POST',
        key,
        json: {
          name: 'Mail campaign',
          steps: [
            { subject: 'Hello', delay_hours: 0 },
            { subject: 'Again', delay_hours: 72 },
          ],
          ...settings,
        },
      });
      if (response.status !== 201) throw new Error(`campaign: ${response.status} ${await response.text()}`);
      return (await readJson(response)).id as string;
    },
    /** Enrolls the address and reports step 1 sent with this Message-ID (when given). */
    async sendTo(key: string, campaignId: string, email: string, rfc822MessageId?: string) {
      const [enrolled] = await enrollEmails({ request: t.request }, key, campaignId, [email]);
      if (!enrolled) throw new Error('enrollment failed');
      const sent = await t.sendMessage(key, {
        campaign_id: campaignId,
        lead_id: enrolled.leadId,
        step: 1,
        ...(rfc822MessageId ? { rfc822_message_id: rfc822MessageId } : {}),
      });
      if (sent.status !== 201) throw new Error(`send: ${sent.status} ${JSON.stringify(sent.body)}`);
      return { leadId: enrolled.leadId, enrollmentId: enrolled.enrollmentId, sent: sent.body };
    },
    async inboundRows(workspaceId: string) {
      return database.db
        .selectFrom('inbound_messages')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
    },
  };
  return mailApp;
}

export type MailApp = ReturnType<typeof createMailApp>;

/** A plain reply in the shape Gmail sends, to `inReplyTo`, from `from`. */
export function replyMail(options: {
  from: string;
  inReplyTo?: string;
  text?: string;
  messageId?: string;
  subject?: string;
  headers?: string[];
  date?: string;
}): string {
  const lines = [
    `From: Lead <${options.from}>`,
    'To: Sales <sales@acme.test>',
    `Subject: ${options.subject ?? 'Re: Hello'}`,
    `Date: ${options.date ?? 'Tue, 01 Dec 2026 10:15:00 +0100'}`,
    `Message-ID: ${options.messageId ?? `<reply-${Math.random().toString(36).slice(2)}@mail.gmail.test>`}`,
    ...(options.inReplyTo ? [`In-Reply-To: ${options.inReplyTo}`, `References: ${options.inReplyTo}`] : []),
    ...(options.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    options.text ?? 'Sounds good, can we talk on Thursday?',
    '',
    'On Mon, Nov 30, 2026 at 9:00 AM Sales <sales@acme.test> wrote:',
    '> Hello, would you have 15 minutes this week?',
    '',
  ];
  return lines.join('\r\n');
}
