// Mixed load on the real server process: writers post events (batches, and single events) for a
// few hot enrollments and many cold ones while readers list leads and read analytics. Bounded in
// time and in requests per client; loopback only. Afterwards every enrollment is checked against
// deriveStatus of its stored events and the counters against a recount.

import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { createBenchDatabase } from '@leadstatus/bench-support/databases';
import { apiCall } from './api-call.js';
import { startRealServer } from './processes.js';
import { percentile } from './stats.js';
import { type Verdict, verifyWorkspace } from './verify.js';

export interface LoadSettings {
  /** Wall time of the load phase; every client also stops after `maxRequestsPerClient`. */
  seconds: number;
  maxRequestsPerClient: number;
  writers: number;
  readers: number;
  /** Events per POST /v1/events/batch. */
  batchSize: number;
  /** Leads enrolled in both campaigns that a share of all events hit (row-lock contention). */
  hot: number;
  /** Leads enrolled in one campaign, each hit now and then. */
  cold: number;
}

export type RequestKind =
  | 'POST /v1/events/batch'
  | 'POST /v1/events (hot)'
  | 'GET /v1/leads?status='
  | 'GET /v1/campaigns/{id}/leads'
  | 'GET /v1/campaigns/{id}/analytics'
  | 'GET /v1/campaigns/{id}/analytics/trends'
  | 'GET /v1/analytics'
  | 'GET /v1/leads/{id}';

export interface KindStats {
  kind: RequestKind;
  latenciesMs: number[];
  statuses: Map<number, number>;
  /** Requests that got no answer (connection error or the client's 30 s timeout). */
  errors: number;
}

export interface LoadResult {
  dialect: DialectName;
  seconds: number;
  kinds: KindStats[];
  events: { sent: number; applied: number; duplicate: number; invalid: number; notFound: number };
  /** Distinct event ids acknowledged (applied or duplicate) and event rows stored with those ids. */
  acknowledgedIds: number;
  storedIds: number;
  verdict: Verdict;
  /** The server's exit code after SIGTERM (0: it drained and stopped cleanly). */
  exitCode: number | null;
  serverErrors: number;
}

const REQUEST_TIMEOUT_MS = 30_000;
const DAY = 86_400_000;

/** mulberry32: seeded, so a run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Target {
  campaignId: string;
  leadId: string;
}

type WireEvent = Record<string, unknown> & { id: string };

/** One event for `target` at a random time of the last ten days: most arrive out of order. */
function makeEvent(random: () => number, target: Target, id: string, hot: boolean, start: number): WireEvent {
  const roll = random();
  const base = {
    id,
    campaign_id: target.campaignId,
    lead_id: target.leadId,
    occurred_at: new Date(start + Math.floor(random() * 10 * DAY)).toISOString(),
  };
  // Opting out ends an enrollment for good; on hot leads it is rare so they stay contended.
  const optOut = hot ? 0.002 : 0.01;
  if (roll < optOut) return { ...base, type: random() < 0.8 ? 'unsubscribed' : 'complained' };
  if (roll < 0.36) return { ...base, type: 'sent', step: 1 + Math.floor(random() * 3) };
  if (roll < 0.66) return { ...base, type: 'opened', machine: random() < 0.15 };
  if (roll < 0.76) return { ...base, type: 'clicked', machine: random() < 0.1 };
  if (roll < 0.81) return { ...base, type: 'replied', auto_reply: random() < 0.2 };
  if (roll < 0.9) return { ...base, type: 'bounced', bounce_type: random() < 0.7 ? 'soft' : 'hard' };
  if (roll < 0.93) return { ...base, type: 'rejected' };
  return { ...base, type: 'sequence_completed' };
}

function newStats(kind: RequestKind): KindStats {
  return { kind, latenciesMs: [], statuses: new Map(), errors: 0 };
}

export async function runLoad(
  dialect: DialectName,
  settings: LoadSettings,
  log: (message: string) => void,
): Promise<LoadResult> {
  const database = await createBenchDatabase(dialect, { label: 'load' });
  try {
    const now = Date.now();
    const { workspace, apiKey } = await createWorkspace(database.handle.writer, { name: 'Bench load', now });
    const server = await startRealServer({
      DATABASE_URL: database.url,
      // One key sends everything here; a real workload spreads over many keys and processes.
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '10000000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '120000',
    });
    let exitCode: number | null = null;
    try {
      const call = apiCall(server.url, apiKey, REQUEST_TIMEOUT_MS);
      const setup = async (path: string, body: unknown) => {
        const response = await call('POST', path, body);
        if (response.status >= 300) throw new Error(`POST ${path}: ${response.status}`);
        return response.body;
      };
      const steps = [
        { subject: 'Hello', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 48 },
        { subject: 'Last note', delay_hours: 96 },
      ];
      const campaignA = String((await setup('/v1/campaigns', { name: 'Load A', steps })).id);
      const campaignB = String((await setup('/v1/campaigns', { name: 'Load B', steps })).id);
      const enroll = async (campaignId: string, emails: string[]) => {
        const leads: string[] = [];
        for (let i = 0; i < emails.length; i += 1000) {
          const body = (await setup(`/v1/campaigns/${campaignId}/leads`, {
            emails: emails.slice(i, i + 1000),
          })) as { data: Array<{ lead_id: string }> };
          leads.push(...body.data.map((r) => r.lead_id));
        }
        return leads;
      };
      const hotEmails = Array.from({ length: settings.hot }, (_, i) => `hot.${i}@load.example.com`);
      const coldEmails = Array.from({ length: settings.cold }, (_, i) => `cold.${i}@c${i % 97}.example.org`);
      const hotLeads = await enroll(campaignA, hotEmails);
      await enroll(campaignB, hotEmails);
      const coldLeads = await enroll(campaignA, coldEmails);
      const hotTargets: Target[] = hotLeads.flatMap((leadId) => [
        { campaignId: campaignA, leadId },
        { campaignId: campaignB, leadId },
      ]);
      const coldTargets: Target[] = coldLeads.map((leadId) => ({ campaignId: campaignA, leadId }));
      log(`load ${dialect}: ${hotTargets.length} hot and ${coldTargets.length} cold enrollments ready`);

      const stats = new Map<RequestKind, KindStats>();
      const record = (kind: RequestKind) => {
        let s = stats.get(kind);
        if (!s) {
          s = newStats(kind);
          stats.set(kind, s);
        }
        return s;
      };
      const totals = { sent: 0, applied: 0, duplicate: 0, invalid: 0, notFound: 0 };
      const acknowledged = new Set<string>();
      const start = now - 11 * DAY;
      const deadline = performance.now() + settings.seconds * 1000;
      const timed = async (kind: RequestKind, method: string, path: string, body?: unknown) => {
        const s = record(kind);
        const began = performance.now();
        try {
          const response = await call(method, path, body);
          s.latenciesMs.push(performance.now() - began);
          s.statuses.set(response.status, (s.statuses.get(response.status) ?? 0) + 1);
          return response;
        } catch {
          s.errors += 1;
          return undefined;
        }
      };

      const writer = async (w: number) => {
        const random = seeded(1000 + w);
        const sentBefore: WireEvent[] = [];
        let seq = 0;
        const next = (): WireEvent => {
          // About 3% repeat an earlier event exactly, as an ESP retrying its webhook does.
          if (sentBefore.length > 50 && random() < 0.03) {
            return sentBefore[Math.floor(random() * sentBefore.length)] as WireEvent;
          }
          const hot = random() < 0.3;
          const pool = hot ? hotTargets : coldTargets;
          const target = pool[Math.floor(random() * pool.length)] as Target;
          const event = makeEvent(random, target, `load-${w}-${seq++}`, hot, start);
          if (sentBefore.length < 500) sentBefore.push(event);
          else sentBefore[Math.floor(random() * 500)] = event;
          return event;
        };
        for (let r = 0; r < settings.maxRequestsPerClient && performance.now() < deadline; r++) {
          if (random() < 0.2) {
            // A single event on a hot enrollment, as a tracking pixel or one ESP callback sends it.
            const hot = hotTargets[Math.floor(random() * hotTargets.length)] as Target;
            const event = makeEvent(random, hot, `load-${w}-${seq++}`, true, start);
            totals.sent += 1;
            const response = await timed('POST /v1/events (hot)', 'POST', '/v1/events', event);
            if (response?.status === 202) totals.applied += 1;
            else if (response?.status === 200) totals.duplicate += 1;
            if (response && response.status < 300) acknowledged.add(event.id);
            continue;
          }
          const events = Array.from({ length: settings.batchSize }, next);
          totals.sent += events.length;
          const response = await timed('POST /v1/events/batch', 'POST', '/v1/events/batch', { events });
          if (response?.status !== 200) continue;
          const summary = response.body.summary as Record<string, number>;
          totals.applied += summary.applied ?? 0;
          totals.duplicate += summary.duplicate ?? 0;
          totals.invalid += summary.invalid ?? 0;
          totals.notFound += summary.not_found ?? 0;
          for (const e of events) acknowledged.add(e.id);
        }
      };

      const reads: Array<[RequestKind, () => string]> = [
        ['GET /v1/leads?status=', () => '/v1/leads?status=engaged,replied&limit=50'],
        [
          'GET /v1/campaigns/{id}/leads',
          () => `/v1/campaigns/${campaignA}/leads?sort=-status_changed_at&limit=50`,
        ],
        ['GET /v1/campaigns/{id}/analytics', () => `/v1/campaigns/${campaignA}/analytics`],
        ['GET /v1/campaigns/{id}/analytics/trends', () => `/v1/campaigns/${campaignA}/analytics/trends`],
        ['GET /v1/analytics', () => '/v1/analytics'],
        ['GET /v1/leads/{id}', () => `/v1/leads/${hotLeads[0]}`],
      ];
      const reader = async (r: number) => {
        for (let i = 0; i < settings.maxRequestsPerClient && performance.now() < deadline; i++) {
          const [kind, path] = reads[(r + i) % reads.length] as [RequestKind, () => string];
          await timed(kind, 'GET', path());
        }
      };

      const began = performance.now();
      await Promise.all([
        ...Array.from({ length: settings.writers }, (_, w) => writer(w)),
        ...Array.from({ length: settings.readers }, (_, r) => reader(r)),
      ]);
      const seconds = (performance.now() - began) / 1000;
      log(
        `load ${dialect}: ${totals.sent} events sent in ${seconds.toFixed(1)} s; checking every enrollment`,
      );

      exitCode = await server.stop();
      const stored = await database.handle.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspace.id)
        .where('external_id', 'like', 'load-%')
        .executeTakeFirstOrThrow();
      const verdict = await verifyWorkspace(database.handle, workspace.id);
      const kinds = [...stats.values()];
      return {
        dialect,
        seconds,
        kinds,
        events: totals,
        acknowledgedIds: acknowledged.size,
        storedIds: Number(stored.n),
        verdict,
        exitCode,
        serverErrors: kinds.reduce(
          (n, k) => n + [...k.statuses].reduce((m, [status, count]) => m + (status >= 500 ? count : 0), 0),
          0,
        ),
      };
    } finally {
      if (exitCode === null) await server.stop();
    }
  } finally {
    await database.drop();
  }
}

/** The problems of a run: empty when it is what the issue asks for. */
export function loadProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.serverErrors > 0) problems.push(`${result.serverErrors} answers were 5xx`);
  const unanswered = result.kinds.reduce((n, k) => n + k.errors, 0);
  if (unanswered > 0) problems.push(`${unanswered} requests got no answer`);
  for (const k of result.kinds) {
    const odd = [...k.statuses.keys()].filter((s) => s >= 300 && s < 500);
    if (odd.length > 0) problems.push(`${k.kind} answered ${odd.join(', ')}`);
  }
  if (result.events.invalid + result.events.notFound > 0) {
    problems.push(`${result.events.invalid} invalid and ${result.events.notFound} not_found events`);
  }
  if (result.storedIds !== result.acknowledgedIds) {
    problems.push(`${result.acknowledgedIds} event ids acknowledged but ${result.storedIds} stored`);
  }
  if (result.verdict.mismatches.length > 0) {
    problems.push(
      `${result.verdict.mismatches.length} lost updates (stored state is not deriveStatus of the events), e.g. ${result.verdict.mismatches.slice(0, 3).join('; ')}`,
    );
  }
  if (result.verdict.countersCorrected > 0) {
    problems.push(`a recount corrected ${result.verdict.countersCorrected} counter cells`);
  }
  if (result.exitCode !== 0) problems.push(`the server exited with ${result.exitCode} on SIGTERM`);
  return problems;
}

export const p = (k: KindStats, q: number) => percentile(k.latenciesMs, q);
