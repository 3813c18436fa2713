import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { problems } from '../http/problem.js';
import { claimKey, completeKey, releaseKey } from './idempotency.repository.js';
import { type Subject, subjectsOf } from './record-subjects.js';

/** Keys are kept at least this long (the IETF draft leaves it to the server; a day covers retries). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** What makes two requests "the same" for a key: method, path and body (its bytes, or its text as UTF-8). */
export function hashRequest(method: string, path: string, body: string | Uint8Array): string {
  return createHash('sha256').update(`${method} ${path}\n`).update(body).digest('hex');
}

interface StoredResponse {
  contentType: string;
  body: string;
}

/**
 * `Idempotency-Key` for every POST (draft-ietf-httpapi-idempotency-key-header): the first request
 * with a key runs and its response is stored; a repeat with the same body gets the stored response
 * again (`Idempotent-Replayed: true`), with another body a 422, and while the first is still
 * running a 409. A 5xx is not stored, so a retry runs again. Each record is stored with the leads,
 * enrollments and addresses it names (record-subjects.ts), so erasing a lead finds and deletes it.
 */
export function idempotencyKeys(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      throw problems.validation('header.idempotency-key: must be 1 to 255 visible ASCII characters', [
        { path: 'header.idempotency-key', message: 'Must be 1 to 255 visible ASCII characters' },
      ]);
    }
    const { writer, clock } = c.get('services');
    const { workspaceId } = c.get('caller');
    // The bytes, not text: a raw mail in another charset must reach its route unchanged (the route's
    // own reading of the body is served from these bytes).
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const requestHash = hashRequest(c.req.method, c.req.path, bytes);
    const now = clock.now();
    const subjects = subjectsOf([key, decodedPath(c.req.path), new TextDecoder().decode(bytes)]);
    const claim = await claimKey(writer, {
      workspaceId,
      key,
      requestHash,
      now,
      ttlMs: IDEMPOTENCY_TTL_MS,
      subjects,
    });

    if (claim.kind === 'existing') {
      if (claim.row.request_hash !== requestHash) {
        throw problems.unprocessable('This Idempotency-Key was used for a different request. Use a new key.');
      }
      if (claim.row.state === 'running' || claim.row.response_body === null) {
        throw problems.conflict('A request with this Idempotency-Key is still in progress. Retry shortly.');
      }
      const stored = JSON.parse(claim.row.response_body) as StoredResponse;
      return c.body(stored.body, (claim.row.response_status ?? 200) as 200, {
        'Content-Type': stored.contentType,
        'Idempotent-Replayed': 'true',
      });
    }

    try {
      await next();
    } catch (error) {
      await releaseKey(writer, workspaceId, key);
      throw error;
    }
    if (c.res.status >= 500) {
      await releaseKey(writer, workspaceId, key);
      return;
    }
    const stored: StoredResponse = {
      contentType: c.res.headers.get('Content-Type') ?? 'application/json',
      body: await c.res.clone().text(),
    };
    await completeKey(writer, {
      workspaceId,
      key,
      status: c.res.status,
      body: JSON.stringify(stored),
      newSubjects: without(subjectsOf([stored.body]), subjects),
    });
  };
}

/** The path as the route saw it (`%40` is an @), so ids and addresses in it are found. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function without(subjects: Subject[], known: Subject[]): Subject[] {
  const seen = new Set(known.map((s) => `${s.kind}:${s.value}`));
  return subjects.filter((s) => !seen.has(`${s.kind}:${s.value}`));
}
