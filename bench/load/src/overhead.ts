// HTTP overhead of a read route: requests per second of GET /v1/leads/{id} against a bare Hono route
// answering the same JSON from memory, both served by one process on one socket, measured in
// alternating rounds with autocannon. Asserts nothing about timing.

import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { createBenchDatabase } from '@leadstatus/bench-support/databases';
import autocannon from 'autocannon';
import { startOverheadServer } from './processes.js';
import { median } from './stats.js';

export interface OverheadSettings {
  /** Seconds of each measured round. */
  seconds: number;
  rounds: number;
  connections: number;
  /** The routes measured, in this order each round; all three when absent (`--profile`: the real one). */
  routes?: readonly RouteName[];
}

export type RouteName = 'bare' | 'health' | 'real';

export interface RouteFigure {
  name: string;
  /** Median over the rounds of each round's mean requests per second. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx, and connection errors or timeouts, over every round. */
  non2xx: number;
  errors: number;
}

export interface OverheadResult {
  dialect: DialectName;
  real: RouteFigure;
  bare: RouteFigure;
  /** `GET /healthz`: the app's middleware stack with no credential and no database. */
  health: RouteFigure;
  /** The lead's JSON size, the same for both routes. */
  bytes: number;
  /** Requests answered by each route over the measured rounds (CPU time per request from a profile). */
  requests: Record<RouteName, number>;
}

interface Round {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

async function cannon(url: string, key: string, settings: OverheadSettings, seconds: number): Promise<Round> {
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: seconds,
    headers: { authorization: `Bearer ${key}` },
    timeout: 10,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

function summarise(name: string, rounds: Round[]): RouteFigure {
  return {
    name,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50Ms: median(rounds.map((r) => r.p50)),
    p99Ms: median(rounds.map((r) => r.p99)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

export async function measureOverhead(
  dialect: DialectName,
  settings: OverheadSettings,
  log: (message: string) => void,
): Promise<OverheadResult> {
  const database = await createBenchDatabase(dialect, { label: 'overhead' });
  try {
    const { apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Bench overhead',
      now: Date.now(),
    });
    const server = await startOverheadServer(database.url);
    try {
      const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
      const post = async (path: string, body: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as Record<string, unknown>;
      };
      // A lead as it looks after a little activity: in two campaigns, with a few events on its timeline.
      const steps = [{ subject: 'Hello', delay_hours: 0 }];
      const campaigns = [
        String((await post('/v1/campaigns', { name: 'Overhead A', steps })).id),
        String((await post('/v1/campaigns', { name: 'Overhead B', steps })).id),
      ];
      let leadId = '';
      for (const campaignId of campaigns) {
        const enrolled = (await post(`/v1/campaigns/${campaignId}/leads`, {
          emails: ['ada.lovelace@analytical.example.com'],
        })) as { data: Array<{ lead_id: string }> };
        leadId = enrolled.data[0]?.lead_id ?? '';
        await post('/v1/events/batch', {
          events: ['sent', 'opened', 'clicked'].map((type) => ({
            type,
            campaign_id: campaignId,
            lead_id: leadId,
          })),
        });
      }
      const realPath = `/v1/leads/${leadId}`;
      const lead = await fetch(`${server.url}${realPath}`, { headers });
      if (lead.status !== 200) throw new Error(`GET ${realPath}: ${lead.status} ${await lead.text()}`);
      const leadJson = await lead.text();
      const put = await fetch(`${server.url}/__bare/body`, { method: 'PUT', headers, body: leadJson });
      if (put.status !== 204) throw new Error(`PUT /__bare/body: ${put.status}`);
      const urls = {
        bare: `${server.url}/__bare/leads/${leadId}`,
        health: `${server.url}/healthz`,
        real: `${server.url}${realPath}`,
      };

      // Warm-up (JIT, caches, connection pools), then alternating rounds so a slow moment of this
      // shared machine falls on every route alike.
      const routes = settings.routes ?? (['bare', 'health', 'real'] as const);
      for (const name of routes) await cannon(urls[name], apiKey, settings, 1);
      const rounds = { bare: [] as Round[], health: [] as Round[], real: [] as Round[] };
      for (let round = 0; round < settings.rounds; round++) {
        for (const name of routes) {
          rounds[name].push(await cannon(urls[name], apiKey, settings, settings.seconds));
        }
        const rate = (name: keyof typeof rounds) => Math.round(rounds[name].at(-1)?.requestsPerSecond ?? 0);
        log(
          `overhead ${dialect}: round ${round + 1}/${settings.rounds}: bare ${rate('bare')} req/s, ` +
            `/healthz ${rate('health')}, GET /v1/leads/{id} ${rate('real')}`,
        );
      }
      return {
        dialect,
        real: summarise('GET /v1/leads/{id}', rounds.real),
        bare: summarise('bare Hono route, same JSON from memory', rounds.bare),
        health: summarise('GET /healthz (middleware only)', rounds.health),
        bytes: Buffer.byteLength(leadJson),
        requests: {
          bare: rounds.bare.reduce((n, r) => n + r.total, 0),
          health: rounds.health.reduce((n, r) => n + r.total, 0),
          real: rounds.real.reduce((n, r) => n + r.total, 0),
        },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
