import type { Transaction } from 'kysely';
import type { Database, DialectName } from '../platform/db/database.js';
import type { LabelChangesTable } from '../platform/db/tables/labels.js';
import { inTransaction } from '../platform/db/transaction.js';
import { writeCommand } from '../platform/db/write-command.js';
import { newId } from '../platform/ids.js';
import { applyCounterDeltas } from './counters.repository.js';
import { stateFromRow } from './enrollment-state.js';
import { counterDeltas } from './metric-deltas.js';

/** Ids per `IN (...)` list and label changes per INSERT. */
const CHUNK = 500;

/** One enrollment's new label (null clears it). */
export interface LabelChange {
  enrollmentId: string;
  label: string | null;
}

export interface LabelOutcome {
  enrollmentId: string;
  /** False when the enrollment already had that label, or is gone. */
  changed: boolean;
  found: boolean;
}

interface LabelScope {
  trx: Transaction<Database>;
  dialect: DialectName;
  workspaceId: string;
  now: number;
}

/**
 * Sets enrollments' outcome labels inside the caller's transaction: each changed one gets its label,
 * its `label_changed_at`, a history entry (`label_changes`), and its campaign's label counters move
 * (engine-owned, like every counter). Rows are locked in id order, as the engine locks them.
 */
export async function changeLabelsIn(
  scope: LabelScope,
  changes: readonly LabelChange[],
  source: LabelChangesTable['source'],
): Promise<LabelOutcome[]> {
  const wanted = new Map(changes.map((c) => [c.enrollmentId, c.label]));
  const ids = [...wanted.keys()].sort();
  const rows = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    let query = scope.trx
      .selectFrom('enrollments')
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .orderBy('id');
    if (scope.dialect === 'mysql') query = query.forUpdate();
    rows.push(...(await query.execute()));
  }
  const history: LabelChangesTable[] = [];
  const changed = new Set<string>();
  const deltas = [];
  for (const row of rows) {
    const label = wanted.get(row.id) ?? null;
    if (row.label === label) continue;
    changed.add(row.id);
    const state = stateFromRow(row);
    deltas.push(...counterDeltas(row.campaign_id, state, state, 1, { before: row.label, after: label }));
    history.push({
      workspace_id: scope.workspaceId,
      id: newId('lch', scope.now),
      enrollment_id: row.id,
      campaign_id: row.campaign_id,
      lead_id: row.lead_id,
      from_label: row.label,
      to_label: label,
      source,
      changed_at: scope.now,
    });
  }
  // One UPDATE per target label: a bulk change sets one label on many rows.
  const byLabel = new Map<string | null, string[]>();
  for (const id of changed) {
    const label = wanted.get(id) ?? null;
    byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  for (const [label, labelled] of byLabel) {
    for (let i = 0; i < labelled.length; i += CHUNK) {
      await scope.trx
        .updateTable('enrollments')
        .set((eb) => ({
          label,
          label_changed_at: scope.now,
          updated_at: scope.now,
          version: eb('version', '+', 1),
        }))
        .where('workspace_id', '=', scope.workspaceId)
        .where('id', 'in', labelled.slice(i, i + CHUNK))
        .execute();
    }
  }
  for (let i = 0; i < history.length; i += CHUNK) {
    await scope.trx
      .insertInto('label_changes')
      .values(history.slice(i, i + CHUNK))
      .execute();
  }
  await applyCounterDeltas(scope.trx, scope.dialect, scope.workspaceId, deltas);
  const found = new Set(rows.map((r) => r.id));
  return changes.map((c) => ({
    enrollmentId: c.enrollmentId,
    changed: changed.has(c.enrollmentId),
    found: found.has(c.enrollmentId),
  }));
}

/** Labels set through the API (or an embed token that may label), as a write command. */
export const setLabelsCommand = writeCommand(
  import.meta.url,
  'setLabelsCommand',
  (
    { db, dialect },
    input: { workspaceId: string; now: number; changes: LabelChange[]; source: LabelChangesTable['source'] },
  ): Promise<LabelOutcome[]> =>
    inTransaction(db, (trx) =>
      changeLabelsIn(
        { trx, dialect, workspaceId: input.workspaceId, now: input.now },
        input.changes,
        input.source,
      ),
    ),
);
