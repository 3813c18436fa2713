import { inEngineTransaction } from '../../engine/context.js';
import { addDncEntry, type DncEntry, type DncKind } from '../../engine/dnc-entries.js';
import { recordEventsIn } from '../../engine/record-events.js';
import { type RecordedEvent, recordedEvent } from '../../engine/recorded-event.js';
import { writeCommand } from '../../platform/db/write-command.js';
import { problems } from '../../platform/http/problem.js';
import type { Services } from '../../platform/services/services.js';
import { parseDncValue } from './dnc-value.js';

const CHUNK = 500;

/**
 * Lists an e-mail or a domain and applies it in the same transaction (DESIGN.md): an e-mail
 * unsubscribes every enrollment of its lead (`dnc_list`); a domain blocks every enrollment of the
 * leads at that domain (`dnc_rule`). The status table decides each enrollment's result.
 */
export async function addToDnc(
  services: Pick<Services, 'writer' | 'clock'>,
  workspaceId: string,
  rawValue: string,
): Promise<AddDncOutcome> {
  const parsed = parseDncValue(rawValue);
  if (!parsed.ok)
    throw problems.validation(`value: ${parsed.message}`, [{ path: 'value', message: parsed.message }]);
  const { kind, value } = parsed.value;
  return services.writer.run(addToDncCommand, { workspaceId, kind, value, now: services.clock.now() });
}

export interface AddDncOutcome {
  entry: DncEntry;
  created: boolean;
  affected: number;
}

interface AddDncInput {
  workspaceId: string;
  kind: DncKind;
  value: string;
  now: number;
}

export const addToDncCommand = writeCommand(
  import.meta.url,
  'addToDncCommand',
  (scope, { workspaceId, kind, value: stored, now: at }: AddDncInput): Promise<AddDncOutcome> =>
    inEngineTransaction(scope, { workspaceId, now: at }, async (ctx) => {
      const { trx, now } = ctx;
      // The leads first, locked (lead-locks.ts): a concurrent enrollment of one then sees the entry.
      let leadQuery = trx
        .selectFrom('leads')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where(kind === 'email' ? 'email_normalized' : 'email_domain', '=', stored)
        .orderBy('id');
      if (ctx.dialect === 'mysql') leadQuery = leadQuery.forUpdate();
      const leadIds = (await leadQuery.execute()).map((l) => l.id);
      const { entry, created } = await addDncEntry(trx, ctx.dialect, workspaceId, {
        kind,
        value: stored,
        source: 'manual',
        now,
      });
      if (!created) return { entry, created, affected: 0 };

      let affected = 0;
      for (let i = 0; i < leadIds.length; i += CHUNK) {
        const enrollments = await trx
          .selectFrom('enrollments')
          .select(['id', 'campaign_id', 'lead_id'])
          .where('workspace_id', '=', workspaceId)
          .where('lead_id', 'in', leadIds.slice(i, i + CHUNK))
          .where('status', '!=', 'unsubscribed')
          .execute();
        const events: RecordedEvent[] = enrollments.map((e) =>
          recordedEvent({
            enrollmentId: e.id,
            campaignId: e.campaign_id,
            leadId: e.lead_id,
            type: kind === 'email' ? 'unsubscribed' : 'blocked',
            occurredAt: now,
            reason: kind === 'email' ? 'dnc_list' : 'dnc_rule',
            // The entry exists already: no need for the engine to fan the opt-out out again.
            propagated: true,
            metadata: { dnc_entry_id: entry.id },
          }),
        );
        for (let j = 0; j < events.length; j += CHUNK) {
          await recordEventsIn(ctx, { workspaceId, source: 'dnc', events: events.slice(j, j + CHUNK) });
        }
        affected += enrollments.length;
      }
      return { entry, created, affected };
    }),
);
