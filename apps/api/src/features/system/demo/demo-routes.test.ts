import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../app.js';
import { seedCampaign } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createWorkspace } from '../../workspaces/workspaces.repository.js';

const directory = mkdtempSync(join(tmpdir(), 'leadstatus-demo-routes-'));
const bundle = join(directory, 'lead-status-widgets.js');
writeFileSync(bundle, 'export const built = true;\n');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describeEachDatabase('the demo page', ({ database }) => {
  const setup = async (options: { withWorkspace?: boolean; bundlePath?: string } = {}) => {
    const { workspace } = await createWorkspace(database.handle.writer, {
      name: 'Demo workspace',
      now: Date.now(),
    });
    const campaignId = await seedCampaign(database.seed, workspace.id, { name: 'Q4 <founders> & co' });
    const { app } = createApp({
      database: database.handle,
      demo: {
        workspaceId: options.withWorkspace === false ? null : workspace.id,
        widgetsBundle: options.bundlePath ?? bundle,
      },
    });
    return { app, workspaceId: workspace.id, campaignId };
  };

  it('serves the widgets on the demo workspace under a strict CSP, names escaped', async () => {
    const { app, campaignId } = await setup();
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<lead-status-table filter="statuses">');
    expect(html).toContain(`<option value="${campaignId}">Q4 &#60;founders&#62; &#38; co</option>`);
    expect(html).not.toContain('<founders>');
    const script = await app.request('/demo/demo.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await (await app.request('/demo/lead-status-widgets.js')).text()).toContain('built');
  });

  it('mints same-origin, read-only tokens for the demo workspace only', async () => {
    const { app, workspaceId } = await setup();
    const response = await app.request('/demo/token');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token } = await readJson(response);
    const headers = { Authorization: `Bearer ${token}` };
    const leads = await app.request('/v1/leads', { headers });
    expect(leads.status).toBe(200);
    const workspace = await app.request('/v1/campaigns', { headers });
    expect((await readJson(workspace)).data).toHaveLength(1);
    const write = await app.request('/v1/campaigns', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x', steps: [{ subject: 's', delay_hours: 0 }] }),
    });
    expect(write.status).toBe(403);
    const elsewhere = await app.request('/v1/leads', {
      headers: { ...headers, Origin: 'https://evil.example' },
    });
    expect(elsewhere.status).toBe(403);
    expect(workspaceId).toMatch(/^ws_/);
  });

  it('says how to seed when the database has no demo workspace, and mints nothing', async () => {
    const { app } = await setup({ withWorkspace: false });
    expect(await (await app.request('/')).text()).toContain('pnpm leadstatus seed --demo');
    expect((await app.request('/demo/token')).status).toBe(404);
  });

  it('answers a 404 problem, not a crash, when the widgets are not built', async () => {
    const { app } = await setup({ bundlePath: join(directory, 'missing.js') });
    const response = await app.request('/demo/lead-status-widgets.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('without DEMO_PAGE', () => {
  it('keeps the plain landing page and no demo routes', async () => {
    const { openDatabase } = await import('../../../platform/db/open-database.js');
    const database = openDatabase({ dialect: 'sqlite', filename: ':memory:' });
    const { app } = createApp({ database });
    expect(await (await app.request('/')).text()).toContain('API reference');
    expect((await app.request('/demo/token')).status).toBe(404);
    await database.close();
  });
});
