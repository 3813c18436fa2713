import { STATUS_REASON_INFO, STATUS_REASONS } from './reasons.js';
import { type BaseStatus, STATUS_INFO, STATUSES } from './statuses.js';
import {
  TRANSITION_COLUMN_INFO,
  TRANSITION_COLUMNS,
  TRANSITION_ROWS,
  TRANSITIONS,
  type TransitionColumn,
} from './transitions.js';

/**
 * A markdown table with padded columns, laid out exactly as Biome formats markdown, so the generated
 * docs pass `biome ci` unchanged.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(3, title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function cellText(from: BaseStatus, column: TransitionColumn): string {
  const { to, note } = TRANSITIONS[from][column];
  if (note === 'no change') return '(no change)';
  const label = STATUS_INFO[to].label;
  if (note === undefined) return label;
  // "terminal" is the engineers' word; users read "final".
  return `${label} (${note === 'terminal' ? 'final' : note})`;
}

/** TRANSITIONS as a markdown table, with the labels users see. */
export function transitionsMarkdown(): string {
  const header = ['Status now \\ event', ...TRANSITION_COLUMNS.map((c) => TRANSITION_COLUMN_INFO[c].events)];
  const rows = TRANSITION_ROWS.map((from) => [
    `**${STATUS_INFO[from].label}**`,
    ...TRANSITION_COLUMNS.map((column) => cellText(from, column)),
  ]);
  return markdownTable(header, rows);
}

/** Every status as a markdown table: label, API value, meaning, whether automated sending stops. */
export function statusesMarkdown(): string {
  const rows = STATUSES.map((status) => {
    const info = STATUS_INFO[status];
    return [`**${info.label}**`, `\`${status}\``, info.description, info.stopsSending ? 'yes' : 'no'];
  });
  return markdownTable(['Status', 'API value', 'What it means', 'Automated sending stops'], rows);
}

/** Every status reason as a markdown table: the status it explains, label, API value, meaning. */
export function reasonsMarkdown(): string {
  const rows = STATUS_REASONS.map((reason) => {
    const info = STATUS_REASON_INFO[reason];
    return [STATUS_INFO[info.status].label, `**${info.label}**`, `\`${reason}\``, info.description];
  });
  return markdownTable(['Status', 'Reason', 'API value', 'What it means'], rows);
}

/** The statuses in which automated sending stops, as a markdown list. */
export function sendingStopsMarkdown(): string {
  return STATUSES.filter((status) => STATUS_INFO[status].stopsSending)
    .map((status) => `- **${STATUS_INFO[status].label}**`)
    .join('\n');
}
