import type { Status, StatusReason } from '@leadstatus/core';
import type { DbOrTrx } from '../db/database.js';
import type { EnrollmentsTable } from '../db/tables/enrollments.js';
import { inTransaction } from '../db/transaction.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { findDncMatches } from '../dnc/dnc.repository.js';
import { applyEvents } from '../engine/apply-events.js';
import { applyCounterDeltas } from '../engine/counters.repository.js';
import { stateFromRow } from '../engine/enrollment-state.js';
import { lockLeads } from '../engine/lead-locks.js';
import { counterDeltas } from '../engine/metric-deltas.js';
import { pendingEvent } from '../engine/recorded-event.js';
import type { Services } from '../http/app-env.js';
import { newId } from '../ids.js';
import { domainOf, normalizeEmail } from '../leads/email.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

export type EnrollOutcome = 'enrolled' | 'blocked' | 'already_enrolled' | 'not_found';

export interface EnrollResult {
  lead_id: string | null;
  email: string | null;
  enrollment_id: string | null;
  status: Status | null;
  status_reason: StatusReason | null;
  result: EnrollOutcome;
  lead_created: boolean;
}

export type EnrollTarget =
  | { kind: 'lead_ids'; leadIds: string[] }
  | { kind: 'emails'; emails: string[] }
  | { kind: 'leads'; leads: LeadRef[] };

export interface LeadRef {
  id: string;
  emailNormalized: string;
}

const CHUNK = 500;

async function leadsByIds(db: DbOrTrx, workspaceId: string, ids: string[]): Promise<Map<string, LeadRef>> {
  const found = new Map<string, LeadRef>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'email_normalized'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(r.id, { id: r.id, emailNormalized: r.email_normalized });
  }
  return found;
}

/** Finds leads by e-mail, creating the missing ones (an e-mail is all a lead needs). */
async function leadsByEmails(
  trx: DbOrTrx,
  workspaceId: string,
  emails: string[],
  now: number,
): Promise<{ leads: Map<string, LeadRef>; created: Set<string> }> {
  const leads = new Map<string, LeadRef>();
  const normalized = [...new Set(emails.map(normalizeEmail))];
  for (let i = 0; i < normalized.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('leads')
      .select(['id', 'email_normalized'])
      .where('workspace_id', '=', workspaceId)
      .where('email_normalized', 'in', normalized.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) leads.set(r.email_normalized, { id: r.id, emailNormalized: r.email_normalized });
  }
  const created = new Set<string>();
  const missing = emails.filter((e) => !leads.has(normalizeEmail(e)));
  const rows = [];
  for (const email of missing) {
    const key = normalizeEmail(email);
    if (leads.has(key)) continue;
    const id = newId('lead', now);
    leads.set(key, { id, emailNormalized: key });
    created.add(id);
    rows.push({
      workspace_id: workspaceId,
      id,
      email: email.trim(),
      email_normalized: key,
      email_domain: domainOf(key),
      first_name: null,
      last_name: null,
      company: null,
      custom_fields: '{}',
      created_at: now,
      updated_at: now,
    });
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('leads')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
  return { leads, created };
}

/**
 * Enrolls leads in a campaign, in one transaction. A lead already in the campaign keeps its
 * enrollment. A lead whose e-mail is on the do-not-contact list, or whose domain is, is enrolled
 * as Bounced / Blocked (`opted_out` or `dnc_rule`) through a stored `blocked` event, so it is
 * never due and its status still derives from its events.
 */
export async function enrollLeads(
  services: Services,
  workspaceId: string,
  campaignId: string,
  target: EnrollTarget,
): Promise<EnrollResult[]> {
  const now = services.clock.now();
  const workspace = await findWorkspace(services.db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };

  return inTransaction(
    services.db,
    async (trx) => {
      const results: EnrollResult[] = [];
      let refs: Array<LeadRef & { created: boolean }> = [];
      if (target.kind === 'lead_ids') {
        const found = await leadsByIds(trx, workspaceId, [...new Set(target.leadIds)]);
        for (const id of target.leadIds) {
          const ref = found.get(id);
          if (ref) refs.push({ ...ref, created: false });
          else results.push(notFound(id, null));
        }
      } else if (target.kind === 'emails') {
        const { leads, created } = await leadsByEmails(trx, workspaceId, target.emails, now);
        refs = target.emails.map((email) => {
          const ref = leads.get(normalizeEmail(email)) as LeadRef;
          return { ...ref, created: created.has(ref.id) };
        });
      } else {
        refs = target.leads.map((ref) => ({ ...ref, created: false }));
      }
      refs = dedupeById(refs);
      // Before reading what decides the new enrollments (existing ones, the DNC list): see lead-locks.ts.
      await lockLeads(
        trx,
        services.dialect,
        workspaceId,
        refs.map((r) => r.id),
      );

      const existing = new Map<string, { id: string; status: Status; status_reason: StatusReason | null }>();
      for (let i = 0; i < refs.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('enrollments')
          .select(['id', 'lead_id', 'status', 'status_reason'])
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', campaignId)
          .where(
            'lead_id',
            'in',
            refs.slice(i, i + CHUNK).map((r) => r.id),
          )
          .execute();
        for (const r of rows) existing.set(r.lead_id, r);
      }
      const fresh = refs.filter((r) => !existing.has(r.id));
      // Normalised again: a lead stored before today's rules is matched in today's form, as DNC entries are.
      const dncForm = (ref: LeadRef) => normalizeEmail(ref.emailNormalized);
      const dnc = await findDncMatches(
        trx,
        workspaceId,
        [...new Set(fresh.map(dncForm))],
        [...new Set(fresh.map((r) => domainOf(dncForm(r))))],
      );
      const firstStep = await trx
        .selectFrom('campaign_steps')
        .select('delay_hours')
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaignId)
        .where('position', '=', 1)
        .executeTakeFirst();

      const rows: EnrollmentsTable[] = fresh.map((ref) =>
        newEnrollmentRow(workspaceId, campaignId, ref, now, firstStep),
      );
      for (let i = 0; i < rows.length; i += CHUNK) {
        await trx
          .insertInto('enrollments')
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
      if (rows.length > 0) {
        // Every new row holds the initial state; blocked ones then move through the engine's deltas.
        await applyCounterDeltas(
          trx,
          services.dialect,
          workspaceId,
          counterDeltas(campaignId, null, stateFromRow(rows[0] as EnrollmentsTable), rows.length),
        );
      }
      const blocked = rows.flatMap((row) => {
        const email = normalizeEmail(row.lead_email);
        const reason = dnc.emails.has(email)
          ? ('opted_out' as const)
          : dnc.domains.has(domainOf(email))
            ? ('dnc_rule' as const)
            : null;
        return reason
          ? [
              pendingEvent({
                enrollmentId: row.id,
                campaignId,
                leadId: row.lead_id,
                type: 'blocked',
                occurredAt: now,
                reason,
              }),
            ]
          : [];
      });
      const applied = await applyEvents(
        { trx, dialect: services.dialect, workspaceId, now, options },
        blocked,
      );
      const blockedState = new Map(applied.map((a) => [a.enrollmentId, a]));

      const rowByLead = new Map(rows.map((r) => [r.lead_id, r]));
      for (const ref of refs) {
        const before = existing.get(ref.id);
        if (before) {
          results.push({
            lead_id: ref.id,
            email: ref.emailNormalized,
            enrollment_id: before.id,
            status: before.status,
            status_reason: before.status_reason,
            result: 'already_enrolled',
            lead_created: false,
          });
          continue;
        }
        const row = rowByLead.get(ref.id) as EnrollmentsTable;
        const block = blockedState.get(row.id);
        results.push({
          lead_id: ref.id,
          email: ref.emailNormalized,
          enrollment_id: row.id,
          status: (block?.status as Status | undefined) ?? 'not_contacted',
          status_reason: block?.statusReason ?? null,
          result: block ? 'blocked' : 'enrolled',
          lead_created: ref.created,
        });
      }
      return results;
    },
    { isRetryable: isUniqueViolation },
  );
}

function dedupeById<T extends { id: string }>(refs: T[]): T[] {
  const byId = new Map<string, T>();
  for (const ref of refs) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()];
}

function notFound(leadId: string | null, email: string | null): EnrollResult {
  return {
    lead_id: leadId,
    email,
    enrollment_id: null,
    status: null,
    status_reason: null,
    result: 'not_found',
    lead_created: false,
  };
}

function newEnrollmentRow(
  workspaceId: string,
  campaignId: string,
  ref: LeadRef,
  now: number,
  firstStep: { delay_hours: number } | undefined,
): EnrollmentsTable {
  return {
    workspace_id: workspaceId,
    id: newId('enr', now),
    campaign_id: campaignId,
    lead_id: ref.id,
    lead_email: ref.emailNormalized,
    status: 'not_contacted',
    status_reason: null,
    base_status: 'not_contacted',
    base_reason: null,
    paused: 0,
    soft_bounce_streak: 0,
    sent_count: 0,
    opened_count: 0,
    clicked_count: 0,
    replied_count: 0,
    auto_replied_count: 0,
    machine_opened_count: 0,
    machine_clicked_count: 0,
    soft_bounced_count: 0,
    contacted: 0,
    current_step: 0,
    next_due_at: firstStep ? now + firstStep.delay_hours * 3_600_000 : null,
    last_event_at: 0,
    status_changed_at: now,
    version: 0,
    created_at: now,
    updated_at: now,
  };
}
