import { type ChildProcess, spawn } from 'node:child_process';
import { SERVER } from '../run-process.js';

/**
 * The real built server (`dist/server.js`) in a child process, for the fault tests: like
 * `startServer` of run-process.ts, but it keeps only the tail of the logs (a server under load logs
 * a line a request), can be killed with any signal, and says whether it is still alive.
 */
export interface Service {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  alive(): boolean;
  /** The last lines it logged (stdout and stderr), for failure messages. */
  logs(): string;
  /** Sends `signal` and waits for the process to end (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number | null>;
}

/** Settings every fault test wants: no rate limit (one key sends everything) and long keep-alives. */
export const TEST_SERVICE_ENV = {
  RATE_LIMIT_PER_SECOND: '0',
  HTTP_KEEP_ALIVE_TIMEOUT_MS: '60000',
  LOG_LEVEL: 'info',
};

const KEEP = 20_000;

export function startService(env: Record<string, string>, timeoutMs = 30_000): Promise<Service> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...TEST_SERVICE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    let listening = false;
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-KEEP);
    };
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms\n${tail}`));
    }, timeoutMs);
    child.stderr.on('data', keep);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (listening) return;
      const match = /"url":"(http:\/\/[^"]+)"/.exec(tail);
      if (!match?.[1]) return;
      listening = true;
      clearTimeout(timer);
      resolve({
        url: match[1],
        child,
        exited,
        alive: () => child.exitCode === null && child.signalCode === null,
        logs: () => tail,
        stop: async (signal = 'SIGTERM', graceMs = 15_000) => {
          if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
          child.kill(signal);
          const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
          const code = await exited;
          clearTimeout(force);
          return code;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`server exited with ${code} before listening\n${tail}`));
    });
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions inspect arbitrary JSON.
  body: any;
  ms: number;
}

/** A small client of the service: JSON in and out, every request bounded by `timeoutMs`. */
export function apiClient(baseUrl: string, key: string, timeoutMs = 30_000) {
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const began = performance.now();
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
      ms: performance.now() - began,
    };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    /** A campaign of three steps and these e-mails enrolled in it: the campaign id and lead ids in order. */
    async campaignWith(name: string, emails: readonly string[]): Promise<{ id: string; leadIds: string[] }> {
      const steps = [
        { subject: 'Hello', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 48 },
        { subject: 'Last note', delay_hours: 96 },
      ];
      const campaign = await call('POST', '/v1/campaigns', { name, steps });
      if (campaign.status !== 201) throw new Error(`create campaign: ${campaign.status}`);
      const leadIds: string[] = [];
      for (let i = 0; i < emails.length; i += 1000) {
        const enrolled = await call('POST', `/v1/campaigns/${campaign.body.id}/leads`, {
          emails: emails.slice(i, i + 1000),
        });
        if (enrolled.status !== 200)
          throw new Error(`enroll: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
        leadIds.push(...enrolled.body.data.map((r: { lead_id: string }) => r.lead_id));
      }
      return { id: campaign.body.id, leadIds };
    },
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** mulberry32: a seeded generator, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/**
 * A random event for an enrollment at a random time of the ten days before `end`: most arrive out
 * of order; opt-outs (which reach the lead's other enrollments) are rarer than the rest.
 */
export function randomEvent(
  random: () => number,
  target: { campaignId: string; leadId: string },
  id: string,
  end: number,
  optOutShare = 0.02,
): Record<string, unknown> {
  const base = {
    id,
    campaign_id: target.campaignId,
    lead_id: target.leadId,
    occurred_at: new Date(end - Math.floor(random() * 10 * DAY)).toISOString(),
  };
  const roll = random();
  if (roll < optOutShare) return { ...base, type: random() < 0.8 ? 'unsubscribed' : 'complained' };
  if (roll < 0.36) return { ...base, type: 'sent', step: 1 + Math.floor(random() * 3) };
  if (roll < 0.66) return { ...base, type: 'opened', machine: random() < 0.15 };
  if (roll < 0.76) return { ...base, type: 'clicked' };
  if (roll < 0.81) return { ...base, type: 'replied', auto_reply: random() < 0.2 };
  if (roll < 0.9) return { ...base, type: 'bounced', bounce_type: random() < 0.7 ? 'soft' : 'hard' };
  if (roll < 0.93) return { ...base, type: 'rejected' };
  return { ...base, type: 'sequence_completed' };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 100 ms until it is true; throws with `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
