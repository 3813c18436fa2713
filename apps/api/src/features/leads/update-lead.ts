import { syncLeadEmail } from '../../engine/lead-email.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { normalizeEmail } from '../../platform/email/email.js';
import { customFieldsProblem } from './custom-fields.js';
import { applyChanges, emailChanged, type Lead, type LeadChanges, sameLeadFields } from './lead.js';
import { findLeadForUpdate, findLeadIdByEmail, updateLead } from './leads.repository.js';

export type UpdateLeadResult =
  | { updated: Lead }
  | { notFound: true }
  | { emailTaken: true }
  | { tooManyCustomFields: string };

/**
 * Applies a partial update in one transaction. A new e-mail must be free (409 otherwise); the lead's
 * enrollments get the new e-mail and `updated_at` (engine/lead-email.ts).
 */
export function updateLeadById(
  writer: Writer,
  workspaceId: string,
  id: string,
  changes: LeadChanges,
  now: number,
): Promise<UpdateLeadResult> {
  return writer.run(updateLeadByIdCommand, { workspaceId, id, changes, now });
}

interface UpdateLeadInput {
  workspaceId: string;
  id: string;
  changes: LeadChanges;
  now: number;
}

export const updateLeadByIdCommand = writeCommand(
  import.meta.url,
  'updateLeadByIdCommand',
  async ({ db, dialect }, { workspaceId, id, changes, now }: UpdateLeadInput): Promise<UpdateLeadResult> => {
    try {
      return await inTransaction(db, async (trx): Promise<UpdateLeadResult> => {
        const current = await findLeadForUpdate(trx, dialect, workspaceId, id);
        if (!current) return { notFound: true };
        const next = applyChanges(current, changes);
        const problem = customFieldsProblem(next.customFields);
        if (problem) return { tooManyCustomFields: problem };
        if (sameLeadFields(current, next)) return { updated: current };

        const newEmail = emailChanged(current, next);
        if (newEmail) {
          const holder = await findLeadIdByEmail(trx, workspaceId, next.email);
          if (holder !== undefined && holder !== id) return { emailTaken: true };
        }
        const updated = { ...next, updatedAt: now };
        await updateLead(trx, workspaceId, updated);
        await syncLeadEmail(trx, workspaceId, id, normalizeEmail(updated.email), now);
        return { updated };
      });
    } catch (error) {
      // A concurrent create or update claimed the e-mail between the check and the write.
      if (isUniqueViolation(error)) return { emailTaken: true };
      throw error;
    }
  },
);
