import { STATUSES, type Status } from '@leadstatus/core';
import { decodeProtectedHeader, errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { DbOrTrx } from '../db/database.js';
import { hasPrefix, newId } from '../ids.js';
import {
  findWorkspaceSecret,
  type SecretStore,
  workspaceSecret,
} from '../secrets/workspace-secrets.repository.js';

const ISSUER = 'leadstatus';
const AUDIENCE = 'leadstatus-embed';
const ALGORITHM = 'HS256';

/** What an embed token lets its holder read: one workspace, optionally fewer campaigns and statuses. */
export interface EmbedScope {
  workspaceId: string;
  /** null: every campaign of the workspace. */
  campaignIds: readonly string[] | null;
  /** null: every status. Intersected with a request's `status` filter, never replaced by it. */
  statuses: readonly Status[] | null;
  /** null: same-origin use only (no CORS answer for any origin). */
  allowedOrigins: readonly string[] | null;
  expiresAt: number;
}

const ClaimsSchema = z.object({
  sub: z.string(),
  exp: z.number().int(),
  cmp: z.array(z.string()).optional(),
  sts: z.array(z.enum(STATUSES)).optional(),
  org: z.array(z.string()).optional(),
});

/**
 * Signs an HS256 JWT with the workspace's embed secret (created, through the writer, the first
 * time); `kid` names the workspace to find it.
 */
export async function mintEmbedToken(store: SecretStore, scope: EmbedScope, now: number): Promise<string> {
  const secret = await workspaceSecret(store, scope.workspaceId, 'embed_tokens', now);
  const claims = {
    ...(scope.campaignIds ? { cmp: [...scope.campaignIds] } : {}),
    ...(scope.statuses ? { sts: [...scope.statuses] } : {}),
    ...(scope.allowedOrigins ? { org: [...scope.allowedOrigins] } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid: scope.workspaceId })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(scope.workspaceId)
    .setJti(newId('emb', now))
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(scope.expiresAt / 1000))
    .sign(secret);
}

export type VerifyResult = { ok: true; scope: EmbedScope } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Checks the signature, issuer, audience and expiry against `now` (the service clock, so tests can
 * move time). Any malformed or tampered token is `invalid`; the caller answers both with a 401.
 */
export async function verifyEmbedToken(db: DbOrTrx, token: string, now: number): Promise<VerifyResult> {
  let kid: string | undefined;
  try {
    ({ kid } = decodeProtectedHeader(token));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (typeof kid !== 'string' || !hasPrefix(kid, 'ws')) return { ok: false, reason: 'invalid' };
  const secret = await findWorkspaceSecret(db, kid, 'embed_tokens');
  if (!secret) return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      subject: kid,
      currentDate: new Date(now),
      clockTolerance: 0,
    });
    const claims = ClaimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    return {
      ok: true,
      scope: {
        workspaceId: kid,
        campaignIds: claims.data.cmp ?? null,
        statuses: claims.data.sts ?? null,
        allowedOrigins: claims.data.org ?? null,
        expiresAt: claims.data.exp * 1000,
      },
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    return { ok: false, reason: 'invalid' };
  }
}
