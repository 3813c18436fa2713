import { createHash } from 'node:crypto';
import type { FieldProblem } from '../../platform/http/problem.js';
import type { ProviderName } from './providers/inbound-event.js';
import type { MailgunConfig } from './providers/mailgun.js';
import type { PostmarkConfig } from './providers/postmark.js';
import { type SendgridConfig, sendgridKey } from './providers/sendgrid.js';
import { type SesConfig, TOPIC_ARN_PATTERN } from './providers/ses.js';
import type { ProviderConfigInput } from './schemas.js';

export type ProviderConfig = SesConfig | SendgridConfig | MailgunConfig | PostmarkConfig;

export type ConfigResult =
  | { ok: true; config: Record<string, unknown> }
  | { ok: false; errors: FieldProblem[] };

const FIELDS: Record<ProviderName, ReadonlyArray<keyof ProviderConfigInput>> = {
  ses: ['topic_arns'],
  sendgrid: ['public_key'],
  mailgun: ['signing_key'],
  postmark: ['secret', 'username'],
};
const REQUIRED: Record<ProviderName, keyof ProviderConfigInput> = {
  ses: 'topic_arns',
  sendgrid: 'public_key',
  mailgun: 'signing_key',
  postmark: 'secret',
};

/** The provider's config from a PUT body: its own fields only, each checked. */
export function parseProviderConfig(provider: ProviderName, input: ProviderConfigInput): ConfigResult {
  const errors: FieldProblem[] = [];
  for (const [field, value] of Object.entries(input)) {
    if (value !== undefined && !FIELDS[provider].includes(field as keyof ProviderConfigInput)) {
      errors.push({
        path: `body.${field}`,
        message: `Not a ${provider} setting (it takes ${FIELDS[provider].join(', ')})`,
      });
    }
  }
  const required = REQUIRED[provider];
  if (input[required] === undefined)
    errors.push({ path: `body.${required}`, message: `Required for ${provider}` });
  if (provider === 'sendgrid' && input.public_key !== undefined && !sendgridKey(input.public_key)) {
    errors.push({
      path: 'body.public_key',
      message: 'Must be an ECDSA P-256 public key (base64 DER as SendGrid shows it, or PEM)',
    });
  }
  if (provider === 'ses') {
    (input.topic_arns ?? []).forEach((arn, i) => {
      if (!TOPIC_ARN_PATTERN.test(arn))
        errors.push({ path: `body.topic_arns.${i}`, message: 'Must be an SNS topic ARN' });
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const config = Object.fromEntries(
    FIELDS[provider].flatMap((f) => (input[f] !== undefined ? [[f, input[f]]] : [])),
  );
  return { ok: true, config };
}

/** What `GET /v1/providers` may show of a config: secrets only as a short fingerprint. */
export function configSummary(provider: ProviderName, config: Record<string, unknown>) {
  const fingerprint = (value: unknown) =>
    `sha256:${createHash('sha256').update(String(value)).digest('hex').slice(0, 12)}`;
  switch (provider) {
    case 'ses':
      return { topic_arns: Array.isArray(config.topic_arns) ? (config.topic_arns as string[]) : [] };
    case 'sendgrid':
      return { key_fingerprint: fingerprint(config.public_key) };
    case 'mailgun':
      return { key_fingerprint: fingerprint(config.signing_key) };
    case 'postmark':
      return {
        username: typeof config.username === 'string' ? config.username : 'postmark',
        key_fingerprint: fingerprint(config.secret),
      };
  }
}
