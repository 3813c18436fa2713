import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../providers/sendgrid.js';
import { type SnsEnvelope, snsStringToSign } from '../providers/ses.js';

/** A SendGrid-style key pair: the public key as SendGrid shows it (base64 DER). */
export function sendgridKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), privateKey };
}

/** SendGrid's signature headers for `body`, signed at `now` (epoch ms: the app clock's, to be fresh). */
export function sendgridHeaders(
  privateKey: ReturnType<typeof sendgridKeys>['privateKey'],
  body: string,
  now: number,
) {
  const timestamp = String(Math.floor(now / 1000));
  const signature = sign('sha256', Buffer.from(timestamp + body), { key: privateKey, dsaEncoding: 'der' });
  return {
    'Content-Type': 'application/json',
    [SIGNATURE_HEADER]: signature.toString('base64'),
    [TIMESTAMP_HEADER]: timestamp,
  };
}

/** A Mailgun signature made at `now` (epoch ms: the app clock's, to be fresh), with a new token unless given. */
export function mailgunSignature(
  signingKey: string,
  now: number,
  token = `tok${Math.random().toString(36).slice(2)}`,
) {
  const timestamp = String(Math.floor(now / 1000));
  return {
    timestamp,
    token,
    signature: createHmac('sha256', signingKey)
      .update(timestamp + token)
      .digest('hex'),
  };
}

/** A self-signed certificate and its key, as a stand-in for the SNS signing certificate (no network). */
export function snsSigningCertificate(): { certificate: string; privateKey: string } {
  const dir = mkdtempSync(join(tmpdir(), 'leadstatus-sns-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '2',
      '-nodes',
      '-subj',
      '/CN=sns.amazonaws.com',
    ],
    { stdio: 'ignore' },
  );
  return {
    certificate: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    privateKey: readFileSync(join(dir, 'key.pem'), 'utf8'),
  };
}

export const CERT_URL =
  'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem';
export const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:ses-events';

/** An SNS envelope signed with `privateKey` (SignatureVersion 1: SHA1, 2: SHA256), as SNS posts it. */
export function snsEnvelope(
  privateKey: string,
  fields: Partial<SnsEnvelope> & Pick<SnsEnvelope, 'Type' | 'Message'>,
  version: '1' | '2' = '2',
): SnsEnvelope {
  const envelope: SnsEnvelope = {
    MessageId: crypto.randomUUID(),
    TopicArn: TOPIC_ARN,
    Timestamp: new Date().toISOString(),
    SignatureVersion: version,
    SigningCertURL: CERT_URL,
    Signature: '',
    ...fields,
  };
  const text = snsStringToSign(envelope);
  if (text === null) throw new Error('cannot sign this SNS message');
  envelope.Signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(text), privateKey).toString(
    'base64',
  );
  return envelope;
}
