import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../enrollments/list/schemas.js';
import { CSV_COLUMNS, csvHeader, csvRows } from './csv.js';

function row(lead: Partial<ListRow['lead']>, extra: Partial<ListRow> = {}): ListRow {
  return {
    enrollment_id: 'enr_1',
    lead: { id: 'lead_1', email: 'a@b.com', first_name: null, last_name: null, company: null, ...lead },
    campaign: { id: 'cmp_1', name: 'Q4' },
    status: 'sent',
    status_reason: null,
    status_changed_at: '2026-03-01T12:00:00.000Z',
    last_event_at: null,
    counters: { sent: 1, opened: 0, clicked: 0, replied: 0 },
    ...extra,
  };
}

describe('CSV rows', () => {
  it('has a CRLF-terminated header of the documented columns', () => {
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_COLUMNS).toHaveLength(17);
  });

  it('writes nulls as empty cells and the status label', () => {
    expect(csvRows([row({}, { status: 'bounced', status_reason: 'hard_bounce' })])).toBe(
      'enr_1,lead_1,a@b.com,,,,cmp_1,Q4,bounced,Bounced / Blocked,hard_bounce,2026-03-01T12:00:00.000Z,,1,0,0,0\r\n',
    );
    expect(csvRows([])).toBe('');
  });

  it('quotes commas, quotes, CR and LF (RFC 4180) and keeps unicode as is', () => {
    const text = csvRows([
      row({ first_name: 'Ann, "Annie"', last_name: 'Lee\nSmith', company: 'Zürich\r\nAG 🚀' }),
    ]);
    expect(text).toBe(
      'enr_1,lead_1,a@b.com,"Ann, ""Annie""","Lee\nSmith","Zürich\r\nAG 🚀",cmp_1,Q4,sent,Sent,,' +
        '2026-03-01T12:00:00.000Z,,1,0,0,0\r\n',
    );
    const [parsed] = parse(text) as string[][];
    expect(parsed?.slice(3, 6)).toEqual(['Ann, "Annie"', 'Lee\nSmith', 'Zürich\r\nAG 🚀']);
  });

  it('prefixes a text cell that a spreadsheet would run as a formula with a quote', () => {
    const dangerous = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '＝1'];
    for (const value of dangerous) {
      const [parsed] = parse(csvRows([row({ company: value })])) as string[][];
      expect(parsed?.[5], JSON.stringify(value)).toBe(`'${value}`);
    }
    const [safe] = parse(csvRows([row({ company: 'A=B', first_name: "'quoted" })])) as string[][];
    expect(safe?.slice(3, 6)).toEqual(["'quoted", null, 'A=B'].map((v) => v ?? ''));
    expect(csvRows([row({ company: '=HYPERLINK("http://evil")' })])).toContain(
      `"'=HYPERLINK(""http://evil"")"`,
    );
  });
});
