// MariaDB taken away from a running service (through a TCP proxy, so the shared server stays up for
// every other test): requests answer 503 problems with Retry-After within a bounded time, /readyz
// fails, /healthz stays up, the process survives, and everything works again when the database is
// back, without a restart.
import { describe, expect, it } from 'vitest';
import { useProxiedService } from './proxied-service.js';
import { type Answer, apiClient, waitUntil } from './service.js';

/** Longest a request may take while the database is away: the pool acquire timeout (10 s) and some slack. */
const ANSWER_WITHIN_MS = 15_000;

function expectUnavailable(answer: Answer, what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(503);
  expect(answer.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  expect(Number(answer.headers.get('retry-after')), what).toBeGreaterThan(0);
  expect(answer.body, what).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
  expect(JSON.stringify(answer.body), what).not.toMatch(/ECONNREFUSED|ETIMEDOUT|select |insert |at .*\.js/i);
  expect(answer.ms, what).toBeLessThan(ANSWER_WITHIN_MS);
}

describe('the database goes away while the service runs [mysql]', () => {
  const proxied = useProxiedService();

  it('answers 503 with Retry-After, fails /readyz, keeps /healthz, and recovers without a restart', async () => {
    const { service, apiKey } = await proxied.start('Outage', {
      DATABASE_POOL_SIZE: '4',
      WEBHOOK_POLL_INTERVAL_MS: '200',
      SWEEP_INTERVAL_MS: '500',
    });
    const api = apiClient(service.url, apiKey, ANSWER_WITHIN_MS + 5_000);
    const campaign = await api.campaignWith('Outage', ['ann@outage.example.com', 'bob@outage.example.com']);
    const [ann, bob] = campaign.leadIds;
    const event = (leadId: string | undefined, type: string) => ({
      type,
      campaign_id: campaign.id,
      lead_id: leadId,
    });
    expect((await api.post('/v1/events', event(ann, 'sent'))).status).toBe(202);
    expect((await api.get('/readyz')).status).toBe(200);

    // Several times as many requests as pooled connections: each still gets its answer in time,
    // however long the queue for a connection (every connection attempt may take its full timeout).
    const duringOutage = () =>
      Promise.all(
        Array.from({ length: 4 }, () => [
          api.get('/v1/leads'),
          api.get(`/v1/leads/${ann}`),
          api.post('/v1/events', event(bob, 'sent')),
          api.post('/v1/events/batch', { events: [event(bob, 'opened')] }),
          api.get(`/v1/campaigns/${campaign.id}/analytics`),
          api.get('/v1/stream'),
        ]).flat(),
      );

    for (const outage of ['refuse', 'blackhole'] as const) {
      // Refused: the database server is down. Blackhole: it cannot be reached (only timeouts help).
      await proxied.proxy[outage]();
      const answers = await duringOutage();
      answers.forEach((answer, i) => {
        expectUnavailable(answer, `${outage}: request ${i}`);
      });
      const ready = await api.get('/readyz');
      expectUnavailable(ready, `${outage}: /readyz`);
      const slowest = Math.max(...answers.map((a) => a.ms), ready.ms);
      console.log(`database outage (${outage}): 503 within ${Math.round(slowest)} ms at most`);
      expect((await api.get('/healthz')).status).toBe(200);
      // The background loops (webhooks, sweeper, stream feed) keep failing meanwhile; the process lives.
      expect(service.alive(), service.logs()).toBe(true);

      await proxied.proxy.restore();
      await waitUntil('/readyz to pass again', async () => (await api.get('/readyz')).status === 200, 30_000);
      const leads = await api.get('/v1/leads');
      expect(leads.status).toBe(200);
      expect(leads.body.data).toHaveLength(2);
      expect(service.alive()).toBe(true);
    }

    // Nothing the outage refused was half-applied: Bob has no event yet; a new one applies normally.
    const bobBefore = await api.get(`/v1/leads/${bob}`);
    expect(bobBefore.body.enrollments[0]).toMatchObject({ status: 'not_contacted' });
    expect((await api.post('/v1/events', event(bob, 'sent'))).status).toBe(202);
    const bobAfter = await api.get(`/v1/leads/${bob}`);
    expect(bobAfter.body.enrollments[0]).toMatchObject({ status: 'sent' });
    expect(await service.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
