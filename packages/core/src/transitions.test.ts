import { describe, expect, it } from 'vitest';
import { type ApplyOptions, applyEvent } from './apply.js';
import { deriveStatus } from './derive.js';
import type { LeadEvent } from './events.js';
import type { StatusReason } from './reasons.js';
import { BASE_STATUSES, type BaseStatus } from './statuses.js';
import { parseDesignTable } from './test-support/design-table.js';
import { ev, fold, historyReaching } from './test-support/events.js';
import {
  TRANSITION_COLUMN_INFO,
  TRANSITION_COLUMNS,
  TRANSITION_ROWS,
  TRANSITIONS,
  type TransitionColumn,
} from './transitions.js';

interface ColumnCase {
  readonly name: string;
  /** The events, starting at minute 10, whose last one is the column's event. */
  readonly events: LeadEvent[];
  /** The reason the lead gets when the event moves it into a status with reasons. */
  readonly reason: StatusReason | null;
  readonly options?: ApplyOptions;
}

const soft = { bounce_type: 'soft' } as const;

/** Every kind of event of each column, written from DESIGN.md's column headings. */
const COLUMN_CASES: Record<TransitionColumn, ColumnCase[]> = {
  sent: [{ name: 'sent', events: [ev('sent', 10)], reason: null }],
  engagement: [
    { name: 'opened', events: [ev('opened', 10)], reason: null },
    { name: 'clicked', events: [ev('clicked', 10)], reason: null },
    {
      name: 'machine open, filter off',
      events: [ev('opened', 10, { machine: true })],
      reason: null,
      options: { filterMachineEvents: false },
    },
  ],
  replied: [{ name: 'human reply', events: [ev('replied', 10)], reason: null }],
  bounced: [
    { name: 'bounced (no type)', events: [ev('bounced', 10)], reason: 'hard_bounce' },
    { name: 'hard bounce', events: [ev('bounced', 10, { bounce_type: 'hard' })], reason: 'hard_bounce' },
    { name: 'rejected', events: [ev('rejected', 10)], reason: 'rejected' },
    {
      name: 'third soft bounce',
      events: [ev('bounced', 10, soft), ev('bounced', 11, soft), ev('bounced', 12, soft)],
      reason: 'repeated_soft_bounce',
    },
  ],
  blocked: [
    { name: 'blocked', events: [ev('blocked', 10)], reason: 'dnc_rule' },
    { name: 'blocked, opted out', events: [ev('blocked', 10, { reason: 'opted_out' })], reason: 'opted_out' },
  ],
  unsubscribed: [
    { name: 'unsubscribed', events: [ev('unsubscribed', 10)], reason: 'link' },
    {
      name: 'unsubscribed, one click',
      events: [ev('unsubscribed', 10, { reason: 'one_click' })],
      reason: 'one_click',
    },
    { name: 'complained', events: [ev('complained', 10)], reason: 'complaint' },
  ],
  sequence_completed: [{ name: 'sequence_completed', events: [ev('sequence_completed', 10)], reason: null }],
};

const ROW_REASON: Record<BaseStatus, StatusReason | null> = {
  not_contacted: null,
  sent: null,
  engaged: null,
  completed: null,
  replied: null,
  bounced: 'hard_bounce',
  unsubscribed: 'link',
};

const cellCases = TRANSITION_ROWS.flatMap((from) =>
  TRANSITION_COLUMNS.flatMap((column) => COLUMN_CASES[column].map((c) => ({ from, column, ...c }))),
);

describe('TRANSITIONS', () => {
  it('has one row per base status and one cell per column', () => {
    expect([...TRANSITION_ROWS].sort()).toEqual([...BASE_STATUSES].sort());
    for (const from of TRANSITION_ROWS)
      expect(Object.keys(TRANSITIONS[from]).sort()).toEqual([...TRANSITION_COLUMNS].sort());
  });

  it('says exactly what the table in DESIGN.md says, cell by cell', () => {
    const design = parseDesignTable();
    expect([...design.keys()]).toEqual(TRANSITION_ROWS);
    for (const from of TRANSITION_ROWS) {
      const row = TRANSITION_COLUMNS.map((column) => ({ ...TRANSITIONS[from][column] }));
      expect(row, from).toEqual(design.get(from));
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(TRANSITIONS.sent)).toBe(true);
    expect(Object.isFrozen(TRANSITIONS.sent.sent)).toBe(true);
  });

  it('only ever lets a paused lead keep a pausable base underneath', () => {
    for (const from of ['not_contacted', 'sent', 'engaged'] as const) {
      for (const column of TRANSITION_COLUMNS) {
        if (TRANSITION_COLUMN_INFO[column].whilePaused !== 'underneath') continue;
        expect(['not_contacted', 'sent', 'engaged']).toContain(TRANSITIONS[from][column].to);
      }
    }
  });
});

describe.each(cellCases)('$from + $name ($column)', ({ from, column, events, reason, options }) => {
  const history = [...historyReaching(from), ...events];
  const design = parseDesignTable().get(from)?.at(TRANSITION_COLUMNS.indexOf(column));

  it('gives the status of the table data and of DESIGN.md', () => {
    const state = deriveStatus(history, options);
    expect(state.base).toBe(TRANSITIONS[from][column].to);
    expect(state.base).toBe(design?.to);
    expect(state.status).toBe(state.base);
    expect(state.paused).toBe(false);
  });

  it('gives the reason of the status it leads to', () => {
    const state = deriveStatus(history, options);
    const expected = state.base === from ? ROW_REASON[from] : reason;
    expect(state.reason).toBe(expected);
    expect(state.baseReason).toBe(expected);
  });

  it('gives the same state applied one event at a time', () => {
    const state = history.reduce((s, e) => applyEvent(s, e, options), fold([]));
    expect(state).toEqual(deriveStatus(history, options));
  });

  it('sets statusChangedAt to the event time only when the status changes', () => {
    const before = deriveStatus(historyReaching(from), options);
    const after = deriveStatus(history, options);
    const last = events.at(-1)?.occurred_at;
    expect(after.statusChangedAt).toBe(after.status === before.status ? before.statusChangedAt : last);
    expect(after.lastEventAt).toBe(last);
  });
});
