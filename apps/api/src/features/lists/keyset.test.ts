import { describe, expect, it } from 'vitest';
import type { Position } from './cursor.js';
import {
  comparePositions,
  likeContains,
  MAX_PARTITIONS,
  mergePositions,
  planPartitions,
  rangeIndex,
  sortSpec,
} from './keyset.js';

describe('keyset planning', () => {
  it('reads one index range per status only where an index orders by status first', () => {
    const changed = sortSpec('-status_changed_at');
    expect(planPartitions({ statuses: ['sent', 'replied'] }, changed)).toEqual([
      { campaignId: undefined, statuses: ['sent'] },
      { campaignId: undefined, statuses: ['replied'] },
    ]);
    expect(planPartitions({ statuses: ['sent', 'replied'] }, sortSpec('email'))).toEqual([
      { campaignId: undefined, statuses: ['sent', 'replied'] },
    ]);
    expect(planPartitions({}, changed)).toEqual([{ campaignId: undefined, statuses: [] }]);
    expect(planPartitions({ statuses: ['sent'] }, changed)).toEqual([
      { campaignId: undefined, statuses: ['sent'] },
    ]);
  });

  it('reads one range per campaign and status pair, up to a bound', () => {
    const spec = sortSpec('-status_changed_at');
    expect(
      planPartitions({ campaignIds: ['a', 'b', 'a'], statuses: ['sent', 'engaged'] }, spec),
    ).toHaveLength(4);
    const many = Array.from({ length: MAX_PARTITIONS / 4 + 1 }, (_, i) => `cmp_${i}`);
    const plan = planPartitions(
      { campaignIds: many, statuses: ['sent', 'engaged', 'replied', 'bounced'] },
      spec,
    );
    expect(plan).toHaveLength(many.length);
    expect(plan[0]?.statuses).toHaveLength(4);
  });

  it('reads each range by the index that has its equalities first and its sort key next', () => {
    const ws = { campaignId: undefined, statuses: [] };
    const one = { campaignId: 'cmp_1', statuses: ['sent' as const] };
    expect(rangeIndex(ws, sortSpec('-status_changed_at'))).toBe('enr_ws_changed');
    expect(rangeIndex({ ...ws, statuses: ['sent'] }, sortSpec('status_changed_at'))).toBe(
      'enr_ws_status_changed',
    );
    expect(rangeIndex(one, sortSpec('-status_changed_at'))).toBe('enr_cmp_status_changed');
    expect(rangeIndex({ ...one, statuses: ['sent', 'engaged'] }, sortSpec('-status_changed_at'))).toBe(
      'enr_cmp_changed',
    );
    expect(rangeIndex(one, sortSpec('-email'))).toBe('enr_cmp_email');
    expect(rangeIndex(ws, sortSpec('-last_event_at'))).toBe('enr_ws_last_event');
  });

  it('escapes LIKE wildcards and lower-cases the needle', () => {
    expect(likeContains('50%_Off!')).toBe('%50!%!_off!!%');
  });
});

describe('merging ranges', () => {
  const p = (key: number | string, id: string): Position => ({ key, id });

  it('orders by key then id in the sort direction, keeps a row once, and takes the first n', () => {
    const spec = sortSpec('-status_changed_at');
    const merged = mergePositions(
      spec,
      [
        [p(9, 'b'), p(7, 'c'), p(5, 'x')],
        [p(9, 'c'), p(7, 'c'), p(7, 'a')],
      ],
      4,
    );
    expect(merged).toEqual([p(9, 'c'), p(9, 'b'), p(7, 'a'), p(5, 'x')]);
  });

  it('compares strings by code point, as the databases order UTF-8', () => {
    const compare = comparePositions(sortSpec('email'));
    const astral = '\u{1F600}@x.com';
    const highBmp = '\uFF5E@x.com';
    expect(compare(p(highBmp, 'a'), p(astral, 'a'))).toBeLessThan(0);
    expect(compare(p('a@x.com', 'a'), p('b@x.com', 'a'))).toBeLessThan(0);
    expect(compare(p('a@x.com', 'b'), p('a@x.com', 'a'))).toBeGreaterThan(0);
  });
});
