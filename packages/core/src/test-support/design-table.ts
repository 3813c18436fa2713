import type { BaseStatus } from '../statuses.js';
import { isBaseStatus } from '../statuses.js';
import { CELL_NOTES, type CellNote, TRANSITION_COLUMNS, type TransitionCell } from '../transitions.js';

/**
 * The base status table, copied by hand from DESIGN.md ("The status rules"). It is parsed here
 * independently of TRANSITIONS, so that a wrong edit of either one fails a test.
 */
export const DESIGN_TABLE = `
| from \\ event | sent | opened, clicked | replied | bounced (hard), rejected | blocked (DNC rule / already opted out) | unsubscribed, complained | sequence_completed |
|---|---|---|---|---|---|---|---|
| not_contacted | sent | engaged | replied | bounced | bounced | unsubscribed | (no change) |
| sent | sent | engaged | replied | bounced | bounced | unsubscribed | completed |
| engaged | engaged | engaged | replied | bounced | bounced | unsubscribed | completed |
| completed | completed | completed (counted) | replied | bounced | bounced | unsubscribed | completed |
| replied | replied | replied | replied | replied (recorded) | replied | unsubscribed | replied |
| bounced | bounced | bounced (recorded) | replied | bounced | bounced | unsubscribed | bounced |
| unsubscribed | terminal: nothing changes it, not even a manual action |
`;

function cells(line: string): string[] {
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

function parseCell(from: BaseStatus, text: string): TransitionCell {
  if (text === '(no change)') return { to: from, note: 'no change' };
  const match = /^(\w+)(?: \(([^)]+)\))?$/.exec(text);
  const to = match?.[1];
  const note = match?.[2];
  if (!isBaseStatus(to)) throw new Error(`Unreadable cell "${text}" in row ${from}`);
  if (note === undefined) return { to };
  if (!(CELL_NOTES as readonly string[]).includes(note)) throw new Error(`Unknown note "${note}"`);
  return { to, note: note as CellNote };
}

/** DESIGN_TABLE as rows of cells keyed like TRANSITIONS. */
export function parseDesignTable(): Map<BaseStatus, TransitionCell[]> {
  const lines = DESIGN_TABLE.trim().split('\n');
  const header = cells(lines[0] ?? '');
  if (header.length !== TRANSITION_COLUMNS.length + 1)
    throw new Error('The header does not match the columns');
  const rows = new Map<BaseStatus, TransitionCell[]>();
  for (const line of lines.slice(2)) {
    const [from, ...rest] = cells(line);
    if (!isBaseStatus(from)) throw new Error(`Unknown row "${from}"`);
    if (rest.length === 1 && rest[0]?.startsWith('terminal')) {
      rows.set(
        from,
        TRANSITION_COLUMNS.map(() => ({ to: from, note: 'terminal' })),
      );
    } else {
      rows.set(
        from,
        rest.map((text) => parseCell(from, text)),
      );
    }
  }
  return rows;
}
