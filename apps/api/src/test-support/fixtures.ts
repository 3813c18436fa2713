import type { Db } from '../platform/db/database.js';
import { newId } from '../platform/ids.js';
import { readJson } from './read-json.js';
import type { TestApp } from './test-app.js';

/** A campaign with steps, written straight to the database (no HTTP). */
export async function seedCampaign(
  db: Db,
  workspaceId: string,
  options: { name?: string; steps?: Array<{ subject: string; delay_hours: number }> } = {},
): Promise<string> {
  const id = newId('cmp');
  const now = Date.now();
  await db
    .insertInto('campaigns')
    .values({
      workspace_id: workspaceId,
      id,
      name: options.name ?? 'Campaign',
      created_at: now,
      updated_at: now,
    })
    .execute();
  const steps = options.steps ?? [
    { subject: 'Hello', delay_hours: 0 },
    { subject: 'Following up', delay_hours: 48 },
  ];
  await db
    .insertInto('campaign_steps')
    .values(steps.map((s, i) => ({ workspace_id: workspaceId, campaign_id: id, position: i + 1, ...s })))
    .execute();
  return id;
}

let counter = 0;
/** A unique e-mail address for a test lead. */
export function uniqueEmail(label = 'lead'): string {
  counter += 1;
  return `${label}.${process.pid}.${Date.now().toString(36)}.${counter}@example.com`;
}

/** Enrolls e-mails through the API and returns their lead and enrollment ids. */
export async function enrollEmails(
  app: Pick<TestApp, 'request'>,
  key: string,
  campaignId: string,
  emails: string[],
): Promise<Array<{ leadId: string; enrollmentId: string; status: string; statusReason: string | null }>> {
  const response = await app.request(`/v1/campaigns/${campaignId}/leads`, {
    method: 'POST',
    key,
    json: { emails },
  });
  if (response.status !== 200) throw new Error(`enroll failed: ${response.status} ${await response.text()}`);
  const body = await readJson(response);
  return body.data.map(
    (r: { lead_id: string; enrollment_id: string; status: string; status_reason: string | null }) => ({
      leadId: r.lead_id,
      enrollmentId: r.enrollment_id,
      status: r.status,
      statusReason: r.status_reason,
    }),
  );
}
