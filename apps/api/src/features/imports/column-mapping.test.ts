import { describe, expect, it } from 'vitest';
import { type Column, headerKey, isBlankRow, mapColumns, rowToLead } from './column-mapping.js';

function columnsOf(headers: string[]): Column[] {
  const mapping = mapColumns(headers);
  if (!mapping.ok) throw new Error(mapping.message);
  return mapping.columns;
}

function messageOf(headers: string[]): string {
  const mapping = mapColumns(headers);
  if (mapping.ok) throw new Error('expected the header to be refused');
  return mapping.message;
}

describe('mapping CSV headers', () => {
  it('compares headers ignoring case, spaces, underscores and hyphens', () => {
    expect(headerKey(' E-Mail_Address ')).toBe('emailaddress');
    expect(headerKey('First  Name')).toBe('firstname');
  });

  it.each([
    ['email', 'email'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['email_address', 'email'],
    ['MAIL', 'email'],
    ['first_name', 'first_name'],
    ['First Name', 'first_name'],
    ['firstname', 'first_name'],
    ['Given-Name', 'first_name'],
    ['last_name', 'last_name'],
    ['LastName', 'last_name'],
    ['Surname', 'last_name'],
    ['family name', 'last_name'],
    ['Company', 'company'],
    ['company_name', 'company'],
    ['Organization', 'company'],
    ['organisation', 'company'],
  ])('maps %s to %s', (header, field) => {
    const headers = field === 'email' ? [header] : ['email', header];
    expect(columnsOf(headers).at(-1)).toEqual({ kind: 'field', field });
  });

  it('sends every other named column to custom fields, as written (trimmed), and ignores unnamed ones', () => {
    expect(columnsOf(['Email', ' Lead Source ', '', 'plan', 'Plan'])).toEqual([
      { kind: 'field', field: 'email' },
      { kind: 'custom', name: 'Lead Source' },
      { kind: 'ignored' },
      { kind: 'custom', name: 'plan' },
      { kind: 'custom', name: 'Plan' },
    ]);
  });

  it('refuses a header without an e-mail column, naming the columns it found', () => {
    expect(messageOf(['Name', 'Company', ''])).toBe(
      'No email column: the header row has "Name", "Company". ' +
        'Name the e-mail column one of "email", "e-mail", "email address", "mail".',
    );
    expect(messageOf(['', ' '])).toContain('the header row has no column names');
  });

  it('refuses two columns meaning the same field, or two custom columns of one name', () => {
    expect(messageOf(['Email', 'E-mail'])).toBe(
      'The columns "Email", "E-mail" both mean email; keep one of them.',
    );
    expect(messageOf(['email', 'plan', ' plan'])).toBe('Two columns are named "plan"; rename one of them.');
  });

  it('allows 50 custom columns and refuses 51', () => {
    const custom = (n: number) => Array.from({ length: n }, (_, i) => `field ${i}`);
    expect(mapColumns(['email', 'first name', ...custom(50)]).ok).toBe(true);
    expect(messageOf(['email', ...custom(51)])).toBe(
      'The file has 51 columns for custom fields; a lead has at most 50. Remove the columns you do not need.',
    );
  });

  it('refuses a column name too long for a custom field', () => {
    expect(messageOf(['email', 'x'.repeat(65)])).toContain('is too long to name a custom field (at most 64');
    expect(mapColumns(['email', 'x'.repeat(64)]).ok).toBe(true);
  });
});

describe('turning a row into a lead', () => {
  const columns = columnsOf(['Email', 'First Name', 'Last Name', 'Company', 'Plan', '', 'Notes']);

  it('trims cells, maps lead fields and puts the rest in custom fields as strings', () => {
    expect(
      rowToLead(columns, [' Ann@Example.com ', 'Ann', 'Lee', 'Example, Ltd', ' 12 ', 'lost', 'a\nb']),
    ).toEqual({
      email: 'Ann@Example.com',
      first_name: 'Ann',
      last_name: 'Lee',
      company: 'Example, Ltd',
      custom_fields: { Plan: '12', Notes: 'a\nb' },
    });
  });

  it('leaves empty and missing cells out, so they never clear stored values', () => {
    expect(rowToLead(columns, ['ann@example.com', '', '  ', 'Acme'])).toEqual({
      email: 'ann@example.com',
      company: 'Acme',
    });
  });

  it('sends a missing e-mail as an empty string for the API validation to explain', () => {
    expect(rowToLead(columns, ['', 'Ann'])).toEqual({ email: '', first_name: 'Ann' });
  });

  it('keeps a column named __proto__ as a plain field name', () => {
    const lead = rowToLead(columnsOf(['email', '__proto__']), ['a@b.co', 'x']);
    expect(Object.keys(lead.custom_fields ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(lead.custom_fields)).toBe(Object.prototype);
  });

  it('recognises blank rows', () => {
    expect(isBlankRow(['', ' ', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
