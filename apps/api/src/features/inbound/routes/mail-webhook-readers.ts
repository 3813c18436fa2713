import type { Services } from '../../../platform/services/services.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import { formMail, formText, postmarkRawEmail, readForm, sesReceivedMail } from '../mail/esp-mail.js';
import type { ProviderName } from '../providers/inbound-event.js';
import { type MailgunConfig, verifyMailgunFields } from '../providers/mailgun.js';
import { type PostmarkConfig, verifyPostmark } from '../providers/postmark.js';
import type { ProviderRecord } from '../providers.repository.js';
import { handleSubscriptionConfirmation, type SnsSubscription } from './sns-subscription.js';
import {
  checkMailgun,
  checkSendgrid,
  claimMailgunToken,
  rejected,
  verifiedSnsEnvelope,
} from './webhook-auth.js';

// How each ESP's inbound-mail request is authenticated (as its events are), then opened to the raw mail.
// Authentication always comes first: an unauthenticated request learns nothing of its payload's faults.

/** What the route knows of a request once it has the workspace's settings for the provider. */
export interface MailRequest {
  services: Services;
  runtime: TrackingRuntime;
  workspaceId: string;
  record: ProviderRecord;
  headers: Headers;
  body: Uint8Array;
  /** The Content-Type header as sent (a form's boundary included). */
  contentType: string;
}

/** An authenticated mail; `claim` (Mailgun) spends the signature once the mail is known to be readable. */
export interface MailDelivery {
  raw: Uint8Array;
  claim?: () => Promise<() => Promise<void>>;
}

/** An SNS message that carries no mail: a subscription to confirm, or the notice that one ended. */
export interface SnsNotice {
  sns: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  subscription: SnsSubscription | null;
}

/** The media types each ESP posts its inbound mail as; anything else is a 415. */
export const MAIL_MEDIA_TYPES: Readonly<Record<ProviderName, readonly string[]>> = {
  // SNS posts its JSON envelope as text/plain.
  ses: ['text/plain', 'application/json'],
  sendgrid: ['multipart/form-data'],
  // Mailgun sends urlencoded unless the mail has attachments.
  mailgun: ['multipart/form-data', 'application/x-www-form-urlencoded'],
  postmark: ['application/json'],
};

const text = (body: Uint8Array) => new TextDecoder().decode(body);

async function sesMail(request: MailRequest): Promise<MailDelivery | SnsNotice> {
  const { services, runtime, workspaceId, record } = request;
  const envelope = await verifiedSnsEnvelope(services, runtime, workspaceId, record, text(request.body));
  if (envelope.Type === 'SubscriptionConfirmation') {
    const subscription = await handleSubscriptionConfirmation(
      services,
      runtime,
      workspaceId,
      record,
      envelope,
    );
    return { sns: 'SubscriptionConfirmation', subscription };
  }
  if (envelope.Type === 'UnsubscribeConfirmation')
    return { sns: 'UnsubscribeConfirmation', subscription: null };
  return { raw: sesReceivedMail(envelope.Message) };
}

async function sendgridMail(request: MailRequest): Promise<MailDelivery> {
  // The signature covers the multipart body's exact bytes: checked before the form is read.
  checkSendgrid(request.services, request.workspaceId, request.record, request.headers, request.body);
  const form = await readForm(request.body, request.contentType);
  return {
    raw: await formMail(
      form,
      'email',
      'turn on "POST the raw, full MIME message" in the Inbound Parse settings.',
    ),
  };
}

async function mailgunMail(request: MailRequest): Promise<MailDelivery> {
  const { services, workspaceId } = request;
  let form: FormData;
  try {
    form = await readForm(request.body, request.contentType);
  } catch {
    // Without a form there is no signature to read.
    throw rejected();
  }
  const fields = {
    timestamp: formText(form, 'timestamp'),
    token: formText(form, 'token'),
    signature: formText(form, 'signature'),
  };
  const config = request.record.config as unknown as MailgunConfig;
  const signature = checkMailgun(services, workspaceId, verifyMailgunFields(fields, config));
  const raw = await formMail(
    form,
    'body-mime',
    'the forward() URL of the route must end in "mime" (post to …/webhooks/mailgun/<workspace id>/mime).',
  );
  return { raw, claim: () => claimMailgunToken(services, workspaceId, signature) };
}

async function postmarkMail(request: MailRequest): Promise<MailDelivery> {
  if (!verifyPostmark(request.headers, request.record.config as unknown as PostmarkConfig)) throw rejected();
  return { raw: postmarkRawEmail(text(request.body)) };
}

/** Each ESP's reader: authenticates the request, then finds the mail in it. */
export const MAIL_READERS: Readonly<
  Record<ProviderName, (request: MailRequest) => Promise<MailDelivery | SnsNotice>>
> = {
  ses: sesMail,
  sendgrid: sendgridMail,
  mailgun: mailgunMail,
  postmark: postmarkMail,
};
