import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 8787 on loopback with SQLite under ./data', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.port).toBe(8787);
    expect(result.config.host).toBe('127.0.0.1');
    expect(result.config.database).toMatchObject({ dialect: 'sqlite' });
    expect(result.config.database.dialect === 'sqlite' && result.config.database.filename).toMatch(
      /data\/leadstatus\.db$/,
    );
  });

  it('reads MySQL URLs', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://u:p@db.internal:3307/leads' });
    expect(result.ok && result.config.database).toMatchObject({
      dialect: 'mysql',
      host: 'db.internal',
      port: 3307,
      database: 'leads',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT \(got "eighty"\)/],
    [{ PORT: '70000' }, /^Invalid PORT/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid LOG_LEVEL/],
    [{ DATABASE_URL: 'postgres://x' }, /must start with sqlite: or mysql:\/\//],
    [{ DATABASE_URL: 'mysql://u:secret@host' }, /names no database/],
    [{ DATABASE_URL: 'sqlite:' }, /needs a file path/],
    [{ WEBHOOK_DELIVERY_RETENTION_DAYS: '0' }, /^Invalid WEBHOOK_DELIVERY_RETENTION_DAYS \(got "0"\)/],
    [{ WEBHOOK_DELIVERY_RETENTION_DAYS: 'a month' }, /^Invalid WEBHOOK_DELIVERY_RETENTION_DAYS/],
  ])('explains a bad value in one line: %o', (env, message) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
    expect(result.message).not.toContain('secret');
  });

  it('keeps webhook deliveries 30 days unless told otherwise', () => {
    const defaults = loadConfig({});
    expect(defaults.ok && defaults.config.webhooks.deliveryRetentionDays).toBe(30);
    const result = loadConfig({ WEBHOOK_DELIVERY_RETENTION_DAYS: '7' });
    expect(result.ok && result.config.webhooks.deliveryRetentionDays).toBe(7);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).ok).toBe(true);
  });
});
