import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KEY_PATTERN = /^lsk_([0-9A-HJKMNP-TV-Z]{26})_([0-9A-Za-z]{40,50})$/;

/** 256 random bits as base62: no `_` or `-`, so the key splits unambiguously and selects on double-click. */
function randomBase62(): string {
  let n = BigInt(`0x${randomBytes(32).toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(43, '0');
}

export function hashApiKey(plain: string): string {
  return createHash('sha256').update(plain).digest('hex');
}

export interface NewApiKey {
  /** The key id stored in `api_keys.id` (`key_<ulid>`). */
  keyId: string;
  /** `lsk_<ulid>_<secret>`: shown once, never stored. */
  plain: string;
  hash: string;
  displayPrefix: string;
}

/** `lsk_` lets secret scanners recognise a leaked key; the embedded id makes look-up one indexed read. */
export function generateApiKey(keyId: string): NewApiKey {
  const ulid = keyId.slice('key_'.length);
  const plain = `lsk_${ulid}_${randomBase62()}`;
  return { keyId, plain, hash: hashApiKey(plain), displayPrefix: plain.slice(0, 4 + 26 + 5) };
}

/** The key id inside a presented key, or null when it is not shaped like one of ours. */
export function keyIdOf(presented: string): string | null {
  const match = KEY_PATTERN.exec(presented);
  return match ? `key_${match[1]}` : null;
}

/** Compares a presented key with a stored hash in constant time. */
export function apiKeyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
