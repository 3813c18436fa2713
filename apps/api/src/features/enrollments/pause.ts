import type { Status } from '@leadstatus/core';
import { canPause, canResume } from '@leadstatus/core';
import { inEngineTransaction } from '../../engine/context.js';
import { stateFromRow } from '../../engine/enrollment-state.js';
import { recordEventsIn } from '../../engine/record-events.js';
import { recordedEvent } from '../../engine/recorded-event.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Services } from '../../platform/services/services.js';

export type PauseAction = 'pause' | 'resume';
export type PauseTarget = { leadIds: readonly string[] } | { statuses: readonly Status[] };

export interface PauseOutcome {
  changed: string[];
  notAllowed: Array<{ enrollmentId: string; leadId: string; message: string }>;
  notFound: string[];
}

const CHUNK = 500;

/**
 * Pauses or resumes enrollments of one campaign by hand. Each enrollment is checked against the
 * rules on its locked row (pause only from Not Contacted, Sent or Engaged; resume only when Paused),
 * and the change is stored as a `paused`/`resumed` event so the status still derives from events.
 */
export function setPaused(
  services: Pick<Services, 'writer' | 'clock'>,
  workspaceId: string,
  campaignId: string,
  target: PauseTarget,
  action: PauseAction,
): Promise<PauseOutcome> {
  return services.writer.run(setPausedCommand, {
    workspaceId,
    campaignId,
    target,
    action,
    now: services.clock.now(),
  });
}

interface SetPausedInput {
  workspaceId: string;
  campaignId: string;
  target: PauseTarget;
  action: PauseAction;
  now: number;
}

export const setPausedCommand = writeCommand(
  import.meta.url,
  'setPausedCommand',
  (scope, { workspaceId, campaignId, target, action, now: at }: SetPausedInput): Promise<PauseOutcome> => {
    const check = action === 'pause' ? canPause : canResume;

    return inEngineTransaction(scope, { workspaceId, now: at }, async (ctx) => {
      const { trx, now } = ctx;
      let query = trx
        .selectFrom('enrollments')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('campaign_id', '=', campaignId)
        .orderBy('id');
      query =
        'leadIds' in target
          ? query.where('lead_id', 'in', target.leadIds.length > 0 ? [...target.leadIds] : [''])
          : query.where('status', 'in', [...target.statuses]);
      if (ctx.dialect === 'mysql') query = query.forUpdate();
      const rows = await query.execute();

      const outcome: PauseOutcome = { changed: [], notAllowed: [], notFound: [] };
      if ('leadIds' in target) {
        const found = new Set(rows.map((r) => r.lead_id));
        outcome.notFound = [...new Set(target.leadIds)].filter((id) => !found.has(id));
      }
      const events = [];
      for (const row of rows) {
        const verdict = check(stateFromRow(row));
        if (!verdict.ok) {
          outcome.notAllowed.push({
            enrollmentId: row.id,
            leadId: row.lead_id,
            message: verdict.error.message,
          });
          continue;
        }
        outcome.changed.push(row.id);
        events.push(
          recordedEvent({
            enrollmentId: row.id,
            campaignId,
            leadId: row.lead_id,
            type: action === 'pause' ? 'paused' : 'resumed',
            occurredAt: now,
            metadata: { by: 'api' },
          }),
        );
      }
      for (let i = 0; i < events.length; i += CHUNK) {
        await recordEventsIn(ctx, { workspaceId, source: action, events: events.slice(i, i + CHUNK) });
      }
      return outcome;
    });
  },
);
