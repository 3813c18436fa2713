import { isBuiltinLabel, type LabelSentiment, labelKeyOf } from '@leadstatus/core';
import { changeLabelsIn } from '../../engine/labels.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Label } from './label-catalog.js';

/** Why a label could not be created: its key is taken (by a built-in label or one of the workspace's). */
export type CreateLabelResult = { created: Label } | { conflict: string } | { noKey: true };

export const createLabelCommand = writeCommand(
  import.meta.url,
  'createLabelCommand',
  async (
    { db },
    input: { workspaceId: string; name: string; sentiment: LabelSentiment; now: number },
  ): Promise<CreateLabelResult> => {
    const key = labelKeyOf(input.name);
    if (key === null || key === 'none') return { noKey: true };
    if (isBuiltinLabel(key)) return { conflict: key };
    try {
      await db
        .insertInto('labels')
        .values({
          workspace_id: input.workspaceId,
          key,
          name: input.name,
          sentiment: input.sentiment,
          created_at: input.now,
          updated_at: input.now,
        })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) return { conflict: key };
      throw error;
    }
    return { created: { key, name: input.name, sentiment: input.sentiment, builtin: false } };
  },
);

/** Renames a custom label or changes its sentiment (its key stays); undefined when there is none. */
export const updateLabelCommand = writeCommand(
  import.meta.url,
  'updateLabelCommand',
  async (
    { db },
    input: { workspaceId: string; key: string; name?: string; sentiment?: LabelSentiment; now: number },
  ): Promise<Label | undefined> => {
    const row = await db
      .selectFrom('labels')
      .select(['key', 'name', 'sentiment'])
      .where('workspace_id', '=', input.workspaceId)
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (!row) return undefined;
    const next = { name: input.name ?? row.name, sentiment: input.sentiment ?? row.sentiment };
    await db
      .updateTable('labels')
      .set({ ...next, updated_at: input.now })
      .where('workspace_id', '=', input.workspaceId)
      .where('key', '=', input.key)
      .execute();
    return { key: row.key, ...next, builtin: false };
  },
);

/**
 * Deletes a custom label in one transaction: the enrollments that carried it lose it (a history
 * entry each, their counters moved, through the engine), then the label goes. False when there is none.
 */
export const deleteLabelCommand = writeCommand(
  import.meta.url,
  'deleteLabelCommand',
  ({ db, dialect }, input: { workspaceId: string; key: string; now: number }): Promise<boolean> =>
    inTransaction(db, async (trx) => {
      const { workspaceId, key, now } = input;
      const deleted = await trx
        .deleteFrom('labels')
        .where('workspace_id', '=', workspaceId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (deleted.numDeletedRows === 0n) return false;
      const carrying = await trx
        .selectFrom('enrollments')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('label', '=', key)
        .execute();
      await changeLabelsIn(
        { trx, dialect, workspaceId, now },
        carrying.map((e) => ({ enrollmentId: e.id, label: null })),
        'label_deleted',
      );
      return true;
    }),
);
