import { ProblemError } from '../../../platform/http/problem.js';
import type { Services } from '../../../platform/services/services.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import { FRESHNESS, isFresh, unixSecondsToMs } from '../providers/freshness.js';
import type { ProviderName } from '../providers/inbound-event.js';
import type { MailgunSignature } from '../providers/mailgun.js';
import { type SendgridConfig, TIMESTAMP_HEADER, verifySendgrid } from '../providers/sendgrid.js';
import { parseEnvelope, type SesConfig, type SnsEnvelope, verifySes } from '../providers/ses.js';
import { findProvider, type ProviderRecord } from '../providers.repository.js';
import { claimWebhookToken, releaseWebhookToken } from '../webhook-tokens.repository.js';

// The checks both public ESP routes make (events at /webhooks/{provider}/{workspace_id}, mail at …/mail).

export function rejected(): ProblemError {
  // One answer for every failure (unknown workspace, no settings, bad, stale or replayed
  // signature): it reveals nothing.
  return new ProblemError(
    'unauthorized',
    401,
    'The webhook signature is missing or not valid for this workspace.',
  );
}

/**
 * A signature that verifies but is too old (or too far ahead), or replayed: refused like a bad one,
 * logged for the operator.
 */
export function refused(
  services: Services,
  provider: ProviderName,
  workspaceId: string,
  reason: string,
): ProblemError {
  services.logger.warn({ provider, workspaceId }, `inbound webhook refused: ${reason}`);
  return rejected();
}

/** The workspace's settings for the provider; an id that cannot be a workspace's is not looked up. */
export async function webhookSettings(
  services: Services,
  workspaceId: string,
  provider: ProviderName,
): Promise<ProviderRecord> {
  const record = /^ws_[0-9A-Za-z]{1,40}$/.test(workspaceId)
    ? await findProvider(services.db, workspaceId, provider)
    : undefined;
  if (!record) throw rejected();
  return record;
}

/** An SNS message that verifies against the SES settings and was published within its window. */
export async function verifiedSnsEnvelope(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
  record: ProviderRecord,
  rawBody: string,
): Promise<SnsEnvelope> {
  let envelope: SnsEnvelope;
  try {
    envelope = parseEnvelope(rawBody);
  } catch {
    throw rejected();
  }
  if (!(await verifySes(envelope, record.config as unknown as SesConfig, runtime.fetchCertificate)))
    throw rejected();
  // Checked once the signature holds, so the log only ever speaks of messages SNS really sent.
  if (!isFresh('ses', Date.parse(envelope.Timestamp), services.clock.now())) {
    throw refused(services, 'ses', workspaceId, 'the SNS Timestamp is outside the freshness window');
  }
  return envelope;
}

/** SendGrid's ECDSA signature over the timestamp header and the body, then the timestamp's freshness. */
export function checkSendgrid(
  services: Services,
  workspaceId: string,
  record: ProviderRecord,
  headers: Headers,
  rawBody: string | Uint8Array,
): void {
  if (!verifySendgrid(headers, rawBody, record.config as unknown as SendgridConfig)) throw rejected();
  if (!isFresh('sendgrid', unixSecondsToMs(headers.get(TIMESTAMP_HEADER) ?? ''), services.clock.now())) {
    throw refused(services, 'sendgrid', workspaceId, 'the signed timestamp is outside the freshness window');
  }
}

/** A Mailgun signature that verified (null when it did not) must also be fresh. */
export function checkMailgun(
  services: Services,
  workspaceId: string,
  signature: MailgunSignature | null,
): MailgunSignature {
  if (!signature) throw rejected();
  if (!isFresh('mailgun', signature.signedAt, services.clock.now())) {
    throw refused(
      services,
      'mailgun',
      workspaceId,
      'the signature timestamp is outside the freshness window',
    );
  }
  return signature;
}

/**
 * Mailgun's signature covers a timestamp and a one-time token, not the body: its token is claimed
 * (per workspace, in the database) so the same signature never carries other content. Returns how to
 * release the claim should the request fail after all (the provider retries with the same signature).
 */
export async function claimMailgunToken(
  services: Services,
  workspaceId: string,
  signature: MailgunSignature,
): Promise<() => Promise<void>> {
  const expiresAt = signature.signedAt + FRESHNESS.mailgun.before;
  const claim = { workspaceId, provider: 'mailgun', token: signature.token } as const;
  if (!(await claimWebhookToken(services.writer, { ...claim, expiresAt }))) {
    throw refused(services, 'mailgun', workspaceId, 'the signature token was used before (a replay)');
  }
  return () => releaseWebhookToken(services.writer, claim);
}

/** Releases a claim after a failed request; failing to release is logged, not thrown over the first error. */
export async function releaseClaim(
  services: Services,
  workspaceId: string,
  release: (() => Promise<void>) | undefined,
): Promise<void> {
  await release?.().catch((releaseError: unknown) =>
    services.logger.error({ err: releaseError, workspaceId }, 'releasing a webhook token failed'),
  );
}
