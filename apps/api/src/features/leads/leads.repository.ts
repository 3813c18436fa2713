import type { Selectable } from 'kysely';
import { compiledOnce } from '../../platform/db/compiled-once.js';
import type { DbOrTrx, DialectName } from '../../platform/db/database.js';
import type { LeadsTable } from '../../platform/db/tables/leads.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { domainOf, normalizeEmail } from '../../platform/email/email.js';
import { newId } from '../../platform/ids.js';
import { parseCustomFields } from './custom-fields.js';
import { type Lead, type LeadChanges, newLead } from './lead.js';

/** Rows per multi-row insert: 11 columns each keeps a statement far below SQLite's 32766 parameters. */
const INSERT_CHUNK = 500;

export function leadFromRow(row: Selectable<LeadsTable>): Lead {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    customFields: parseCustomFields(row.custom_fields),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowFromLead(workspaceId: string, lead: Lead): LeadsTable {
  const normalized = normalizeEmail(lead.email);
  return {
    workspace_id: workspaceId,
    id: lead.id,
    email: lead.email,
    email_normalized: normalized,
    email_domain: domainOf(normalized),
    first_name: lead.firstName,
    last_name: lead.lastName,
    company: lead.company,
    custom_fields: JSON.stringify(lead.customFields),
    created_at: lead.createdAt,
    updated_at: lead.updatedAt,
  };
}

const leadById = compiledOnce((db, workspaceId: string, id: string) =>
  db.selectFrom('leads').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id),
);

export async function findLead(db: DbOrTrx, workspaceId: string, id: string): Promise<Lead | undefined> {
  const [row] = await leadById(db, workspaceId, id);
  return row && leadFromRow(row);
}

/**
 * The lead, locked until the transaction ends on MySQL (read-modify-write of custom fields must not
 * lose a concurrent update); SQLite has a single writer, so no lock is needed there.
 */
export async function findLeadForUpdate(
  trx: DbOrTrx,
  dialect: DialectName,
  workspaceId: string,
  id: string,
): Promise<Lead | undefined> {
  let query = trx
    .selectFrom('leads')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  if (dialect === 'mysql') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && leadFromRow(row);
}

/** The id of the lead with this e-mail (case-insensitive), if any. */
export async function findLeadIdByEmail(
  db: DbOrTrx,
  workspaceId: string,
  email: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('leads')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('email_normalized', '=', normalizeEmail(email))
    .executeTakeFirst();
  return row?.id;
}

/** The leads with these normalised e-mails, in one query (locked on MySQL when `forUpdate`). */
export async function findLeadsByEmails(
  db: DbOrTrx,
  workspaceId: string,
  normalizedEmails: readonly string[],
  options: { lockFor?: DialectName } = {},
): Promise<Lead[]> {
  if (normalizedEmails.length === 0) return [];
  let query = db
    .selectFrom('leads')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email_normalized', 'in', normalizedEmails);
  if (options.lockFor === 'mysql') query = query.forUpdate();
  return (await query.execute()).map(leadFromRow);
}

/** Inserts leads with multi-row inserts (inside a write command's transaction). */
export async function insertLeads(db: DbOrTrx, workspaceId: string, leads: readonly Lead[]): Promise<void> {
  for (let i = 0; i < leads.length; i += INSERT_CHUNK) {
    const rows = leads.slice(i, i + INSERT_CHUNK).map((lead) => rowFromLead(workspaceId, lead));
    await db.insertInto('leads').values(rows).execute();
  }
}

/** Writes every mutable column of a lead (inside a write command's transaction). */
export async function updateLead(db: DbOrTrx, workspaceId: string, lead: Lead): Promise<void> {
  const { workspace_id, id, created_at, ...columns } = rowFromLead(workspaceId, lead);
  await db
    .updateTable('leads')
    .set(columns)
    .where('workspace_id', '=', workspace_id)
    .where('id', '=', id)
    .execute();
}

export type CreateLeadResult = { created: Lead } | { emailTaken: true };

/**
 * Creates a lead unless its e-mail is taken. The check answers the usual case; the unique key
 * answers the race where a concurrent request inserts the same e-mail in between.
 */
export function createLead(
  writer: Writer,
  workspaceId: string,
  changes: LeadChanges & { email: string },
  now: number,
): Promise<CreateLeadResult> {
  return writer.run(createLeadCommand, { workspaceId, changes, now });
}

interface CreateLeadInput {
  workspaceId: string;
  changes: LeadChanges & { email: string };
  now: number;
}

export const createLeadCommand = writeCommand(
  import.meta.url,
  'createLeadCommand',
  async ({ db }, { workspaceId, changes, now }: CreateLeadInput): Promise<CreateLeadResult> => {
    if (await findLeadIdByEmail(db, workspaceId, changes.email)) return { emailTaken: true };
    const lead = newLead(newId('lead', now), changes, now);
    try {
      await insertLeads(db, workspaceId, [lead]);
    } catch (error) {
      if (isUniqueViolation(error)) return { emailTaken: true };
      throw error;
    }
    return { created: lead };
  },
);
