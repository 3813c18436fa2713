import { syncLeadEmail } from '../../engine/lead-email.js';
import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { normalizeEmail } from '../../platform/email/email.js';
import { fieldProblems } from '../../platform/http/zod-problems.js';
import { newId } from '../../platform/ids.js';
import { customFieldsProblem } from './custom-fields.js';
import {
  applyChanges,
  changesFromInput,
  type Lead,
  type LeadChanges,
  newLead,
  sameLeadFields,
} from './lead.js';
import { findLeadsByEmails, insertLeads, updateLead } from './leads.repository.js';
import { type LeadBatchResult, LeadInputSchema } from './schemas.js';

interface ValidItem {
  index: number;
  normalized: string;
  changes: LeadChanges & { email: string };
}

/** One lead the batch touches, as it will be written at the end. */
interface Slot {
  lead: Lead;
  isNew: boolean;
  dirty: boolean;
}

/**
 * Upserts leads by e-mail in one transaction: one query finds the existing leads, new ones go in with
 * multi-row inserts, and only changed leads are updated. Each item is validated on its own. Items
 * with the same e-mail apply in order (a later one updates the earlier). When a concurrent writer
 * creates one of the e-mails first (unique key), the whole batch runs again and updates that lead.
 */
export async function upsertLeadBatch(
  writer: Writer,
  workspaceId: string,
  items: readonly unknown[],
  now: number,
): Promise<LeadBatchResult[]> {
  const invalid: LeadBatchResult[] = [];
  const valid: ValidItem[] = [];
  items.forEach((item, index) => {
    const parsed = LeadInputSchema.safeParse(item);
    if (!parsed.success) {
      invalid.push({ index, status: 'invalid', errors: fieldProblems(parsed.error) });
      return;
    }
    const changes = changesFromInput(parsed.data);
    valid.push({
      index,
      normalized: normalizeEmail(parsed.data.email),
      changes: { ...changes, email: parsed.data.email },
    });
  });

  const applied = await writer.run(upsertLeadBatchCommand, { workspaceId, items: valid, now });
  return [...invalid, ...applied].sort((a, b) => a.index - b.index);
}

interface UpsertLeadBatchInput {
  workspaceId: string;
  /** The items that passed validation (the caller validates). */
  items: ValidItem[];
  now: number;
}

export const upsertLeadBatchCommand = writeCommand(
  import.meta.url,
  'upsertLeadBatchCommand',
  ({ db, dialect }, { workspaceId, items, now }: UpsertLeadBatchInput): Promise<LeadBatchResult[]> =>
    // A concurrent writer that creates one of these e-mails first makes the batch run again (and update it).
    inTransaction(db, (trx) => applyItems(trx, dialect, workspaceId, items, now), {
      isRetryable: isUniqueViolation,
    }),
);

async function applyItems(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  items: readonly ValidItem[],
  now: number,
): Promise<LeadBatchResult[]> {
  const emails = [...new Set(items.map((item) => item.normalized))];
  const existing = await findLeadsByEmails(trx, workspaceId, emails, { lockFor: dialect });
  const slots = new Map<string, Slot>(
    existing.map((lead) => [normalizeEmail(lead.email), { lead, isNew: false, dirty: false }]),
  );
  const seenInBatch = new Set<string>();
  const results: LeadBatchResult[] = [];

  for (const { index, normalized, changes } of items) {
    const slot = slots.get(normalized);
    if (!slot) {
      const lead = newLead(newId('lead', now), changes, now);
      slots.set(normalized, { lead, isNew: true, dirty: true });
      seenInBatch.add(normalized);
      results.push({ index, status: 'created', lead_id: lead.id });
      continue;
    }
    const next = applyChanges(slot.lead, changes);
    const problem = customFieldsProblem(next.customFields);
    if (problem) {
      results.push({ index, status: 'invalid', errors: [{ path: 'custom_fields', message: problem }] });
      continue;
    }
    const changed = !sameLeadFields(slot.lead, next);
    if (changed) {
      slot.lead = { ...next, updatedAt: now };
      slot.dirty = true;
    }
    const repeated = seenInBatch.has(normalized);
    seenInBatch.add(normalized);
    results.push({ index, status: changed || repeated ? 'updated' : 'unchanged', lead_id: slot.lead.id });
  }

  const all = [...slots.values()];
  await insertLeads(
    trx,
    workspaceId,
    all.filter((slot) => slot.isNew).map((slot) => slot.lead),
  );
  for (const slot of all) {
    if (slot.dirty && !slot.isNew) {
      await updateLead(trx, workspaceId, slot.lead);
      await syncLeadEmail(trx, workspaceId, slot.lead.id, normalizeEmail(slot.lead.email), now);
    }
  }
  return results;
}
