import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { readJson } from '../../src/test-support/read-json.js';
import { describeEachDatabase } from '../../src/test-support/test-databases.js';
import { createHostileApp, type HostileApp, type SeededWorkspace, seedWorkspace } from './hostile-app.js';
import {
  fillPath,
  idBodyVariants,
  type Operation,
  operationsOf,
  pathParameters,
  pathValue,
  problemErrors,
  readBody,
  sampleRequest,
} from './operations.js';
import { snapshotWorkspace } from './snapshot.js';

/**
 * What an embed token may read, written out here on purpose (not imported from access-policy.ts):
 * the test states the policy of docs/embed-tokens.md, the code must agree. Everything else is a 403.
 */
const EMBED_READS = new Set([
  'GET /v1/statuses',
  'GET /v1/metrics/definitions',
  'GET /v1/stream',
  'GET /v1/analytics',
  'GET /v1/leads',
  'GET /v1/leads/export',
  'GET /v1/leads/{id}',
  'GET /v1/campaigns',
  'GET /v1/campaigns/{id}',
  'GET /v1/campaigns/{id}/leads',
  'GET /v1/campaigns/{id}/leads/export',
  'GET /v1/campaigns/{id}/analytics',
  'GET /v1/campaigns/{id}/analytics/trends',
]);

/** Path parameters that are not resources of a workspace (an enum). */
const NOT_IDS = new Set(['provider']);

/**
 * How each public route answers without credentials: with the seeded tokens of a real message
 * (`valid`) and with made-up ones (`bogus`). A new public route fails the matrix until it is listed.
 */
const PUBLIC_DESIGN: Record<string, { valid: number[]; bogus: number[] }> = {
  'GET /healthz': { valid: [200], bogus: [200] },
  'GET /readyz': { valid: [200], bogus: [200] },
  // The pixel answers the same GIF for any token: it reveals nothing.
  'GET /t/o/{token}': { valid: [200], bogus: [200] },
  'GET /t/c/{token}': { valid: [302], bogus: [404] },
  'GET /u/{token}': { valid: [200], bogus: [404] },
  'POST /u/{token}': { valid: [200], bogus: [404] },
  // Signed by the provider or refused, whatever the workspace.
  'POST /webhooks/{provider}/{workspace_id}': { valid: [401], bogus: [401, 404] },
  // A wrong media type is refused before the workspace is looked up: it reveals nothing.
  'POST /webhooks/{provider}/{workspace_id}/mail': { valid: [401, 415], bogus: [401, 404, 415] },
  'POST /webhooks/{provider}/{workspace_id}/mime': { valid: [401, 415], bogus: [401, 404, 415] },
};

interface Called {
  operation: Operation;
  response: Response;
  body: string;
}

describeEachDatabase('the security matrix of every operation', ({ database }) => {
  let app: HostileApp;
  let alpha: SeededWorkspace;
  let bravo: SeededWorkspace;
  let operations: Operation[];
  let freshToken: string;
  let expiredToken: string;

  beforeAll(async () => {
    const clock = fixedClock(Date.now());
    app = createHostileApp(database.handle, { clock });
    alpha = await seedWorkspace(app, 'Alpha');
    bravo = await seedWorkspace(app, 'Bravo');
    operations = operationsOf(app.document);
    const mint = async (json: unknown) =>
      (await readJson(await app.call('POST', '/v1/embed-tokens', alpha.apiKey, json))).token as string;
    expiredToken = await mint({ expires_in_seconds: 60 });
    clock.advance(61_000);
    freshToken = await mint({});
  });

  afterAll(() => app.leadStatus.close());

  const v1 = () => operations.filter((op) => !op.isPublic);

  /** Calls `operation` with a request made valid for `target`'s ids, as `credential`. */
  async function callWith(operation: Operation, target: SeededWorkspace, credential: string | null) {
    const { path, body } = sampleRequest(app.document, operation, target);
    const response = await app.call(operation.method, path, credential, body);
    return { operation, response, body: await readBody(response), sent: path + JSON.stringify(body) };
  }

  /**
   * What of Bravo's an answer must never contain: its ids (except those the request itself named,
   * which a 404 may repeat), its leads' addresses and its campaign's name.
   */
  function leaksOfBravo(answer: string, sent: string): string[] {
    const ids = Object.values(bravo)
      .flat()
      .filter((v) => /^[a-z]+_[0-9A-Z]{20,}$/.test(v) && !sent.includes(v));
    const secrets = [...ids, bravo.leadEmail, 'Bravo campaign', bravo.apiKey];
    return secrets.filter((secret) => answer.includes(secret));
  }

  function expectProblem(called: Called, status: number) {
    const where = `${called.operation.key}: ${called.body.slice(0, 200)}`;
    expect(called.response.status, where).toBe(status);
    expect(problemErrors(app.document, called.response, called.body), where).toEqual([]);
  }

  it('covers every operation of the document, public ones included', () => {
    expect(v1().length).toBeGreaterThan(40);
    const publicKeys = operations.filter((op) => op.isPublic).map((op) => op.key);
    expect(publicKeys.sort()).toEqual(Object.keys(PUBLIC_DESIGN).sort());
  });

  describe("another workspace's ids", () => {
    it('answers 404 for every resource in the path, and changes nothing of the other workspace', async () => {
      const before = await snapshotWorkspace(database.handle.db, bravo.workspaceId);
      for (const operation of v1()) {
        const called = await callWith(operation, bravo, alpha.apiKey);
        const where = `${operation.key} answered ${called.response.status}: ${called.body.slice(0, 200)}`;
        expect(called.response.status, where).toBeLessThan(500);
        if (pathParameters(operation).some((name) => !NOT_IDS.has(name))) expectProblem(called, 404);
        // Nothing of the other workspace ever appears in an answer, whatever the status.
        expect(leaksOfBravo(called.body, called.sent), where).toEqual([]);
        expect(await snapshotWorkspace(database.handle.db, bravo.workspaceId), operation.key).toEqual(before);
      }
    });

    it("refuses another workspace's ids named in a body or a query, even under one's own path", async () => {
      const before = await snapshotWorkspace(database.handle.db, bravo.workspaceId);
      const tried: string[] = [];
      for (const operation of v1()) {
        const own = sampleRequest(app.document, operation, alpha);
        const theirs = sampleRequest(app.document, operation, bravo);
        const [ownPath, ownQuery = ''] = own.path.split('?');
        const theirQuery = theirs.path.split('?')[1] ?? '';
        const variants: Array<{ field: string; requests: Array<{ path: string; body: unknown }> }> = [
          ...(theirQuery !== ownQuery
            ? [{ field: 'query', requests: [{ path: `${ownPath}?${theirQuery}`, body: own.body }] }]
            : []),
          ...idBodyVariants(app.document, operation, alpha, bravo).map(({ field, bodies }) => ({
            field,
            requests: bodies.map((body) => ({ path: own.path, body })),
          })),
        ];
        for (const { field, requests } of variants) {
          const statuses: number[] = [];
          for (const request of requests) {
            const alphaBefore = await snapshotWorkspace(database.handle.db, alpha.workspaceId);
            const response = await app.call(operation.method, request.path, alpha.apiKey, request.body);
            const body = await readBody(response);
            const where = `${operation.key} ${request.path} ${JSON.stringify(request.body)} answered ${response.status}: ${body.slice(0, 300)}`;
            statuses.push(response.status);
            // Not found (a batch says so per item and changes nothing); a list filtered by it is
            // empty, or a 404; or refused as invalid before anything is looked up.
            expect([200, 400, 404], where).toContain(response.status);
            if (field !== 'query' && response.status === 200) {
              expect(body, where).toMatch(/not_found/);
              expect(await snapshotWorkspace(database.handle.db, alpha.workspaceId), where).toEqual(
                alphaBefore,
              );
            }
            if (response.status >= 400)
              expect(problemErrors(app.document, response, body), where).toEqual([]);
            expect(leaksOfBravo(body, request.path + JSON.stringify(request.body)), where).toEqual([]);
          }
          // At least one form of the request got past validation to the workspace check.
          expect(
            statuses.some((status) => status !== 400),
            `${operation.key} ${field}: ${statuses}`,
          ).toBe(true);
          tried.push(`${operation.key} ${field} -> ${statuses.join('/')}`);
        }
      }
      expect(tried.length).toBeGreaterThan(8);
      expect(await snapshotWorkspace(database.handle.db, bravo.workspaceId)).toEqual(before);
    });
  });

  it('answers ids that cannot exist (non-ASCII, too long, empty) with a 4xx problem, in paths, queries and bodies', async () => {
    // MySQL refuses to compare non-ASCII text with the ASCII id columns: such an id must never reach a query.
    const impossible = [
      'İıſK',
      '\u00a0',
      '💥',
      `cmp_${'é'.repeat(26)}`,
      `lead_${'Ω'.repeat(26)}`,
      'x'.repeat(300),
      ' ',
    ];
    const checked: string[] = [];
    for (const operation of operations) {
      for (const value of impossible) {
        const fake: SeededWorkspace = {
          ...alpha,
          campaignId: value,
          leadId: value,
          leadIds: [value],
          enrollmentId: value,
        };
        const own = sampleRequest(app.document, operation, alpha);
        const [ownPath = '', ownQuery] = own.path.split('?');
        const requests: Array<{ path: string; body: unknown }> = [];
        for (const name of pathParameters(operation)) {
          const values = Object.fromEntries(
            pathParameters(operation).map((n) => [
              n,
              encodeURIComponent(n === name ? value : pathValue(operation, n, alpha)),
            ]),
          );
          requests.push({
            path: fillPath(operation, values) + (ownQuery ? `?${ownQuery}` : ''),
            body: own.body,
          });
        }
        for (const parameter of operation.parameters) {
          if (parameter.in === 'query' && /_ids?$/.test(parameter.name)) {
            requests.push({
              path: `${ownPath}?${parameter.name}=${encodeURIComponent(value)}`,
              body: own.body,
            });
          }
        }
        for (const { bodies } of idBodyVariants(app.document, operation, alpha, fake)) {
          for (const body of bodies) requests.push({ path: own.path, body });
        }
        for (const request of requests) {
          const response = await app.call(operation.method, request.path, alpha.apiKey, request.body);
          const body = await readBody(response);
          const where = `${operation.key} ${request.path} ${JSON.stringify(request.body)} answered ${response.status}: ${body.slice(0, 200)}`;
          expect(response.status, where).toBeLessThan(500);
          if (response.status >= 400) expect(problemErrors(app.document, response, body), where).toEqual([]);
          checked.push(operation.key);
        }
      }
    }
    expect(new Set(checked).size).toBeGreaterThan(30);
  });

  it('answers 403 to an embed token wherever a secret key is needed, and lets it read what it may', async () => {
    for (const operation of v1()) {
      const called = await callWith(operation, alpha, freshToken);
      if (EMBED_READS.has(operation.key)) {
        expect(called.response.status, `${operation.key}: ${called.body.slice(0, 200)}`).toBe(200);
      } else {
        expectProblem(called, 403);
      }
    }
  });

  it('answers 401 to an expired embed token on every operation, saying it expired', async () => {
    for (const operation of v1()) {
      const called = await callWith(operation, alpha, expiredToken);
      expectProblem(called, 401);
      expect(JSON.parse(called.body).detail, operation.key).toMatch(/expired/);
    }
  });

  it('answers 401 without credentials on every /v1 operation', async () => {
    for (const operation of v1()) {
      const called = await callWith(operation, alpha, null);
      expectProblem(called, 401);
      expect(called.response.headers.get('www-authenticate'), operation.key).toBe('Bearer');
    }
  });

  it('answers the public routes without credentials as designed', async () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    for (const operation of operations.filter((op) => op.isPublic)) {
      const design = PUBLIC_DESIGN[operation.key];
      if (!design)
        throw new Error(`${operation.key}: say in PUBLIC_DESIGN how it answers without credentials`);
      for (const [kind, expected] of [
        ['bogus', design.bogus],
        ['valid', design.valid],
      ] as const) {
        const ids =
          kind === 'valid'
            ? alpha
            : {
                ...alpha,
                workspaceId: 'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2',
                pixelToken: 'AXdO2p1J8tW2bQ0mN4rA7yXc3vFh5kLs9uZe6gHi1oPq0wEr8tYu2iOp4aSd6fGh7jK',
                clickToken: 'not-a-token',
                unsubscribeToken: 'x'.repeat(80),
              };
        const { path } = sampleRequest(app.document, operation, ids);
        const isForm = operation.body?.content['application/x-www-form-urlencoded'] !== undefined;
        const response = await app.send(operation.method, path, {
          headers: isForm ? form : { 'Content-Type': 'application/json' },
          body: operation.method === 'POST' ? (isForm ? 'List-Unsubscribe=One-Click' : '{}') : null,
        });
        const body = await readBody(response);
        const where = `${operation.key} (${kind} ids) answered ${response.status}: ${body.slice(0, 200)}`;
        expect(expected, where).toContain(response.status);
        if (response.status >= 400) expect(problemErrors(app.document, response, body), where).toEqual([]);
      }
    }
  });
});
