import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook, webhookHeaders } from './signature.js';

/** The Standard Webhooks algorithm, written from the specification for this test alone. */
function referenceSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.split('_')[1] ?? '', 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

describe('webhook signatures', () => {
  it('makes whsec_ secrets of 32 random bytes', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });

  it('matches a fixed vector of the reference algorithm', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('agrees with the reference algorithm on any body, including non-ASCII', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: 'dlv_1', data: { name: 'Zoë 🚀' } });
    expect(signWebhook(secret, 'dlv_1', 1795774800, body)).toBe(
      referenceSignature(secret, 'dlv_1', '1795774800', body),
    );
  });

  it('verifies with the standardwebhooks library, and fails when anything is altered', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: 'dlv_2', type: 'lead.status_changed' });
    const headers = webhookHeaders(secret, 'dlv_2', Math.floor(Date.now() / 1000), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'dlv_3' })).toThrow();
  });
});
