import { domainToASCII } from 'node:url';
import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import type { DialectName } from '../platform/db/database.js';

/**
 * Issue 12: e-mails are compared in one normal form (NFC, IDNA domain in ASCII, no trailing dot of
 * the domain, lower case); before, they were only trimmed and lower-cased. The stored keys that
 * differ (a non-ASCII or trailing-dot address: anything else was already in the normal form) are
 * rewritten here, so a lead stored as `ann@bücher.example` is still found by `ann@bücher.example`
 * and matched by DNC entries added today, and old DNC entries match leads added today.
 * Kept apart: a lead whose new key another lead of its workspace already has (two leads cannot be
 * merged here), and values that are no address under today's rules (they never match one).
 * A frozen copy of the rules of that day, as migrations never depend on today's code.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{Default_Ignorable_Code_Point}\s]/u;
const PAGE = 500;

function normalDomain(domain: string): string | null {
  if (FORBIDDEN.test(domain)) return null;
  let ascii = domainToASCII(domain.normalize('NFC'));
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  const labels = ascii.split('.');
  return ascii === '' || labels.length < 2 || labels.some((l) => l === '') ? null : ascii;
}

function normalEmail(email: string): string | null {
  const text = email.trim().normalize('NFC');
  const at = text.indexOf('@');
  if (FORBIDDEN.test(text) || at <= 0 || at !== text.lastIndexOf('@')) return null;
  const domain = normalDomain(text.slice(at + 1));
  const normal = domain && `${text.slice(0, at).toLowerCase()}@${domain}`;
  return normal && normal.length <= 320 ? normal : null;
}

/** Rows whose key may not be in the normal form: non-ASCII (more bytes than characters) or a trailing dot. */
function mayDiffer(dialect: DialectName, column: string): RawBuilder<boolean> {
  const bytes =
    dialect === 'mysql' ? sql`length(${sql.ref(column)})` : sql`length(cast(${sql.ref(column)} as blob))`;
  const characters =
    dialect === 'mysql' ? sql`char_length(${sql.ref(column)})` : sql`length(${sql.ref(column)})`;
  return sql<boolean>`(${bytes} <> ${characters} or ${sql.ref(column)} like ${'%.'})`;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen and must not depend on today's Database type.
type AnyDb = Kysely<any>;

/** Pages through a table's candidate rows in primary-key order (workspace_id, id). */
async function* candidates(db: AnyDb, dialect: DialectName, table: string, column: string) {
  let after = { workspace: '', id: '' };
  for (;;) {
    const rows: Array<Record<string, string>> = await db
      .selectFrom(table)
      .selectAll()
      .where(mayDiffer(dialect, column))
      .where((eb) =>
        eb.or([
          eb('workspace_id', '>', after.workspace),
          eb.and([eb('workspace_id', '=', after.workspace), eb('id', '>', after.id)]),
        ]),
      )
      .orderBy('workspace_id')
      .orderBy('id')
      .limit(PAGE)
      .execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = { workspace: last.workspace_id as string, id: last.id as string };
  }
}

async function renormalizeLeads(db: AnyDb, dialect: DialectName): Promise<void> {
  for await (const lead of candidates(db, dialect, 'leads', 'email_normalized')) {
    const normal = normalEmail(lead.email_normalized as string);
    if (normal === null || normal === lead.email_normalized) continue;
    const taken = await db
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', lead.workspace_id)
      .where('email_normalized', '=', normal)
      .executeTakeFirst();
    if (taken) continue;
    const scope = { workspace_id: lead.workspace_id, id: lead.id };
    await db
      .updateTable('leads')
      .set({ email_normalized: normal, email_domain: normal.slice(normal.lastIndexOf('@') + 1) })
      .where('workspace_id', '=', scope.workspace_id)
      .where('id', '=', scope.id)
      .execute();
    for (const table of ['enrollments', 'tracking_messages']) {
      await db
        .updateTable(table)
        .set({ lead_email: normal })
        .where('workspace_id', '=', scope.workspace_id)
        .where('lead_id', '=', scope.id)
        .execute();
    }
  }
}

async function renormalizeDnc(db: AnyDb, dialect: DialectName): Promise<void> {
  for await (const entry of candidates(db, dialect, 'dnc_entries', 'value')) {
    const value = entry.value as string;
    const normal = entry.kind === 'domain' ? normalDomain(value) : normalEmail(value);
    if (normal === null || normal === value) continue;
    const listed = await db
      .selectFrom('dnc_entries')
      .select('id')
      .where('workspace_id', '=', entry.workspace_id)
      .where('kind', '=', entry.kind)
      .where('value', '=', normal)
      .executeTakeFirst();
    // Already listed in the normal form: this spelling of it says nothing more.
    const scope = { workspace_id: entry.workspace_id, id: entry.id };
    if (listed)
      await db
        .deleteFrom('dnc_entries')
        .where((eb) => eb.and(scope))
        .execute();
    else
      await db
        .updateTable('dnc_entries')
        .set({ value: normal })
        .where((eb) => eb.and(scope))
        .execute();
  }
}

export function emailNormalFormMigration(dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      await renormalizeLeads(db, dialect);
      await renormalizeDnc(db, dialect);
    },
    // Nothing to undo: the old form was only trimmed and lower-cased, which the normal form still is.
    async down() {},
  };
}
