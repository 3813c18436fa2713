import { STATUSES } from '@leadstatus/core';
import { expect, it } from 'vitest';
import { recountCounters } from '../engine/recount.js';
import { readSummary } from '../features/analytics/summary.js';
import type { Services } from '../platform/services/services.js';
import { servicesFor } from '../platform/services/services-for.js';
import { readJson } from '../test-support/read-json.js';
import { createTestApp } from '../test-support/test-app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { seedDemo } from './demo-seed.js';
import { readDistributions } from './summary.js';

const SMALL = { leads: 200, days: 10, seed: 7 };

describeEachDatabase('the demo seed', ({ database }) => {
  const services = (): Services => servicesFor(database.handle);

  it('shows every status, with counters that a recount confirms, and a key that works', async () => {
    const before = Date.now();
    const result = await seedDemo(services(), SMALL);
    const db = database.handle.db;

    const summary = await readSummary(db, result.workspaceId);
    for (const status of STATUSES) expect(summary.distribution[status], status).toBeGreaterThan(0);
    expect(summary.enrolled).toBe(result.enrollments);
    expect(summary.opens.machine).toBeGreaterThan(0);

    const recount = await recountCounters(database.handle, { workspaceId: result.workspaceId });
    expect(recount.corrected).toBe(0);
    expect(recount.enrollments).toBe(result.enrollments);

    const reasons = await db
      .selectFrom('enrollments')
      .select('status_reason')
      .distinct()
      .where('workspace_id', '=', result.workspaceId)
      .where('status', '=', 'bounced')
      .execute();
    expect(reasons.map((r) => r.status_reason)).toEqual(expect.arrayContaining(['dnc_rule', 'opted_out']));

    const [reengaged] = await db
      .selectFrom('enrollments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', result.workspaceId)
      .where('campaign_id', '=', result.campaigns[2]?.id as string)
      .execute();
    expect(Number(reengaged?.n)).toBeGreaterThan(0);

    const latest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max<number>('occurred_at').as('at'))
      .where('workspace_id', '=', result.workspaceId)
      .executeTakeFirst();
    expect(Number(latest?.at)).toBeLessThanOrEqual(Date.now());
    const earliest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.min<number>('occurred_at').as('at'))
      .where('workspace_id', '=', result.workspaceId)
      .executeTakeFirst();
    expect(Number(earliest?.at)).toBeGreaterThanOrEqual(before - SMALL.days * 86_400_000);

    const response = await createTestApp(database.handle).request('/v1/workspace', { key: result.apiKey });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({ id: result.workspaceId, name: 'Demo workspace' });
  });

  it('gives the same distributions for the same seed', async () => {
    const first = await seedDemo(services(), SMALL);
    const second = await seedDemo(services(), SMALL);
    expect(second.workspaceId).not.toBe(first.workspaceId);
    const shape = async (result: typeof first) =>
      (await readDistributions(database.handle.db, result)).map(({ name, enrolled, distribution }) => ({
        name,
        enrolled,
        distribution,
      }));
    expect(await shape(second)).toEqual(await shape(first));
    expect(second.events).toBe(first.events);
  });
});
