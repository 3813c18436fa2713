import type { BaseStatus, PausedReason, Status, StatusReason } from '@leadstatus/core';
import { freshEnrollmentRow } from '../../../engine/enrollment-row.js';
import type { DbOrTrx } from '../../../platform/db/database.js';
import type { EnrollmentsTable } from '../../../platform/db/tables/enrollments.js';
import { newId } from '../../../platform/ids.js';

export interface SeedLead {
  email?: string;
  first_name?: string | null;
  last_name?: string | null;
  company?: string | null;
}

/** One enrollment to insert; its lead is created too unless `leadId` names an existing one. */
export interface SeedEnrollment {
  status?: Status;
  statusReason?: StatusReason | null;
  /** For a paused enrollment held by an out-of-office reply: when the hold ends. */
  pausedUntil?: number | null;
  statusChangedAt?: number;
  lastEventAt?: number;
  updatedAt?: number;
  counters?: Partial<Record<'sent' | 'opened' | 'clicked' | 'replied', number>>;
  lead?: SeedLead;
  leadId?: string;
  leadEmail?: string;
}

export interface Seeded {
  enrollmentId: string;
  leadId: string;
  campaignId: string;
}

const T0 = Date.UTC(2026, 0, 1);
let sequence = 0;

export async function seedCampaign(db: DbOrTrx, workspaceId: string, name = 'Campaign'): Promise<string> {
  const id = newId('cmp');
  await db
    .insertInto('campaigns')
    .values({ workspace_id: workspaceId, id, name, created_at: T0, updated_at: T0 })
    .execute();
  return id;
}

/** Inserts enrollments (and their leads) straight into the tables, as the list views read them. */
export async function seedEnrollments(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  specs: readonly SeedEnrollment[],
): Promise<Seeded[]> {
  const leads = [];
  const enrollments: EnrollmentsTable[] = [];
  const seeded: Seeded[] = [];
  for (const spec of specs) {
    sequence += 1;
    const leadId = spec.leadId ?? newId('lead');
    const email = spec.leadEmail ?? spec.lead?.email ?? `lead${sequence}@example.com`;
    if (!spec.leadId) {
      leads.push({
        workspace_id: workspaceId,
        id: leadId,
        email,
        email_normalized: email.toLowerCase(),
        email_domain: email.slice(email.lastIndexOf('@') + 1).toLowerCase(),
        first_name: spec.lead?.first_name ?? null,
        last_name: spec.lead?.last_name ?? null,
        company: spec.lead?.company ?? null,
        custom_fields: '{}',
        created_at: T0,
        updated_at: T0,
      });
    }
    const status = spec.status ?? 'sent';
    const changedAt = spec.statusChangedAt ?? T0 + sequence;
    const enrollmentId = newId('enr');
    enrollments.push({
      ...freshEnrollmentRow({
        workspace_id: workspaceId,
        id: enrollmentId,
        campaign_id: campaignId,
        lead_id: leadId,
        lead_email: email.toLowerCase(),
        next_due_at: null,
        now: T0,
      }),
      status,
      status_reason: spec.statusReason ?? null,
      base_status: (status === 'paused' ? 'sent' : status) satisfies BaseStatus,
      base_reason: status === 'paused' ? null : (spec.statusReason ?? null),
      paused: status === 'paused' ? 1 : 0,
      pause_reason:
        status === 'paused' ? ((spec.statusReason as PausedReason | null | undefined) ?? 'manual') : null,
      paused_until: spec.pausedUntil ?? null,
      sent_count: spec.counters?.sent ?? 0,
      opened_count: spec.counters?.opened ?? 0,
      clicked_count: spec.counters?.clicked ?? 0,
      replied_count: spec.counters?.replied ?? 0,
      contacted: status === 'not_contacted' ? 0 : 1,
      last_event_at: spec.lastEventAt ?? 0,
      status_changed_at: changedAt,
      updated_at: spec.updatedAt ?? changedAt,
    });
    seeded.push({ enrollmentId, leadId, campaignId });
  }
  for (let i = 0; i < leads.length; i += 200) {
    await db
      .insertInto('leads')
      .values(leads.slice(i, i + 200))
      .execute();
  }
  for (let i = 0; i < enrollments.length; i += 200) {
    await db
      .insertInto('enrollments')
      .values(enrollments.slice(i, i + 200))
      .execute();
  }
  return seeded;
}

/** Changes a status the way the event engine does: a new status and `status_changed_at` = now. */
export async function changeStatus(
  db: DbOrTrx,
  workspaceId: string,
  enrollmentId: string,
  status: Status,
  now: number,
): Promise<void> {
  await db
    .updateTable('enrollments')
    .set({ status, status_changed_at: now, updated_at: now, last_event_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', enrollmentId)
    .execute();
}
