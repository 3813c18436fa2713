import type { FieldProblem } from '../../platform/http/problem.js';

export interface InvalidRow {
  /** The line of the CSV file the row starts on (the header is line 1). */
  line: number;
  errors: FieldProblem[];
}

/** The outcome of an import, in the shape `--json` prints. */
export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  enrolled: number;
  blocked: number;
  already_enrolled: number;
  invalid: number;
  /** The first MAX_KEPT_INVALID_ROWS invalid rows; `invalid` counts them all. */
  invalid_rows: InvalidRow[];
}

/** Invalid rows kept with their problems, so a file of a million bad rows still runs in flat memory. */
export const MAX_KEPT_INVALID_ROWS = 10_000;

/** Invalid rows the human summary lists before "and N more". */
export const MAX_LISTED_INVALID_ROWS = 20;

export function emptySummary(): ImportSummary {
  return {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    enrolled: 0,
    blocked: 0,
    already_enrolled: 0,
    invalid: 0,
    invalid_rows: [],
  };
}

export function recordInvalidRow(summary: ImportSummary, row: InvalidRow): void {
  summary.invalid += 1;
  if (summary.invalid_rows.length < MAX_KEPT_INVALID_ROWS) summary.invalid_rows.push(row);
}

export interface SummaryContext {
  file: string;
  /** Given when the import enrolled leads: the enrollment counts are shown only then. */
  campaignId?: string;
  elapsedMs?: number;
}

/** The summary a person reads on stderr. */
export function formatSummary(summary: ImportSummary, context: SummaryContext): string {
  const took = context.elapsedMs === undefined ? '' : ` in ${(context.elapsedMs / 1000).toFixed(1)} s`;
  const campaign = context.campaignId === undefined ? '' : ` (campaign ${context.campaignId})`;
  const lines = [`Imported ${context.file}${campaign}${took}.`];
  const counts: Array<[string, number]> = [
    ['rows read', summary.rows],
    ['created', summary.created],
    ['updated', summary.updated],
    ['unchanged', summary.unchanged],
  ];
  if (context.campaignId !== undefined) {
    counts.push(
      ['enrolled', summary.enrolled],
      ['blocked (do not contact)', summary.blocked],
      ['already enrolled', summary.already_enrolled],
    );
  }
  counts.push(['invalid', summary.invalid]);
  const labelWidth = Math.max(...counts.map(([label]) => label.length));
  const numberWidth = Math.max(...counts.map(([, n]) => String(n).length));
  for (const [label, n] of counts) {
    lines.push(`  ${label.padEnd(labelWidth)}  ${String(n).padStart(numberWidth)}`);
  }

  if (summary.invalid > 0) {
    lines.push('Invalid rows (not imported; fix them and import the file again):');
    for (const row of summary.invalid_rows.slice(0, MAX_LISTED_INVALID_ROWS)) {
      const problems = row.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      lines.push(`  line ${row.line}: ${problems}`);
    }
    const more = summary.invalid - Math.min(summary.invalid_rows.length, MAX_LISTED_INVALID_ROWS);
    if (more > 0) lines.push(`  and ${more} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary `--json` prints: one line of JSON. */
export function summaryJson(summary: ImportSummary): string {
  return `${JSON.stringify(summary)}\n`;
}
