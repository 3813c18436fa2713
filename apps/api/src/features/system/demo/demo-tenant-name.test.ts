import { expect, it } from 'vitest';
import { createApp } from '../../../app.js';
import { DEMO_WORKSPACE_NAME } from '../../../demo/demo-seed.js';
import { prepareDemoWorkspace } from '../../../demo/demo-workspace.js';
import type { Services } from '../../../platform/services/services.js';
import { servicesFor } from '../../../platform/services/services-for.js';
import { enrollEmails, seedCampaign } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createWorkspace } from '../../workspaces/workspaces.repository.js';

/**
 * Issue 12, item 5: the demo page's unauthenticated `/demo/token` must only ever read the workspace
 * the demo seed made, never a tenant that renamed itself like it (the server looks the demo up at start).
 */
describeEachDatabase('the demo workspace is the seed’s, not whoever takes its name', ({ database }) => {
  const services = (): Services => servicesFor(database.handle);

  /** The app as the server starts it with the demo page on. */
  const restartWithDemoPage = async () =>
    createApp({ database: database.handle, demo: { workspaceId: await prepareDemoWorkspace(services()) } })
      .app;

  it('a tenant renamed "Demo workspace" is never served by /demo/token', async () => {
    const tenantApp = createTestApp(database.handle);
    const tenant = await tenantApp.newWorkspace('Acme');
    const campaignId = await seedCampaign(database.seed, tenant.workspaceId);
    await enrollEmails(tenantApp, tenant.apiKey, campaignId, ['ceo@acme.example']);
    const renamed = await tenantApp.request('/v1/workspace', {
      method: 'PATCH',
      key: tenant.apiKey,
      json: { name: DEMO_WORKSPACE_NAME },
    });
    expect(renamed.status).toBe(200);

    const before = await restartWithDemoPage();
    expect((await before.request('/demo/token')).status).toBe(404);

    // With the seed's demo workspace present, the token reads it and nothing of the tenant.
    const demo = await createWorkspace(database.handle.writer, {
      name: DEMO_WORKSPACE_NAME,
      now: Date.now(),
      demo: true,
    });
    const app = await restartWithDemoPage();
    const { token } = await readJson(await app.request('/demo/token'));
    const leads = await readJson(
      await app.request('/v1/leads', { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(leads.data).toEqual([]);
    const campaigns = await readJson(
      await app.request('/v1/campaigns', { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(campaigns.data).toEqual([]);
    expect(await prepareDemoWorkspace(services())).toBe(demo.workspace.id);
  });
});
