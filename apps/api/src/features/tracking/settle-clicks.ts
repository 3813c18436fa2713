import { type ClickedLink, classifyInteraction } from '@leadstatus/core';
import { recordEvents } from '../../engine/record-events.js';
import type { Services } from '../../platform/services/services.js';
import { messageEvent } from './message-event.js';
import {
  findClicksAround,
  findMessages,
  findSettleableClicks,
  markClicksSettled,
  type PendingClick,
  pruneSettledClicks,
} from './tracking.repository.js';
import type { TrackingRuntime } from './tracking-runtime.js';

const BATCH = 500;
/** Settled clicks are kept this long (a neighbour of later clicks needs only seconds). */
const KEEP_SETTLED_MS = 24 * 60 * 60 * 1000;

function linkOf(click: PendingClick): ClickedLink {
  return click.linkIndex < 0 ? 'honeypot' : click.linkIndex;
}

/**
 * Records a workspace's clicks once they are old enough to be judged with the clicks around them
 * (a honeypot click or another link clicked within the same moment, before or after). Each becomes
 * one `clicked` event with the external id `click:<click id>`, so two processes settling the same
 * click record it once. Returns how many clicks still wait (too recent), so the caller comes back.
 */
export async function settleWorkspaceClicks(
  services: Services,
  runtime: TrackingRuntime,
  workspaceId: string,
): Promise<number> {
  const { db } = services;
  const window = runtime.machineRules.sameMomentMs;
  for (;;) {
    const now = services.clock.now();
    const { ready, waiting } = await findSettleableClicks(
      db,
      workspaceId,
      now - runtime.clickSettleMs,
      BATCH,
    );
    if (ready.length === 0) {
      await pruneSettledClicks(services.writer, workspaceId, now - KEEP_SETTLED_MS);
      return waiting;
    }
    const first = ready[0] as PendingClick;
    const last = ready[ready.length - 1] as PendingClick;
    const around = await findClicksAround(
      db,
      workspaceId,
      ready.map((c) => c.enrollmentId),
      first.occurredAt - window,
      last.occurredAt + window,
    );
    const messages = await findMessages(
      db,
      workspaceId,
      ready.map((c) => c.messageId),
    );
    const events = ready.flatMap((click) => {
      const message = messages.get(click.messageId);
      if (!message) return [];
      const verdict = classifyInteraction(
        {
          kind: 'click',
          occurredAt: click.occurredAt,
          userAgent: click.userAgent,
          method: click.method,
          sentAt: message.sentAt,
          link: linkOf(click),
          messageId: click.messageId,
          otherClicks: around
            .filter((o) => o.enrollmentId === click.enrollmentId && o.id !== click.id)
            .map((o) => ({ occurredAt: o.occurredAt, link: linkOf(o), messageId: o.messageId })),
        },
        runtime.machineRules,
      );
      return [
        messageEvent(message, {
          type: 'clicked',
          occurredAt: click.occurredAt,
          externalId: `click:${click.id}`,
          machine: verdict.machine,
          userAgent: click.userAgent,
          metadata: {
            source: 'tracked_link',
            message_id: message.id,
            ...(click.linkIndex >= 0 ? { url: message.links[click.linkIndex] } : { honeypot: true }),
            ...(verdict.machine ? { machine_reasons: verdict.reasons } : {}),
            ...(verdict.agent ? { machine_agent: verdict.agent.name } : {}),
          },
        }),
      ];
    });
    // A click of a message whose lead was erased has no message any more: it is only marked settled.
    await recordEvents(services, { workspaceId, source: 'tracking', events });
    await markClicksSettled(
      services.writer,
      workspaceId,
      ready.map((c) => c.id),
    );
    if (ready.length < BATCH) return waiting;
  }
}
