// Reads under writes: the two reads a widget makes (a filtered campaign page, one lead), timed one
// after the other by a single client, first with nothing else running, then while two clients post
// 1000-event batches non-stop. The figure is p95 loaded / p95 idle, from the same server process.
// Loopback only; bounded in time and requests.

import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { createBenchDatabase } from '@leadstatus/bench-support/databases';
import { apiCall } from './api-call.js';
import { startRealServer } from './processes.js';
import { percentile } from './stats.js';

export interface ReadsUnderWritesSettings {
  /** Enrolled leads the batches and the reads pick from. */
  leads: number;
  /** Seconds of each phase (idle, then loaded); the reader also stops after `maxReads`. */
  seconds: number;
  maxReads: number;
  writers: number;
  batchSize: number;
}

export interface ReadFigures {
  p50: number;
  p95: number;
  count: number;
}

export interface ReadsUnderWritesResult {
  dialect: DialectName;
  idle: Record<ReadKind, ReadFigures>;
  loaded: Record<ReadKind, ReadFigures>;
  /** Events the writers had applied or acknowledged per second during the loaded phase. */
  eventsPerSecond: number;
  batches: number;
  serverErrors: number;
}

export const READ_KINDS = ['campaign page (status filter)', 'GET /v1/leads/{id}'] as const;
export type ReadKind = (typeof READ_KINDS)[number];

const DAY = 86_400_000;
const REQUEST_TIMEOUT_MS = 60_000;

export async function measureReadsUnderWrites(
  dialect: DialectName,
  settings: ReadsUnderWritesSettings,
  log: (message: string) => void,
): Promise<ReadsUnderWritesResult> {
  const database = await createBenchDatabase(dialect, { label: 'reads' });
  try {
    const { apiKey } = await createWorkspace(database.handle.writer, {
      name: 'Bench reads',
      now: Date.now(),
    });
    const server = await startRealServer({
      DATABASE_URL: database.url,
      RATE_LIMIT_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '10000000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '120000',
      // A 1000-event batch with its JSON is about 200 KiB.
      BODY_LIMIT_BYTES: String(4 * 1024 * 1024),
    });
    let serverErrors = 0;
    try {
      const request = apiCall(server.url, apiKey, REQUEST_TIMEOUT_MS);
      const call = async (method: string, path: string, body?: unknown) => {
        const answer = await request(method, path, body);
        if (answer.status >= 500) serverErrors += 1;
        return answer;
      };
      const steps = [
        { subject: 'Hello', delay_hours: 0 },
        { subject: 'Following up', delay_hours: 48 },
      ];
      const created = await call('POST', '/v1/campaigns', { name: 'Reads', steps });
      const campaignId = String(created.body.id);
      const leadIds: string[] = [];
      for (let i = 0; i < settings.leads; i += 1000) {
        const emails = Array.from(
          { length: Math.min(1000, settings.leads - i) },
          (_, j) => `reader.${i + j}@r${(i + j) % 53}.example.org`,
        );
        const enrolled = await call('POST', `/v1/campaigns/${campaignId}/leads`, { emails });
        if (enrolled.status >= 300) throw new Error(`enrolling: ${enrolled.status}`);
        leadIds.push(...(enrolled.body.data as Array<{ lead_id: string }>).map((r) => r.lead_id));
      }
      // Some history, so the filtered page and the lead have something to show.
      const start = Date.now() - 5 * DAY;
      let seq = 0;
      const batch = (size: number, prefix: string) =>
        Array.from({ length: size }, () => {
          const n = seq++;
          const leadId = leadIds[(n * 7919) % leadIds.length] as string;
          return {
            id: `${prefix}-${n}`,
            campaign_id: campaignId,
            lead_id: leadId,
            type: n % 3 === 0 ? 'opened' : 'sent',
            ...(n % 3 === 0 ? {} : { step: 1 }),
            occurred_at: new Date(start + (n % (4 * DAY))).toISOString(),
          };
        });
      for (let i = 0; i < 3; i++) await call('POST', '/v1/events/batch', { events: batch(1000, 'history') });
      log(`reads ${dialect}: ${leadIds.length} enrolled leads with history ready`);

      const reads: Record<ReadKind, (i: number) => string> = {
        'campaign page (status filter)': () =>
          `/v1/campaigns/${campaignId}/leads?status=sent,engaged&limit=50`,
        'GET /v1/leads/{id}': (i) => `/v1/leads/${leadIds[(i * 104729) % leadIds.length]}`,
      };
      const readPhase = async (shouldStop: () => boolean) => {
        const samples: Record<ReadKind, number[]> = {
          'campaign page (status filter)': [],
          'GET /v1/leads/{id}': [],
        };
        const deadline = performance.now() + settings.seconds * 1000;
        for (let i = 0; i < settings.maxReads && performance.now() < deadline && !shouldStop(); i++) {
          for (const kind of READ_KINDS) {
            const began = performance.now();
            const response = await call('GET', reads[kind](i));
            if (response.status !== 200) throw new Error(`${kind}: ${response.status}`);
            samples[kind].push(performance.now() - began);
          }
        }
        return samples;
      };
      const figures = (samples: Record<ReadKind, number[]>) =>
        Object.fromEntries(
          READ_KINDS.map((kind) => [
            kind,
            {
              p50: percentile(samples[kind], 0.5),
              p95: percentile(samples[kind], 0.95),
              count: samples[kind].length,
            },
          ]),
        ) as Record<ReadKind, ReadFigures>;

      const idle = figures(await readPhase(() => false));

      let writing = true;
      let events = 0;
      let batches = 0;
      const writer = async (w: number) => {
        while (writing) {
          const response = await call('POST', '/v1/events/batch', {
            events: batch(settings.batchSize, `w${w}`),
          });
          if (response.status !== 200) throw new Error(`batch: ${response.status}`);
          batches += 1;
          const summary = response.body.summary as Record<string, number>;
          events += (summary.applied ?? 0) + (summary.duplicate ?? 0);
        }
      };
      const writers = Array.from({ length: settings.writers }, (_, w) => writer(w));
      const began = performance.now();
      const loadedSamples = await readPhase(() => false);
      const elapsed = (performance.now() - began) / 1000;
      writing = false;
      await Promise.all(writers);
      return {
        dialect,
        idle,
        loaded: figures(loadedSamples),
        eventsPerSecond: events / elapsed,
        batches,
        serverErrors,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
