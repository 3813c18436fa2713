import { type Json, readJson } from '../../../test-support/read-json.js';
import { type MailApp, replyMail } from './mail-app.js';

/** The boundary SendGrid's Inbound Parse uses (`multipart/form-data; boundary=xYzZY`). */
export const FORM_BOUNDARY = 'xYzZY';

/** A multipart/form-data body of text fields, laid out as SendGrid and Mailgun post them. */
export function multipartBody(fields: ReadonlyArray<readonly [string, string]>, boundary = FORM_BOUNDARY) {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** Sets (or replaces) the workspace's settings for an ESP through the API. */
export async function putProvider(a: MailApp, key: string, name: string, config: Record<string, unknown>) {
  const response = await a.request(`/v1/providers/${name}`, { method: 'PUT', key, json: config });
  if (response.status !== 200) throw new Error(`provider setup: ${response.status} ${await response.text()}`);
}

/**
 * A workspace whose lead was sent step 1 (with a Message-ID), the ESP set up, and the lead's reply to
 * it as Gmail writes it: the mail each test wraps in its ESP's payload.
 */
export async function sentAndReplied(
  a: MailApp,
  provider: { name: string; config: Record<string, unknown> },
) {
  const { key, workspaceId } = await a.newWorkspace();
  const campaignId = await a.campaign(key);
  const email = `lead.${workspaceId.slice(-8).toLowerCase()}@example.com`;
  const sentId = `<ls-${workspaceId.slice(-10)}@mail.acme.test>`;
  const lead = await a.sendTo(key, campaignId, email, sentId);
  await putProvider(a, key, provider.name, provider.config);
  const reply = replyMail({ from: email, inReplyTo: sentId });
  return { key, workspaceId, email, lead, sentId, reply };
}

/** The answer of a mail webhook: its status and JSON (a problem's too). */
export async function answerOf(response: Response): Promise<{ status: number; body: Json }> {
  return { status: response.status, body: await readJson(response) };
}
