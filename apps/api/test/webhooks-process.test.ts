import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startReceiver } from '../src/features/webhooks/test-support/receiver.js';
import { readJson } from '../src/test-support/read-json.js';
import { CLI, runNode, startServer } from './run-process.js';

describe('webhooks in the server process', () => {
  it('delivers a status change from the running server and stops its worker on SIGTERM', async () => {
    const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'leadstatus-webhooks-')), 'db.sqlite')}`;
    const env = { DATABASE_URL: databaseUrl, WEBHOOK_ALLOW_INSECURE: 'true', WEBHOOK_POLL_INTERVAL_MS: '50' };
    const created = await runNode(CLI, ['workspace', 'create', '--name', 'Webhooks', '--json'], env);
    const { api_key: key } = JSON.parse(created.stdout);
    const receiver = await startReceiver();
    const server = await startServer(env);
    try {
      const call = async (path: string, body: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await readJson(response) };
      };
      expect((await call('/v1/webhooks', { url: `${receiver.url}/hook` })).status).toBe(201);
      const campaign = await call('/v1/campaigns', { name: 'C', steps: [{ subject: 'Hi', delay_hours: 0 }] });
      const enrolled = await call(`/v1/campaigns/${campaign.body.id}/leads`, { emails: ['ann@example.com'] });
      const leadId = enrolled.body.data[0].lead_id;
      const event = await call('/v1/events', {
        type: 'sent',
        campaign_id: campaign.body.id,
        lead_id: leadId,
      });
      expect(event.status).toBe(202);

      await receiver.waitFor(1, 30_000);
      expect(JSON.parse(receiver.requests[0]?.body ?? '')).toMatchObject({
        type: 'lead.status_changed',
        data: { lead_id: leadId, from: 'not_contacted', to: 'sent' },
      });
      expect(receiver.requests[0]?.headers['webhook-signature']).toMatch(/^v1,/);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
      await receiver.close();
    }
  });
});
