import { inTransaction } from '../db/transaction.js';
import { applyEvents } from '../engine/apply-events.js';
import { type PendingEvent, pendingEvent } from '../engine/recorded-event.js';
import type { Services } from '../http/app-env.js';
import { problems } from '../http/problem.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { addDncEntry, type DncEntry } from './dnc.repository.js';
import { parseDncValue } from './dnc-value.js';

const CHUNK = 500;

/**
 * Lists an e-mail or a domain and applies it in the same transaction (DESIGN.md): an e-mail
 * unsubscribes every enrollment of its lead (`dnc_list`); a domain blocks every enrollment of the
 * leads at that domain (`dnc_rule`). The status table decides each enrollment's result.
 */
export async function addToDnc(
  services: Services,
  workspaceId: string,
  rawValue: string,
): Promise<{ entry: DncEntry; created: boolean; affected: number }> {
  const now = services.clock.now();
  const parsed = parseDncValue(rawValue);
  if (!parsed.ok)
    throw problems.validation(`value: ${parsed.message}`, [{ path: 'value', message: parsed.message }]);
  const { kind, value: stored } = parsed.value;
  const workspace = await findWorkspace(services.db, workspaceId);
  const options = { filterMachineEvents: workspace?.settings.filter_machine_events ?? true };

  return inTransaction(services.db, async (trx) => {
    // The leads first, locked (lead-locks.ts): a concurrent enrollment of one then sees the entry.
    let leadQuery = trx
      .selectFrom('leads')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where(kind === 'email' ? 'email_normalized' : 'email_domain', '=', stored)
      .orderBy('id');
    if (services.dialect === 'mysql') leadQuery = leadQuery.forUpdate();
    const leadIds = (await leadQuery.execute()).map((l) => l.id);
    const { entry, created } = await addDncEntry(trx, services.dialect, workspaceId, {
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
      const events: PendingEvent[] = enrollments.map((e) =>
        pendingEvent({
          enrollmentId: e.id,
          campaignId: e.campaign_id,
          leadId: e.lead_id,
          type: kind === 'email' ? 'unsubscribed' : 'blocked',
          occurredAt: now,
          reason: kind === 'email' ? 'dnc_list' : 'dnc_rule',
          // The entry exists already: no need for the engine to fan the opt-out out again.
          propagated: true,
          metadata: JSON.stringify({ dnc_entry_id: entry.id }),
        }),
      );
      for (let j = 0; j < events.length; j += CHUNK) {
        await applyEvents(
          { trx, dialect: services.dialect, workspaceId, now, options },
          events.slice(j, j + CHUNK),
        );
      }
      affected += enrollments.length;
    }
    return { entry, created, affected };
  });
}
