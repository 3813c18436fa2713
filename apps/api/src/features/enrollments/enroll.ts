import type { Status, StatusReason } from '@leadstatus/core';
import { inEngineTransaction } from '../../engine/context.js';
import { type CreatedEnrollment, createEnrollments } from '../../engine/enroll.js';
import { lockLeads } from '../../engine/lead-locks.js';
import type { DbOrTrx } from '../../platform/db/database.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import { domainOf, normalizeEmail } from '../../platform/email/email.js';
import { newId } from '../../platform/ids.js';
import type { Services } from '../../platform/services/services.js';
import { findDncMatches } from '../dnc/public.js';

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
export function enrollLeads(
  services: Pick<Services, 'writer' | 'clock'>,
  workspaceId: string,
  campaignId: string,
  target: EnrollTarget,
): Promise<EnrollResult[]> {
  return services.writer.run(enrollLeadsCommand, {
    workspaceId,
    campaignId,
    target,
    now: services.clock.now(),
  });
}

interface EnrollLeadsInput {
  workspaceId: string;
  campaignId: string;
  target: EnrollTarget;
  now: number;
}

export const enrollLeadsCommand = writeCommand(
  import.meta.url,
  'enrollLeadsCommand',
  (scope, { workspaceId, campaignId, target, now }: EnrollLeadsInput): Promise<EnrollResult[]> =>
    inEngineTransaction(
      scope,
      { workspaceId, now },
      async (ctx) => {
        const { trx, now } = ctx;
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
          ctx.dialect,
          workspaceId,
          refs.map((r) => r.id),
        );

        const existing = new Map<
          string,
          { id: string; status: Status; status_reason: StatusReason | null }
        >();
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
        const created = await createEnrollments(
          ctx,
          campaignId,
          fresh.map((ref) => {
            const email = dncForm(ref);
            return {
              leadId: ref.id,
              leadEmail: ref.emailNormalized,
              blockedBy: dnc.emails.has(email)
                ? 'opted_out'
                : dnc.domains.has(domainOf(email))
                  ? 'dnc_rule'
                  : null,
            };
          }),
        );

        const createdByLead = new Map(created.map((c) => [c.leadId, c]));
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
          const enrollment = createdByLead.get(ref.id) as CreatedEnrollment;
          results.push({
            lead_id: ref.id,
            email: ref.emailNormalized,
            enrollment_id: enrollment.id,
            status: enrollment.status,
            status_reason: enrollment.statusReason,
            result: enrollment.blocked ? 'blocked' : 'enrolled',
            lead_created: ref.created,
          });
        }
        return results;
      },
      { isRetryable: isUniqueViolation },
    ),
);

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
