import type { BaseStatus } from './statuses.js';

/**
 * The columns of the status table: each is a class of events that moves the base status the same way.
 * - `sent`: an email of the sequence was sent.
 * - `engagement`: a human open or click.
 * - `replied`: a human reply (auto-replies change nothing).
 * - `bounced`: a hard bounce, a rejection, or the third soft bounce in a row.
 * - `blocked`: the do-not-contact list blocks the lead (a DNC rule, or the lead opted out before).
 * - `unsubscribed`: the lead unsubscribed or complained.
 * - `sequence_completed`: the last step of the sequence was sent.
 */
export const TRANSITION_COLUMNS = [
  'sent',
  'engagement',
  'replied',
  'bounced',
  'blocked',
  'unsubscribed',
  'sequence_completed',
] as const;
export type TransitionColumn = (typeof TRANSITION_COLUMNS)[number];

/** The rows of the status table, in the order DESIGN.md lists them. */
export const TRANSITION_ROWS: readonly BaseStatus[] = [
  'not_contacted',
  'sent',
  'engaged',
  'completed',
  'replied',
  'bounced',
  'unsubscribed',
];

/**
 * What a cell says besides the resulting status:
 * - `counted`: the status stays and the event counts in the lead's statistics;
 * - `recorded`: the status stays, the event is kept in the history;
 * - `no change`: the event does not apply in this status;
 * - `terminal`: nothing changes this status, not even a manual action.
 */
export const CELL_NOTES = ['counted', 'recorded', 'no change', 'terminal'] as const;
export type CellNote = (typeof CELL_NOTES)[number];

export interface TransitionCell {
  /** The base status after the event. */
  readonly to: BaseStatus;
  readonly note?: CellNote;
}

/**
 * How an event class behaves while the lead is paused:
 * - `underneath`: it moves the base status; the lead still shows Paused (and shows the new base on resume);
 * - `ends_pause`: it moves the base status, ends the pause and shows at once;
 * - `ignored`: it does not apply while paused.
 */
export type WhilePaused = 'underneath' | 'ends_pause' | 'ignored';

export interface TransitionColumnInfo {
  readonly column: TransitionColumn;
  /** The column heading, in words a user knows. */
  readonly label: string;
  /** The events of this class, as a phrase a user knows (used on the lifecycle table's headings). */
  readonly events: string;
  /** The events of this class in a word or two (used on the lifecycle diagram's arrows). */
  readonly arrow: string;
  readonly whilePaused: WhilePaused;
}

export const TRANSITION_COLUMN_INFO: Readonly<Record<TransitionColumn, TransitionColumnInfo>> = {
  sent: { column: 'sent', label: 'sent', events: 'email sent', arrow: 'sent', whilePaused: 'underneath' },
  engagement: {
    column: 'engagement',
    label: 'opened, clicked',
    events: 'opened or clicked',
    arrow: 'opened or clicked',
    whilePaused: 'underneath',
  },
  replied: {
    column: 'replied',
    label: 'replied',
    events: 'replied',
    arrow: 'replied',
    whilePaused: 'ends_pause',
  },
  bounced: {
    column: 'bounced',
    label: 'bounced (hard), rejected, 3rd soft bounce',
    events: 'hard bounce, rejected, 3rd soft bounce',
    arrow: 'bounced',
    whilePaused: 'ends_pause',
  },
  blocked: {
    column: 'blocked',
    label: 'blocked (DNC rule / already opted out)',
    events: 'blocked by do-not-contact list',
    arrow: 'blocked',
    whilePaused: 'ends_pause',
  },
  unsubscribed: {
    column: 'unsubscribed',
    label: 'unsubscribed, complained',
    events: 'unsubscribed or complained',
    arrow: 'unsubscribed or complained',
    whilePaused: 'ends_pause',
  },
  sequence_completed: {
    column: 'sequence_completed',
    label: 'sequence_completed',
    events: 'sequence completed',
    arrow: 'sequence completed',
    whilePaused: 'ignored',
  },
};

type Row = Readonly<Record<TransitionColumn, TransitionCell>>;

function row(
  sent: TransitionCell,
  engagement: TransitionCell,
  replied: TransitionCell,
  bounced: TransitionCell,
  blocked: TransitionCell,
  unsubscribed: TransitionCell,
  sequence_completed: TransitionCell,
): Row {
  return Object.freeze({ sent, engagement, replied, bounced, blocked, unsubscribed, sequence_completed });
}

function to(status: BaseStatus, note?: CellNote): TransitionCell {
  return Object.freeze(note === undefined ? { to: status } : { to: status, note });
}

const terminal = to('unsubscribed', 'terminal');

/**
 * The base status transitions of DESIGN.md, as data: `TRANSITIONS[from][column]`.
 * applyEvent, the lifecycle diagram, the user docs and the tests all read this one table.
 */
// biome-ignore format: one line per row, like the table in DESIGN.md
export const TRANSITIONS: Readonly<Record<BaseStatus, Row>> = Object.freeze({
  not_contacted: row(to('sent'), to('engaged'), to('replied'), to('bounced'), to('bounced'), to('unsubscribed'), to('not_contacted', 'no change')),
  sent: row(to('sent'), to('engaged'), to('replied'), to('bounced'), to('bounced'), to('unsubscribed'), to('completed')),
  engaged: row(to('engaged'), to('engaged'), to('replied'), to('bounced'), to('bounced'), to('unsubscribed'), to('completed')),
  completed: row(to('completed'), to('completed', 'counted'), to('replied'), to('bounced'), to('bounced'), to('unsubscribed'), to('completed')),
  replied: row(to('replied'), to('replied'), to('replied'), to('replied', 'recorded'), to('replied'), to('unsubscribed'), to('replied')),
  bounced: row(to('bounced'), to('bounced', 'recorded'), to('replied'), to('bounced'), to('bounced'), to('unsubscribed'), to('bounced')),
  unsubscribed: row(terminal, terminal, terminal, terminal, terminal, terminal, terminal),
});
