// MariaDB stops answering on connections that stay open (a TCP proxy holds back every byte from the
// database mid-query): each request still answers, 503 with Retry-After at its deadline; the
// connections stuck in a query are destroyed, not returned to the pool, so the pool is never
// poisoned and the connections do not pile up; /healthz answers throughout; when the database
// answers again, so does the service, without a restart.
import { describe, expect, it } from 'vitest';
import { useProxiedService } from './proxied-service.js';
import { type Answer, apiClient, waitUntil } from './service.js';

/** Shortened for the test (30 s by default); the bounds below are generous multiples, not timings. */
const DEADLINE_MS = 1_500;
const POOL_SIZE = 4;
const CLIENT_TIMEOUT_MS = 30_000;

function expectDeadlineExceeded(answer: Answer, what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(503);
  expect(answer.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  expect(Number(answer.headers.get('retry-after')), what).toBeGreaterThan(0);
  expect(answer.body, what).toMatchObject({ type: '/problems/deadline-exceeded', status: 503 });
}

describe('the database stops answering mid-query [mysql]', () => {
  const proxied = useProxiedService();

  it('answers 503 at the deadline, discards the stuck connections, and serves again when it answers', async () => {
    const { service, apiKey } = await proxied.start('Stall', {
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      WEBHOOK_POLL_INTERVAL_MS: '200',
      SWEEP_INTERVAL_MS: '500',
    });
    const api = apiClient(service.url, apiKey, CLIENT_TIMEOUT_MS);
    const campaign = await api.campaignWith('Stall', ['ann@stall.example.com', 'bob@stall.example.com']);
    const [ann, bob] = campaign.leadIds;
    const sent = (leadId: string | undefined) => ({
      type: 'sent',
      campaign_id: campaign.id,
      lead_id: leadId,
    });
    expect((await api.post('/v1/events', sent(ann))).status).toBe(202);

    proxied.proxy.stall();
    // Twice the pool's worth of requests, twice over: the second wave finds no connection poisoned
    // by the first (each stuck one was destroyed at its request's deadline).
    for (const wave of [1, 2]) {
      const stuck = Promise.all(
        Array.from({ length: POOL_SIZE }, () => [
          api.get('/v1/leads'),
          api.post('/v1/events', sent(bob)),
        ]).flat(),
      );
      // While those wait on the database, the process answers what does not need it.
      const health = await api.get('/healthz');
      expect(health.status, `wave ${wave}: /healthz while requests are stuck`).toBe(200);
      const answers = await stuck;
      answers.forEach((answer, i) => {
        expectDeadlineExceeded(answer, `wave ${wave}: request ${i}`);
      });
      expect(service.alive(), service.logs()).toBe(true);
      // The service closed what it destroyed: no more open connections than the pool holds.
      await waitUntil(
        `at most ${POOL_SIZE} database connections (wave ${wave})`,
        () => proxied.proxy.connections() <= POOL_SIZE,
        CLIENT_TIMEOUT_MS,
      );
    }

    proxied.proxy.resume();
    await waitUntil(
      'a list to answer again',
      async () => (await api.get('/v1/leads')).status === 200,
      30_000,
    );
    const after = await Promise.all(
      Array.from({ length: 2 * POOL_SIZE }, (_, i) =>
        i % 2 === 0 ? api.get('/v1/leads') : api.get(`/v1/leads/${ann}`),
      ),
    );
    expect(after.map((a) => a.status)).toEqual(after.map(() => 200));
    // Nothing the stall cut off was applied; a new event applies normally.
    const bobBefore = await api.get(`/v1/leads/${bob}`);
    expect(bobBefore.body.enrollments[0]).toMatchObject({ status: 'not_contacted' });
    expect((await api.post('/v1/events', sent(bob))).status).toBe(202);
    expect((await api.get(`/v1/leads/${bob}`)).body.enrollments[0]).toMatchObject({ status: 'sent' });
    expect(proxied.proxy.connections()).toBeLessThanOrEqual(POOL_SIZE);
    expect(await service.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
