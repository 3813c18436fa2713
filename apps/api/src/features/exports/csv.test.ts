import { STATUSES, type Status, type StatusReason } from '@leadstatus/core';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ListCampaign } from '../lists/schemas.js';
import { CSV_COLUMNS, CSV_OPTIONS, CsvWriter, csvHeader, csvRecord, splitRecords } from './csv.js';
import type { ExportPage, ExportRow } from './export-pages.js';
import { FORMAT_WRITERS, toExportListRow } from './formats.js';

const T = Date.UTC(2026, 2, 1, 12);
const Q4: ListCampaign = { id: 'cmp_1', name: 'Q4' };

function row(lead: Partial<ExportRow> = {}): ExportRow {
  return {
    id: 'enr_1',
    campaign_id: 'cmp_1',
    lead_id: 'lead_1',
    lead_email: 'a@b.com',
    status: 'sent',
    status_reason: null,
    paused_until: null,
    label: null,
    label_changed_at: null,
    status_changed_at: T,
    last_event_at: 0,
    sent_count: 1,
    opened_count: 0,
    clicked_count: 0,
    replied_count: 0,
    email: 'a@b.com',
    first_name: null,
    last_name: null,
    company: null,
    ...lead,
  };
}

/** A built-in label and one of a workspace's own, whose name needs quoting. */
const LABELS = new Map([
  ['won', { key: 'won', name: 'Won', sentiment: 'positive' as const }],
  ['q4_maybe', { key: 'q4_maybe', name: 'Q4, "maybe"', sentiment: 'neutral' as const }],
]);

const pageOf = (rows: ExportRow[], campaigns: ListCampaign[] = [Q4]): ExportPage => ({
  rows,
  campaigns: new Map(campaigns.map((c) => [c.id, c])),
  labels: LABELS,
});
const csvRows = (rows: ExportRow[], campaigns?: ListCampaign[]) =>
  new CsvWriter().page(pageOf(rows, campaigns));

/** What csv-stringify writes for the rows given every cell: the writer must write exactly this. */
function reference(page: ExportPage): string {
  const records = page.rows.map((r) =>
    csvRecord(r, page.campaigns.get(r.campaign_id)?.name ?? '', page.labels),
  );
  return records.length === 0 ? '' : stringify(records, CSV_OPTIONS);
}

/** mulberry32: the same "random" rows on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that exercises quoting and the formula guard: separators, quotes, line ends, formula starts, unicode. */
function nastyText(random: () => number): string | null {
  const pieces = [
    'a',
    'Zoë',
    ',',
    '"',
    '""',
    '\r',
    '\n',
    '\r\n',
    '=',
    '+',
    '-',
    '@',
    '\t',
    '＝',
    '－',
    "'",
    ' ',
    '🚀',
    'x y',
    ';',
  ];
  if (random() < 0.15) return null;
  let text = '';
  const length = Math.floor(random() * 6);
  for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

describe('CSV rows', () => {
  it('has a CRLF-terminated header of the documented columns', () => {
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_COLUMNS).toHaveLength(21);
  });

  it('writes nulls as empty cells and the status label', () => {
    expect(csvRows([row({ status: 'bounced', status_reason: 'hard_bounce' })])).toBe(
      'enr_1,lead_1,a@b.com,,,,cmp_1,Q4,bounced,Bounced / Blocked,hard_bounce,,,,,2026-03-01T12:00:00.000Z,,1,0,0,0\r\n',
    );
    expect(csvRows([])).toBe('');
  });

  it('quotes commas, quotes, CR and LF (RFC 4180) and keeps unicode as is', () => {
    const text = csvRows([
      row({ first_name: 'Ann, "Annie"', last_name: 'Lee\nSmith', company: 'Zürich\r\nAG 🚀' }),
    ]);
    expect(text).toBe(
      'enr_1,lead_1,a@b.com,"Ann, ""Annie""","Lee\nSmith","Zürich\r\nAG 🚀",cmp_1,Q4,sent,Sent,,,,,,' +
        '2026-03-01T12:00:00.000Z,,1,0,0,0\r\n',
    );
    const [parsed] = parse(text) as string[][];
    expect(parsed?.slice(3, 6)).toEqual(['Ann, "Annie"', 'Lee\nSmith', 'Zürich\r\nAG 🚀']);
  });

  it('quotes a campaign name, once per campaign', () => {
    const campaigns = [
      { id: 'cmp_1', name: 'Q4, "EU" launch' },
      { id: 'cmp_2', name: '=cmd' },
    ];
    const text = csvRows([row(), row({ campaign_id: 'cmp_2' }), row()], campaigns);
    expect((parse(text) as string[][]).map((r) => r[7])).toEqual([
      'Q4, "EU" launch',
      "'=cmd",
      'Q4, "EU" launch',
    ]);
  });

  it('prefixes a text cell that a spreadsheet would run as a formula with a quote', () => {
    const dangerous = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '＝1'];
    for (const value of dangerous) {
      const [parsed] = parse(csvRows([row({ company: value })])) as string[][];
      expect(parsed?.[5], JSON.stringify(value)).toBe(`'${value}`);
    }
    const [safe] = parse(csvRows([row({ company: 'A=B', first_name: "'quoted" })])) as string[][];
    expect(safe?.slice(3, 6)).toEqual(["'quoted", '', 'A=B']);
    expect(csvRows([row({ company: '=HYPERLINK("http://evil")' })])).toContain(
      `"'=HYPERLINK(""http://evil"")"`,
    );
  });

  it('writes exactly what csv-stringify writes given every cell, for any text', () => {
    const random = seededRandom(7);
    const campaigns = [Q4, { id: 'cmp_2', name: 'a,"b"\r\nc' }, { id: 'cmp_3', name: '@x' }];
    const writer = new CsvWriter();
    for (let p = 0; p < 40; p++) {
      const rows = Array.from({ length: Math.floor(random() * 60) }, (_, i) => {
        const status = STATUSES[Math.floor(random() * STATUSES.length)] as Status;
        const reasons: Array<StatusReason | null> = [null, 'hard_bounce', 'link', 'out_of_office'];
        return row({
          id: `enr_${p}_${i}`,
          lead_id: `lead_${p}_${i}`,
          campaign_id: campaigns[Math.floor(random() * campaigns.length)]?.id ?? 'cmp_1',
          email: nastyText(random) ?? 'x@y.z',
          first_name: nastyText(random),
          last_name: nastyText(random),
          company: nastyText(random),
          status,
          status_reason: reasons[Math.floor(random() * reasons.length)] ?? null,
          status_changed_at: Math.floor(random() * 4e12),
          paused_until: random() < 0.7 ? null : Math.floor(random() * 4e12),
          label: [null, null, 'won', 'q4_maybe'][Math.floor(random() * 4)] ?? null,
          label_changed_at: random() < 0.5 ? null : Math.floor(random() * 4e12),
          last_event_at: random() < 0.3 ? 0 : Math.floor(random() * 4e12),
          sent_count: Math.floor(random() * 1000),
          opened_count: Math.floor(random() * 10),
        });
      });
      const page = pageOf(rows, campaigns);
      const text = writer.page(page);
      expect(text).toBe(reference(page));
      expect((parse(text) as string[][]).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    }
  });

  it('writes times outside years 1970..9999 as csv-stringify does', () => {
    for (const ms of [-1, -62198755200000, 253402300800000]) {
      const page = pageOf([row({ status_changed_at: ms, last_event_at: ms, paused_until: ms })]);
      expect(new CsvWriter().page(page)).toBe(reference(page));
    }
  });

  it('splits records at CRLFs outside quotes only', () => {
    expect(splitRecords('a,b\r\nc\r\n', 2)).toEqual(['a,b', 'c', '']);
    expect(splitRecords('"a\r\n""b"\r\n"\r\n"\r\n', 2)).toEqual(['"a\r\n""b"', '"\r\n"', '']);
    expect(() => splitRecords('a\r\nb\r\n', 3)).toThrow(/expected 3 records, found 2/);
  });
});

describe('NDJSON rows', () => {
  it('writes each row exactly as JSON.stringify writes its list row', () => {
    const random = seededRandom(11);
    const campaigns = [Q4, { id: 'cmp_2', name: 'a "b"\n\u2028c' }];
    const rows = Array.from({ length: 300 }, (_, i) =>
      row({
        id: `enr_${i}`,
        campaign_id: campaigns[i % 2]?.id ?? 'cmp_1',
        email: nastyText(random) ?? 'x@y.z',
        first_name: nastyText(random),
        last_name: `\u0000\u001f${nastyText(random) ?? ''}`,
        company: nastyText(random),
        status_reason: i % 3 === 0 ? 'hard_bounce' : null,
        label: i % 5 === 0 ? 'q4_maybe' : null,
        label_changed_at: i % 5 === 0 ? T : null,
        status_changed_at: Math.floor(random() * 4e12),
        last_event_at: i % 4 === 0 ? 0 : Math.floor(random() * 4e12),
        replied_count: i,
      }),
    );
    const page = pageOf(rows, campaigns);
    const text = FORMAT_WRITERS.ndjson.writer().page(page);
    const byId = new Map(campaigns.map((c) => [c.id, c]));
    const expected = rows.map(
      (r) => `${JSON.stringify(toExportListRow(r, byId.get(r.campaign_id) ?? Q4, LABELS))}\n`,
    );
    expect(text).toBe(expected.join(''));
    expect(text.split('\n')).toHaveLength(rows.length + 1);
  });
});
