import { MAX_CUSTOM_FIELD_KEY_LENGTH, MAX_CUSTOM_FIELDS } from '../leads/public.js';

export type LeadField = 'email' | 'first_name' | 'last_name' | 'company';

/** What one CSV column holds. Columns without a name are ignored: they cannot name a custom field. */
export type Column =
  | { kind: 'field'; field: LeadField }
  | { kind: 'custom'; name: string }
  | { kind: 'ignored' };

export type ColumnMapping = { ok: true; columns: Column[] } | { ok: false; message: string };

/** The header names each lead field answers to, compared by `headerKey`. */
export const FIELD_ALIASES: Record<LeadField, readonly string[]> = {
  email: ['email', 'e-mail', 'email address', 'mail'],
  first_name: ['first name', 'firstname', 'given name'],
  last_name: ['last name', 'lastname', 'surname', 'family name'],
  company: ['company', 'company name', 'organization', 'organisation'],
};

/** A header as compared: case-insensitive, spaces, underscores and hyphens ignored (`E-Mail` = `email`). */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_BY_KEY = new Map<string, LeadField>(
  (Object.entries(FIELD_ALIASES) as Array<[LeadField, readonly string[]]>).flatMap(([field, aliases]) =>
    aliases.map((alias) => [headerKey(alias), field] as const),
  ),
);

const quoted = (names: readonly string[]) => names.map((name) => JSON.stringify(name)).join(', ');

/**
 * Maps a header row to lead fields and custom fields. Everything that would make every row fail
 * (no e-mail column, ambiguous or over-long names, too many custom fields) is reported here, before
 * anything is imported.
 */
export function mapColumns(headers: readonly string[]): ColumnMapping {
  const columns: Column[] = [];
  const fieldHeader = new Map<LeadField, string>();
  const customNames = new Set<string>();

  for (const raw of headers) {
    const header = raw.trim();
    if (header === '') {
      columns.push({ kind: 'ignored' });
      continue;
    }
    const field = FIELD_BY_KEY.get(headerKey(header));
    if (field) {
      const earlier = fieldHeader.get(field);
      if (earlier !== undefined) {
        return {
          ok: false,
          message: `The columns ${quoted([earlier, header])} both mean ${field}; keep one of them.`,
        };
      }
      fieldHeader.set(field, header);
      columns.push({ kind: 'field', field });
      continue;
    }
    if (customNames.has(header)) {
      return { ok: false, message: `Two columns are named ${quoted([header])}; rename one of them.` };
    }
    if (header.length > MAX_CUSTOM_FIELD_KEY_LENGTH) {
      return {
        ok: false,
        message: `The column ${quoted([header.slice(0, 40)])}… is too long to name a custom field (at most ${MAX_CUSTOM_FIELD_KEY_LENGTH} characters).`,
      };
    }
    customNames.add(header);
    columns.push({ kind: 'custom', name: header });
  }

  if (!fieldHeader.has('email')) {
    const found = headers.map((h) => h.trim()).filter((h) => h !== '');
    return {
      ok: false,
      message:
        `No email column: the header row has ${found.length > 0 ? quoted(found) : 'no column names'}. ` +
        `Name the e-mail column one of ${quoted(FIELD_ALIASES.email)}.`,
    };
  }
  if (customNames.size > MAX_CUSTOM_FIELDS) {
    return {
      ok: false,
      message:
        `The file has ${customNames.size} columns for custom fields; a lead has at most ${MAX_CUSTOM_FIELDS}. ` +
        'Remove the columns you do not need.',
    };
  }
  return { ok: true, columns };
}

/** A row as `POST /v1/leads/batch` takes an item. */
export interface LeadRow {
  email: string;
  first_name?: string;
  last_name?: string;
  company?: string;
  custom_fields?: Record<string, string>;
}

/**
 * A CSV row as a lead. Cells are trimmed; an empty cell is left out, so it never clears a stored
 * value. A missing e-mail is sent as '' and the API's validation explains it.
 */
export function rowToLead(columns: readonly Column[], cells: readonly string[]): LeadRow {
  const lead: LeadRow = { email: '' };
  const custom: Array<[string, string]> = [];
  columns.forEach((column, index) => {
    const value = (cells[index] ?? '').trim();
    if (value === '' || column.kind === 'ignored') return;
    if (column.kind === 'field') lead[column.field] = value;
    else custom.push([column.name, value]);
  });
  // fromEntries defines own properties, so a column named `__proto__` is just a name.
  if (custom.length > 0) lead.custom_fields = Object.fromEntries(custom);
  return lead;
}

/** True when every cell is blank: such rows (`,,,` left by spreadsheets) are skipped, not counted. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
