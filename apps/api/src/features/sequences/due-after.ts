import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** Where a page of due enrollments ended: the due time and id of its last row. */
export interface DuePosition {
  time: number;
  id: string;
}

/**
 * The enrollments after `after` in (`column`, id) order: the sweeper's pages of what is due, each
 * read from where the last one ended.
 */
export function dueAfter(column: 'next_due_at' | 'paused_until', after: DuePosition) {
  return (eb: ExpressionBuilder<Database, 'enrollments'>) =>
    eb.or([eb(column, '>', after.time), eb.and([eb(column, '=', after.time), eb('id', '>', after.id)])]);
}
