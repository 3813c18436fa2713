import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.js';
import { rotateWorkspaceSecret } from '../../platform/secrets/workspace-secrets.repository.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { HONEYPOT_LINK, tokenSigner, verifyToken } from './tokens.js';
import { ulidFromBytes, ulidToBytes } from './ulid-bytes.js';

describe('ulid bytes', () => {
  it('round-trips ids through 16 bytes', () => {
    for (let i = 0; i < 50; i++) {
      const id = newId('evt', Date.now() + i * 7_919_000);
      expect(`evt_${ulidFromBytes(ulidToBytes(id, 'evt'))}`).toBe(id);
    }
    expect(() => ulidToBytes('lead_01JDQ7X3M6V1W8A2B4C6D8E0F2', 'evt')).toThrow();
  });
});

describeEachDatabase('tracking tokens', ({ database }) => {
  const now = Date.now();

  it('sign and verify every kind, opaque and 68 characters long', async () => {
    const workspaceId = newId('ws');
    const messageId = newId('evt');
    const signer = await tokenSigner(database.handle, workspaceId, now);
    for (const [kind, link] of [
      ['o', null],
      ['u', null],
      ['m', null],
      ['c', 0],
      ['c', 49],
      ['c', HONEYPOT_LINK],
    ] as const) {
      const token = signer.sign(kind, messageId, link);
      expect(token).toMatch(/^[A-Za-z0-9_-]{68}$/);
      expect(token).not.toContain(messageId.slice(4));
      expect(await verifyToken(database.handle.db, token)).toEqual({ workspaceId, kind, messageId, link });
    }
    // The same payload gives the same token; another link another token.
    expect(signer.sign('c', messageId, 1)).toBe(signer.sign('c', messageId, 1));
    expect(signer.sign('c', messageId, 1)).not.toBe(signer.sign('c', messageId, 2));
  });

  it('rejects every single-bit change, other lengths, and tokens of a replaced secret', async () => {
    const workspaceId = newId('ws');
    const signer = await tokenSigner(database.handle, workspaceId, now);
    const token = signer.sign('c', newId('evt'), 3);
    const bytes = Buffer.from(token, 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = (changed[i] as number) ^ 0x01;
      expect(await verifyToken(database.handle.db, changed.toString('base64url')), `byte ${i}`).toBeNull();
    }
    expect(await verifyToken(database.handle.db, token.slice(0, -1))).toBeNull();
    expect(await verifyToken(database.handle.db, `${token}A`)).toBeNull();
    expect(await verifyToken(database.handle.db, '')).toBeNull();
    await rotateWorkspaceSecret(database.handle.writer, workspaceId, 'tracking', now);
    expect(await verifyToken(database.handle.db, token)).toBeNull();
  });
});
