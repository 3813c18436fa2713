import { callApi, type RunningApi, startApi } from './api-server.js';

export interface E2eFixture {
  apiBase: string;
  campaignId: string;
  leads: { id: string; email: string }[];
}

interface Shared {
  ready: Promise<{ api: RunningApi; fixture: E2eFixture }>;
  users: number;
}

/**
 * One service per Vitest process, however many times the global setup runs (once per project, and
 * the browser instance is a project of its own) and whichever copy of this module the config's
 * browser commands load: the state lives on `globalThis`.
 */
const KEY = Symbol.for('leadstatus.widgets.e2e');
const store = globalThis as typeof globalThis & { [KEY]?: Shared };

async function seed(): Promise<{ api: RunningApi; fixture: E2eFixture }> {
  const api = await startApi();
  const campaign = (await callApi(api, 'POST', '/v1/campaigns', {
    name: 'Widgets e2e',
    steps: [{ subject: 'Hello', delay_hours: 0 }],
  })) as { id: string };
  const people = [
    { email: 'ann@example.com', first_name: 'Ann', last_name: 'Lee', company: 'Acme' },
    { email: 'bob@example.com', first_name: '<img src=x onerror=alert(1)>', company: 'Globex' },
    { email: 'cy@example.com', first_name: 'Cy', company: 'Initech' },
  ];
  const leads: { id: string; email: string }[] = [];
  for (const person of people) {
    const lead = (await callApi(api, 'POST', '/v1/leads', person)) as { id: string; email: string };
    leads.push({ id: lead.id, email: lead.email });
  }
  await callApi(api, 'POST', `/v1/campaigns/${campaign.id}/leads`, { lead_ids: leads.map((l) => l.id) });
  for (const lead of leads) {
    await callApi(api, 'POST', '/v1/events', { type: 'sent', campaign_id: campaign.id, lead_id: lead.id });
  }
  return { api, fixture: { apiBase: api.apiBase, campaignId: campaign.id, leads } };
}

export async function acquireFixture(): Promise<{ fixture: E2eFixture; release: () => Promise<void> }> {
  const shared = store[KEY] ?? { ready: seed(), users: 0 };
  store[KEY] = shared;
  shared.users++;
  const { api, fixture } = await shared.ready;
  let released = false;
  return {
    fixture,
    release: async () => {
      if (released) return;
      released = true;
      if (--shared.users > 0) return;
      delete store[KEY];
      await api.close();
    },
  };
}

/** The running service, for the browser commands (which hold the secret key on the Node side). */
export async function runningApi(): Promise<RunningApi> {
  const shared = store[KEY];
  if (!shared) throw new Error('The e2e service is not running (test/e2e/global-setup.ts).');
  return (await shared.ready).api;
}
