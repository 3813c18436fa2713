import { freshEnrollmentRow } from '../../../engine/enrollment-row.js';
import type { Db } from '../../../platform/db/database.js';
import type { EnrollmentsTable } from '../../../platform/db/tables/enrollments.js';
import type { EventsTable, StatusChangesTable } from '../../../platform/db/tables/events.js';
import { newId } from '../../../platform/ids.js';

/** Test data written straight to the tables, for what other features (events, enrollment) own. */

export async function insertCampaignRow(db: Db, workspaceId: string, name: string, now = 1): Promise<string> {
  const id = newId('cmp', now);
  await db
    .insertInto('campaigns')
    .values({ workspace_id: workspaceId, id, name, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function insertEnrollmentRow(
  db: Db,
  workspaceId: string,
  values: Pick<EnrollmentsTable, 'campaign_id' | 'lead_id' | 'lead_email'> & Partial<EnrollmentsTable>,
): Promise<string> {
  const id = values.id ?? newId('enr');
  await db
    .insertInto('enrollments')
    .values({
      ...freshEnrollmentRow({
        workspace_id: workspaceId,
        id,
        campaign_id: values.campaign_id,
        lead_id: values.lead_id,
        lead_email: values.lead_email,
        next_due_at: null,
        now: 1,
      }),
      ...values,
    })
    .execute();
  return id;
}

export async function insertEventRow(
  db: Db,
  workspaceId: string,
  values: Pick<EventsTable, 'id' | 'enrollment_id' | 'campaign_id' | 'lead_id' | 'type' | 'occurred_at'> &
    Partial<EventsTable>,
): Promise<void> {
  await db
    .insertInto('events')
    .values({
      workspace_id: workspaceId,
      external_id: null,
      step: null,
      bounce_type: null,
      auto_reply: 0,
      machine: 0,
      propagated: 0,
      reason: null,
      user_agent: null,
      metadata: '{}',
      created_at: values.occurred_at,
      ...values,
    })
    .execute();
}

export async function insertStatusChangeRow(
  db: Db,
  workspaceId: string,
  values: Pick<
    StatusChangesTable,
    'id' | 'enrollment_id' | 'campaign_id' | 'lead_id' | 'from_status' | 'to_status' | 'changed_at'
  > &
    Partial<StatusChangesTable>,
): Promise<void> {
  await db
    .insertInto('status_changes')
    .values({
      workspace_id: workspaceId,
      reason: null,
      event_id: null,
      created_at: values.changed_at,
      ...values,
    })
    .execute();
}
