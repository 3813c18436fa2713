import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { DbOrTrx } from '../../platform/db/database.js';
import {
  findWorkspaceSecret,
  type SecretStore,
  workspaceSecret,
} from '../../platform/secrets/workspace-secrets.repository.js';
import { ulidFromBytes, ulidToBytes } from './ulid-bytes.js';

/**
 * Tracking tokens: opaque, short, and bound to one workspace. Layout (51 bytes, 68 base64url chars):
 *
 *   version (1) | workspace ULID (16) | tag (16) | AES-256-CTR(kind (1) | message ULID (16) | link (1))
 *
 * The tag is HMAC-SHA256 over everything else (truncated to 128 bits) and is also the CTR counter
 * block: a synthetic IV (SIV), so equal payloads give equal tokens, a changed bit anywhere fails the
 * tag, and nothing but the workspace (needed to find the key) is readable. Both keys come from the
 * workspace's `tracking` secret by HKDF; replacing the secret invalidates every token of that
 * workspace and of no other.
 */

const VERSION = 1;
const HEADER_BYTES = 17;
const TAG_BYTES = 16;
const PAYLOAD_BYTES = 18;
const TOKEN_BYTES = HEADER_BYTES + TAG_BYTES + PAYLOAD_BYTES;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{68}$/;

/** `o` open pixel, `c` click, `u` unsubscribe, `m` message reference (given to the ESP). */
export type TokenKind = 'o' | 'c' | 'u' | 'm';
const KINDS: readonly TokenKind[] = ['o', 'c', 'u', 'm'];

export const HONEYPOT_LINK = 254;
const NO_LINK = 255;

export interface TokenPayload {
  workspaceId: string;
  kind: TokenKind;
  /** The message's `sent` event id (`evt_…`). */
  messageId: string;
  /** For clicks: the link's index, or HONEYPOT_LINK. */
  link: number | null;
}

interface Keys {
  enc: Buffer;
  mac: Buffer;
}

function deriveKeys(secret: Uint8Array): Keys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), info, 32));
  return { enc: derive('leadstatus tracking token enc v1'), mac: derive('leadstatus tracking token mac v1') };
}

function tagOf(keys: Keys, header: Buffer, plaintext: Buffer): Buffer {
  return createHmac('sha256', keys.mac).update(header).update(plaintext).digest().subarray(0, TAG_BYTES);
}

function ctr(key: Buffer, iv: Buffer, data: Buffer, decrypt: boolean): Buffer {
  const cipher = decrypt ? createDecipheriv('aes-256-ctr', key, iv) : createCipheriv('aes-256-ctr', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** Signs tokens for one workspace (its secret is read or created once per signer). */
export interface TokenSigner {
  sign(kind: TokenKind, messageId: string, link?: number | null): string;
}

export async function tokenSigner(
  store: SecretStore,
  workspaceId: string,
  now: number,
): Promise<TokenSigner> {
  const keys = deriveKeys(await workspaceSecret(store, workspaceId, 'tracking', now));
  const header = Buffer.concat([Buffer.of(VERSION), ulidToBytes(workspaceId, 'ws')]);
  return {
    sign(kind, messageId, link = null) {
      if (link !== null && (link < 0 || link > HONEYPOT_LINK))
        throw new RangeError(`link ${link} out of range`);
      const plaintext = Buffer.concat([
        Buffer.from(kind, 'ascii'),
        ulidToBytes(messageId, 'evt'),
        Buffer.of(link ?? NO_LINK),
      ]);
      const tag = tagOf(keys, header, plaintext);
      return Buffer.concat([header, tag, ctr(keys.enc, tag, plaintext, false)]).toString('base64url');
    },
  };
}

/**
 * The payload of a token, or null for anything not signed by its workspace's current secret (wrong
 * length, tampered, another workspace's, or a workspace that never made tokens). Never creates a secret.
 */
export async function verifyToken(db: DbOrTrx, token: string): Promise<TokenPayload | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== TOKEN_BYTES || bytes[0] !== VERSION) return null;
  const header = bytes.subarray(0, HEADER_BYTES);
  const workspaceId = `ws_${ulidFromBytes(header.subarray(1))}`;
  const secret = await findWorkspaceSecret(db, workspaceId, 'tracking');
  if (!secret) return null;
  const keys = deriveKeys(secret);
  const tag = bytes.subarray(HEADER_BYTES, HEADER_BYTES + TAG_BYTES);
  const plaintext = ctr(keys.enc, Buffer.from(tag), bytes.subarray(HEADER_BYTES + TAG_BYTES), true);
  if (!timingSafeEqual(tag, tagOf(keys, header, plaintext))) return null;
  const kind = String.fromCharCode(plaintext[0] as number) as TokenKind;
  if (!KINDS.includes(kind)) return null;
  const link = plaintext[PAYLOAD_BYTES - 1] as number;
  return {
    workspaceId,
    kind,
    messageId: `evt_${ulidFromBytes(plaintext.subarray(1, 17))}`,
    link: link === NO_LINK ? null : link,
  };
}
