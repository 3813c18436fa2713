import { createApp } from '../../../app.js';
import { fixedClock } from '../../../platform/clock.js';
import type { DatabaseHandle } from '../../../platform/db/open-database.js';
import type { EventsTable } from '../../../platform/db/tables/events.js';
import { enrollEmails, uniqueEmail } from '../../../test-support/fixtures.js';
import { readJson } from '../../../test-support/read-json.js';
import { createWorkspace } from '../../workspaces/workspaces.repository.js';
import type { TrackingSettings } from '../tracking-runtime.js';

export const BASE_URL = 'https://track.example.test';

/** The steps of `seedCampaign`'s campaigns (test-support/fixtures.ts). */
const DEFAULT_STEPS = [
  { subject: 'Hello', delay_hours: 0 },
  { subject: 'Following up', delay_hours: 48 },
];

/** The real app with a movable clock and its sweeper, for the tracking, inbound and sequence tests. */
export function createTrackingApp(database: DatabaseHandle, tracking: TrackingSettings = {}) {
  const clock = fixedClock(Date.now());
  const leadStatus = createApp({
    database,
    clock,
    tracking: { publicBaseUrl: BASE_URL, settleAfterClick: false, ...tracking },
  });
  const { app } = leadStatus;
  const request = async (
    path: string,
    init: RequestInit & { key?: string; json?: unknown } = {},
  ): Promise<Response> => {
    const { key, json, headers, ...rest } = init;
    const merged = new Headers(headers);
    if (key) merged.set('Authorization', `Bearer ${key}`);
    if (json !== undefined) merged.set('Content-Type', 'application/json');
    // Relative paths, or the public URLs the API hands out (their origin is BASE_URL).
    const target = path.startsWith(BASE_URL) ? path.slice(BASE_URL.length) : path;
    return app.request(target, {
      ...rest,
      headers: merged,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  };
  return {
    app,
    leadStatus,
    clock,
    request,
    sweeper: leadStatus.sweeper,
    async newWorkspace() {
      const { workspace, apiKey } = await createWorkspace(database.writer, {
        name: 'Tracking test',
        now: clock.now(),
      });
      return { workspaceId: workspace.id, key: apiKey };
    },
    /** A workspace with a campaign and `count` enrolled leads. */
    async setup(count = 1, steps?: Array<{ subject: string; delay_hours: number }>) {
      const { workspaceId, key } = await this.newWorkspace();
      // Through the API: on SQLite the handle's own connection is read-only.
      const created = await request('/v1/campaigns', {
        method: 'POST',
        key,
        json: { name: 'Campaign', steps: steps ?? DEFAULT_STEPS },
      });
      if (created.status !== 201) {
        throw new Error(`creating the campaign failed: ${created.status} ${await created.text()}`);
      }
      const campaignId = (await readJson(created)).id as string;
      const emails = Array.from({ length: count }, () => uniqueEmail('trk'));
      const testApp = { request, newWorkspace: async () => ({ workspaceId, apiKey: key }) };
      const enrolled = await enrollEmails(testApp, key, campaignId, emails);
      return {
        workspaceId,
        key,
        campaignId,
        leads: enrolled.map((e, i) => ({ ...e, email: emails[i] as string })),
      };
    },
    async sendMessage(key: string, body: Record<string, unknown>) {
      const response = await request('/v1/messages', { method: 'POST', key, json: body });
      return { status: response.status, body: await readJson(response) };
    },
    async events(workspaceId: string, enrollmentId?: string): Promise<EventsTable[]> {
      let query = database.db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId);
      if (enrollmentId) query = query.where('enrollment_id', '=', enrollmentId);
      return query.orderBy('id').execute();
    },
    async enrollment(workspaceId: string, enrollmentId: string) {
      return database.db
        .selectFrom('enrollments')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', enrollmentId)
        .executeTakeFirstOrThrow();
    },
  };
}

export type TrackingApp = ReturnType<typeof createTrackingApp>;

export const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
export const OUTLOOK = 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)';
export const MIMECAST = 'Mozilla/5.0 (compatible; Mimecast URL Protect)';
export const GOOGLE_PROXY =
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)';
