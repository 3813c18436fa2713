import { describe, expect, it } from 'vitest';
import { newId } from '../ids.js';
import { apiKeyMatches, generateApiKey, hashApiKey, keyIdOf } from './api-key-format.js';

describe('API key format', () => {
  it('is lsk_<key id>_<secret>, and the key id can be read back', () => {
    const keyId = newId('key');
    const key = generateApiKey(keyId);
    expect(key.plain).toMatch(/^lsk_[0-9A-Z]{26}_[0-9A-Za-z]{43,}$/);
    expect(keyIdOf(key.plain)).toBe(keyId);
    expect(key.displayPrefix).toHaveLength(35);
    expect(key.plain.startsWith(key.displayPrefix)).toBe(true);
  });

  it('gives every key a different secret', () => {
    const keyId = newId('key');
    const secrets = new Set(Array.from({ length: 50 }, () => generateApiKey(keyId).plain));
    expect(secrets.size).toBe(50);
  });

  it('matches only the exact key', () => {
    const key = generateApiKey(newId('key'));
    expect(apiKeyMatches(key.plain, key.hash)).toBe(true);
    expect(apiKeyMatches(`${key.plain}x`, key.hash)).toBe(false);
    expect(apiKeyMatches(key.plain, hashApiKey('lsk_other'))).toBe(false);
    expect(apiKeyMatches(key.plain, 'not-hex')).toBe(false);
  });

  it('rejects strings that are not our keys', () => {
    for (const s of ['', 'lsk_', 'Bearer lsk_x_y', 'sk_live_123', `lsk_${'A'.repeat(26)}_short`]) {
      expect(keyIdOf(s)).toBeNull();
    }
  });
});
