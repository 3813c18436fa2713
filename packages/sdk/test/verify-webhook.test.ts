import { newWebhookSecret, signWebhook, webhookHeaders } from '@leadstatus/api/features/webhooks/signature';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../src/webhooks.js';

const body = JSON.stringify({
  id: 'dlv_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  type: 'lead.status_changed',
  created_at: '2026-11-27T10:00:00.000Z',
  data: {
    enrollment_id: 'enr_1',
    lead_id: 'lead_1',
    campaign_id: 'cmp_1',
    from: 'sent',
    to: 'replied',
    reason: null,
    at: '2026-11-27T09:59:58.000Z',
  },
});
const now = () => Math.floor(Date.now() / 1000);

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyWebhook against the service’s own signing code', () => {
  it('accepts what the service signs and returns the event', async () => {
    const secret = newWebhookSecret();
    const headers = webhookHeaders(secret, 'dlv_1', now(), body);
    const event = await verifyWebhook(body, headers, secret);
    expect(event).toMatchObject({ type: 'lead.status_changed', data: { to: 'replied' } });
  });

  it('accepts fetch Headers, the raw bytes, and mixed-case header names', async () => {
    const secret = newWebhookSecret();
    const signed = webhookHeaders(secret, 'dlv_2', now(), body);
    await expect(
      verifyWebhook(new TextEncoder().encode(body), new Headers(signed), secret),
    ).resolves.toBeTruthy();
    const shouting = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toUpperCase(), [v]]));
    await expect(verifyWebhook(body, shouting, secret)).resolves.toBeTruthy();
  });

  it('rejects a changed body, another secret, a changed id and a missing header', async () => {
    const secret = newWebhookSecret();
    const headers = webhookHeaders(secret, 'dlv_3', now(), body);
    await expect(verifyWebhook(body.replace('replied', 'engaged'), headers, secret)).rejects.toThrow(
      WebhookVerificationError,
    );
    await expect(verifyWebhook(body, headers, newWebhookSecret())).rejects.toThrow(
      'No valid webhook-signature',
    );
    await expect(verifyWebhook(body, { ...headers, 'webhook-id': 'dlv_4' }, secret)).rejects.toThrow(
      WebhookVerificationError,
    );
    const { 'webhook-signature': _, ...unsigned } = headers;
    await expect(verifyWebhook(body, unsigned, secret)).rejects.toThrow('Missing');
  });

  it('rejects stale and future timestamps, within a configurable tolerance', async () => {
    const secret = newWebhookSecret();
    const old = now() - 301;
    const stale = webhookHeaders(secret, 'dlv_5', old, body);
    await expect(verifyWebhook(body, stale, secret)).rejects.toThrow('too old');
    await expect(verifyWebhook(body, stale, secret, { toleranceSeconds: 600 })).resolves.toBeTruthy();
    const future = webhookHeaders(secret, 'dlv_6', now() + 301, body);
    await expect(verifyWebhook(body, future, secret)).rejects.toThrow(WebhookVerificationError);
  });

  it('accepts any valid v1 signature among several (secret rotation)', async () => {
    const secret = newWebhookSecret();
    const timestamp = now();
    const good = signWebhook(secret, 'dlv_7', timestamp, body);
    const other = signWebhook(newWebhookSecret(), 'dlv_7', timestamp, body);
    const headers = { 'webhook-id': 'dlv_7', 'webhook-timestamp': String(timestamp) };
    await expect(
      verifyWebhook(body, { ...headers, 'webhook-signature': `${other} v2,xyz ${good}` }, secret),
    ).resolves.toBeTruthy();
    await expect(
      verifyWebhook(body, { ...headers, 'webhook-signature': `v1,!!notbase64 ${other}` }, secret),
    ).rejects.toThrow(WebhookVerificationError);
  });
});

describe('verifyWebhook against a fixed vector', () => {
  // The example of the Standard Webhooks specification.
  const vector = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    body: '{"test": 2432232314}',
    signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  };
  const headers = {
    'webhook-id': vector.id,
    'webhook-timestamp': String(vector.timestamp),
    'webhook-signature': vector.signature,
  };

  it('verifies at the time it was signed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(vector.timestamp * 1000 + 10_000);
    await expect(verifyWebhook(vector.body, headers, vector.secret)).resolves.toEqual({ test: 2432232314 });
    expect(signWebhook(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
  });

  it('is stale today', async () => {
    await expect(verifyWebhook(vector.body, headers, vector.secret)).rejects.toThrow('too old');
  });
});
