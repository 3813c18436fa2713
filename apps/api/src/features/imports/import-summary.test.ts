import { describe, expect, it } from 'vitest';
import {
  emptySummary,
  formatSummary,
  type ImportSummary,
  MAX_KEPT_INVALID_ROWS,
  recordInvalidRow,
  summaryJson,
} from './import-summary.js';

const emailProblem = { path: 'email', message: 'Must be an e-mail address like ann@example.com' };

function summaryWith(invalidLines: number[], counts: Partial<ImportSummary> = {}): ImportSummary {
  const summary = { ...emptySummary(), ...counts };
  for (const line of invalidLines) recordInvalidRow(summary, { line, errors: [emailProblem] });
  return summary;
}

describe('the import summary', () => {
  it('prints aligned counts, without enrollment counts when no campaign was given', () => {
    const summary = summaryWith([], { rows: 1200, created: 1000, updated: 150, unchanged: 50 });
    expect(formatSummary(summary, { file: 'leads.csv', elapsedMs: 2345 })).toBe(
      [
        'Imported leads.csv in 2.3 s.',
        '  rows read  1200',
        '  created    1000',
        '  updated     150',
        '  unchanged    50',
        '  invalid       0',
        '',
      ].join('\n'),
    );
  });

  it('adds enrollment counts and lists invalid rows with their lines and problems', () => {
    const summary = summaryWith([4, 9], {
      rows: 10,
      created: 8,
      enrolled: 6,
      blocked: 1,
      already_enrolled: 1,
    });
    summary.invalid_rows[1]?.errors.push({ path: 'custom_fields.Notes', message: 'Too big' });
    expect(formatSummary(summary, { file: 'leads.csv', campaignId: 'cmp_1' })).toBe(
      [
        'Imported leads.csv (campaign cmp_1).',
        '  rows read                 10',
        '  created                    8',
        '  updated                    0',
        '  unchanged                  0',
        '  enrolled                   6',
        '  blocked (do not contact)   1',
        '  already enrolled           1',
        '  invalid                    2',
        'Invalid rows (not imported; fix them and import the file again):',
        '  line 4: email: Must be an e-mail address like ann@example.com',
        '  line 9: email: Must be an e-mail address like ann@example.com; custom_fields.Notes: Too big',
        '',
      ].join('\n'),
    );
  });

  it('lists the first 20 invalid rows, then "and N more"', () => {
    const lines = Array.from({ length: 25 }, (_, i) => i + 2);
    const text = formatSummary(summaryWith(lines, { rows: 25 }), { file: 'x.csv' });
    expect(text).toContain('  line 21: email');
    expect(text).not.toContain('line 22:');
    expect(text.trimEnd().split('\n').at(-1)).toBe('  and 5 more');
  });

  it('keeps a bounded number of invalid rows but counts them all', () => {
    const summary = summaryWith(Array.from({ length: MAX_KEPT_INVALID_ROWS + 5 }, (_, i) => i + 2));
    expect(summary.invalid).toBe(MAX_KEPT_INVALID_ROWS + 5);
    expect(summary.invalid_rows).toHaveLength(MAX_KEPT_INVALID_ROWS);
    expect(formatSummary(summary, { file: 'x.csv' })).toContain(`and ${MAX_KEPT_INVALID_ROWS + 5 - 20} more`);
  });

  it('prints JSON as one line with the documented keys in order', () => {
    const json = summaryJson(summaryWith([3], { rows: 2, created: 1 }));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.trim()).not.toContain('\n');
    expect(Object.keys(JSON.parse(json))).toEqual([
      'rows',
      'created',
      'updated',
      'unchanged',
      'enrolled',
      'blocked',
      'already_enrolled',
      'invalid',
      'invalid_rows',
    ]);
    expect(JSON.parse(json).invalid_rows).toEqual([{ line: 3, errors: [emailProblem] }]);
  });
});
