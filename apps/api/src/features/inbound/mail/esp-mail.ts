import { BadPayloadError, isRecord, stringOf } from '../providers/inbound-event.js';

// The raw mail inside each ESP's inbound payload, once the request is authenticated. Every failure is
// a BadPayloadError (a 400) whose message tells the operator which ESP setting to change.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The mail of an SES receipt notification (the SNS Message): `content`, base64 when the SNS action's
 * encoding is Base64 (`receipt.action.encoding`), else the UTF-8 text of the mail.
 */
export function sesReceivedMail(message: string): Uint8Array {
  let notification: unknown;
  try {
    notification = JSON.parse(message);
  } catch {
    throw new BadPayloadError('The SNS Message is not an SES notification (JSON).');
  }
  if (!isRecord(notification) || notification.notificationType !== 'Received') {
    throw new BadPayloadError(
      'This URL takes SES receipt notifications (notificationType "Received"); ' +
        'SES events go to /webhooks/ses/{workspace_id}.',
    );
  }
  const receipt = isRecord(notification.receipt) ? notification.receipt : {};
  const action = isRecord(receipt.action) ? receipt.action : {};
  const content = stringOf(notification.content);
  if (content === null) {
    throw new BadPayloadError(
      'The notification carries no mail (`content`): ' +
        'publish it with an SNS action in the receipt rule, not an S3 action.',
    );
  }
  // AWS writes it `BASE64` / `UTF8` here and `Base64` / `UTF-8` in the rule's settings.
  const encoding = (stringOf(action.encoding) ?? 'UTF8').toUpperCase().replace('-', '');
  if (encoding === 'UTF8') return Buffer.from(content, 'utf8');
  if (encoding !== 'BASE64') throw new BadPayloadError(`Unknown receipt.action.encoding ${encoding}.`);
  const compact = content.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new BadPayloadError('The notification `content` is not base64, as its encoding says.');
  }
  return Buffer.from(compact, 'base64');
}

/** A form posted as multipart/form-data or application/x-www-form-urlencoded, read from its bytes. */
export async function readForm(body: Uint8Array, contentType: string): Promise<FormData> {
  try {
    return await new Response(body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw new BadPayloadError('The body is not the form its Content-Type announces.');
  }
}

/**
 * One form field holding a whole mail: SendGrid's `email`, Mailgun's `body-mime`. A text field comes
 * decoded as UTF-8 (a mail's 8-bit parts in another charset lose those bytes); a file part keeps them.
 */
export async function formMail(form: FormData, field: string, hint: string): Promise<Uint8Array> {
  const values = form.getAll(field);
  const value = values[0];
  if (values.length !== 1 || value === undefined || (typeof value === 'string' && value === '')) {
    throw new BadPayloadError(`The form has no \`${field}\` field with the raw mail: ${hint}`);
  }
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : new Uint8Array(await value.arrayBuffer());
}

/** The mail of a Postmark inbound message: `RawEmail`, present when the server includes it. */
export function postmarkRawEmail(rawBody: string): Uint8Array {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new BadPayloadError('The body is not JSON.');
  }
  if (!isRecord(body)) throw new BadPayloadError('Postmark posts a JSON object.');
  const raw = stringOf(body.RawEmail);
  if (raw === null) {
    throw new BadPayloadError(
      'The message has no `RawEmail`: turn on "Include raw email content in JSON payload" ' +
        'in the Postmark server’s inbound settings.',
    );
  }
  return Buffer.from(raw, 'utf8');
}

/** A string form field (Mailgun's signature fields), or null. */
export function formText(form: FormData, field: string): string | null {
  const value = form.get(field);
  return typeof value === 'string' ? value : null;
}
