import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SseReader } from '../src/features/stream/test-support/sse-reader.js';
import { createWorkspace } from '../src/features/workspaces/workspaces.repository.js';
import type { DialectName } from '../src/platform/db/database.js';
import { seedCampaign, uniqueEmail } from '../src/test-support/fixtures.js';
import { readJson } from '../src/test-support/read-json.js';
import { createTestDatabase } from '../src/test-support/test-databases.js';
import { type RunningServer, SERVER, startServer } from './run-process.js';

const DIALECTS: DialectName[] = ['sqlite', 'mysql'];

/** Two real server processes on one database: a change posted to either reaches streams held by the other. */
describe.each(DIALECTS)('event streams across server processes [%s]', (dialect) => {
  it('a stream held by one process receives a change posted to another, and ends on SIGTERM', async () => {
    if (!existsSync(SERVER)) throw new Error('Build first: npx tsc -p tsconfig.build.json');
    const sqliteFile = join(mkdtempSync(join(tmpdir(), 'leadstatus-stream-')), 'shared.db');
    const database = await createTestDatabase(dialect, dialect === 'sqlite' ? { sqliteFile } : {});
    const servers: RunningServer[] = [];
    const readers: SseReader[] = [];
    try {
      // A shutdown that waited for its timeout would outlast the test's own limit: it must end the streams.
      const env = { DATABASE_URL: database.url, SHUTDOWN_TIMEOUT_MS: '600000' };
      const [a, b] = await Promise.all([startServer(env), startServer(env)]);
      if (!a || !b) throw new Error('servers did not start');
      servers.push(a, b);

      const { workspace, apiKey } = await createWorkspace(database.handle.writer, {
        name: 'Two processes',
        now: Date.now(),
      });
      const campaignId = await seedCampaign(database.seed, workspace.id);
      const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' };
      const enrolled = await fetch(`${b.url}/v1/campaigns/${campaignId}/leads`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ emails: [uniqueEmail('proc')] }),
      });
      expect(enrolled.status).toBe(200);
      const [lead] = (await readJson(enrolled)).data;

      const open = async (server: RunningServer) => {
        const response = await fetch(`${server.url}/v1/stream?campaign_id=${campaignId}`, { headers });
        expect(response.status).toBe(200);
        const reader = new SseReader(response.body);
        readers.push(reader);
        expect((await reader.next(20_000))?.event).toBe('ready');
        return reader;
      };
      const onA = await open(a);
      const onB = await open(b);
      const post = (server: RunningServer, type: string) =>
        fetch(`${server.url}/v1/events`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ type, campaign_id: campaignId, lead_id: lead.lead_id }),
        });

      expect((await post(b, 'sent')).status).toBe(202);
      const isChange = (f: { event?: string }) => f.event === 'status.changed';
      const fromB = (await onA.until(isChange, 20_000)).frame;
      expect(JSON.parse(fromB.data ?? '')).toMatchObject({
        enrollment_id: lead.enrollment_id,
        from: 'not_contacted',
        to: 'sent',
      });
      expect((await onB.until(isChange, 20_000)).frame.id).toBe(fromB.id);

      expect((await post(a, 'replied')).status).toBe(202);
      const fromA = (await onB.until(isChange, 20_000)).frame;
      expect(JSON.parse(fromA.data ?? '')).toMatchObject({ from: 'sent', to: 'replied' });
      expect((await onA.until(isChange, 20_000)).frame.id).toBe(fromA.id);

      // Graceful shutdown ends the open stream instead of waiting out SHUTDOWN_TIMEOUT_MS.
      expect(await a.stop('SIGTERM')).toBe(0);
      await expect(onA.next(20_000)).resolves.toBeUndefined();
    } finally {
      await Promise.all(readers.map((r) => r.cancel()));
      await Promise.all(servers.map((s) => (s.child.exitCode === null ? s.stop('SIGKILL') : null)));
      await database.drop();
    }
  }, 40_000);
});
