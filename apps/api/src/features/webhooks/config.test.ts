import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config/config.js';

describe('webhook settings from the environment', () => {
  it('are secure by default, with the worker on', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.webhooks).toEqual({
      allowInsecure: false,
      workerEnabled: true,
      concurrency: 8,
      timeoutMs: 10_000,
      deliveryRetentionDays: 30,
      pollIntervalMs: 1_000,
    });
  });

  it('read WEBHOOK_ALLOW_INSECURE and the worker settings', () => {
    const result = loadConfig({
      WEBHOOK_ALLOW_INSECURE: 'true',
      WEBHOOK_WORKER: '0',
      WEBHOOK_CONCURRENCY: '2',
      WEBHOOK_TIMEOUT_MS: '5000',
      WEBHOOK_POLL_INTERVAL_MS: '250',
    });
    expect(result.ok && result.config.webhooks).toEqual({
      allowInsecure: true,
      workerEnabled: false,
      concurrency: 2,
      timeoutMs: 5_000,
      deliveryRetentionDays: 30,
      pollIntervalMs: 250,
    });
  });

  it.each([
    [{ WEBHOOK_ALLOW_INSECURE: 'yes' }, /^Invalid WEBHOOK_ALLOW_INSECURE \(got "yes"\)/],
    [{ WEBHOOK_TIMEOUT_MS: '120000' }, /^Invalid WEBHOOK_TIMEOUT_MS/],
    [{ WEBHOOK_CONCURRENCY: '0' }, /^Invalid WEBHOOK_CONCURRENCY/],
  ])('explain a bad value in one line: %o', (env, message) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
