import { applyEvent, deriveStatus, type EnrollmentState, type LeadEvent } from '@leadstatus/core';
import type { EnrollmentsTable } from '../platform/db/tables/enrollments.js';
import type { StatusChangesTable } from '../platform/db/tables/events.js';
import { newId } from '../platform/ids.js';
import type { EngineContext } from './context.js';
import { stateFromRow } from './enrollment-state.js';
import { loadEnrollmentHistory } from './events.repository.js';
import type { RecordedEvent } from './recorded-event.js';

/** A new event with the id it is stored under. */
export interface IdentifiedEvent {
  id: string;
  event: RecordedEvent;
}

/**
 * One enrollment's part of a batch: its locked row, its new events in arrival order, and, once
 * applied, its new state and the status changes that led there.
 */
export class EnrollmentBatch {
  readonly events: IdentifiedEvent[] = [];
  readonly before: EnrollmentState;
  after: EnrollmentState;
  readonly changes: StatusChangesTable[] = [];

  constructor(readonly row: EnrollmentsTable) {
    this.before = stateFromRow(row);
    this.after = this.before;
  }

  get id(): string {
    return this.row.id;
  }

  /**
   * Whether an event is older than the one before it (or than the row's last event): such an
   * enrollment derives again from its whole history (docs/decisions/late-events.md), so the batch
   * loads the histories of all of them in one query first.
   */
  get mayBeLate(): boolean {
    let last = this.before.lastEventAt;
    for (const { event } of this.events) {
      if (last !== null && event.occurredAt < last) return true;
      last = event.occurredAt;
    }
    return false;
  }

  /** The highest step sent in this batch: `current_step` never moves back. */
  get sentStep(): number {
    let step = 0;
    for (const { event } of this.events)
      if (event.type === 'sent' && event.step !== null) step = Math.max(step, event.step);
    return step;
  }

  /**
   * Applies the events one at a time. At the first one older than the state's last event, the
   * enrollment derives again from its stored history plus all its new events instead: one status
   * change at most, from the state before the batch, attributed to that late event.
   */
  async apply(ctx: EngineContext, history: readonly LeadEvent[] | undefined): Promise<void> {
    let state = this.before;
    const changes: StatusChangesTable[] = [];
    for (const { id, event } of this.events) {
      if (state.lastEventAt !== null && event.occurredAt < state.lastEventAt) {
        const stored = history ?? (await loadEnrollmentHistory(ctx.trx, ctx.workspaceId, this.id));
        const fresh = this.events.map((e) => toLeadEvent(e.event, e.id));
        this.after = deriveStatus([...stored, ...fresh], ctx.options);
        if (this.after.status !== this.before.status)
          this.changes.push(this.change(ctx, this.before, this.after, id, this.after.statusChangedAt));
        return;
      }
      const next = applyEvent(state, toLeadEvent(event, id), ctx.options);
      if (next.status !== state.status) changes.push(this.change(ctx, state, next, id, event.occurredAt));
      state = next;
    }
    this.changes.push(...changes);
    this.after = state;
  }

  private change(
    ctx: EngineContext,
    from: EnrollmentState,
    to: EnrollmentState,
    eventId: string | null,
    at: number | null,
  ): StatusChangesTable {
    return {
      workspace_id: ctx.workspaceId,
      id: newId('chg', ctx.now),
      enrollment_id: this.row.id,
      campaign_id: this.row.campaign_id,
      lead_id: this.row.lead_id,
      from_status: from.status,
      to_status: to.status,
      reason: to.reason,
      paused_until: to.status === 'paused' ? to.pausedUntil : null,
      event_id: eventId,
      changed_at: at ?? ctx.now,
      created_at: ctx.now,
    };
  }
}

function toLeadEvent(event: RecordedEvent, seq: string): LeadEvent {
  return {
    type: event.type,
    occurred_at: event.occurredAt,
    seq,
    ...(event.bounceType ? { bounce_type: event.bounceType } : {}),
    auto_reply: event.autoReply,
    machine: event.machine,
    ...(event.reason ? { reason: event.reason } : {}),
    ...(event.pausedUntil !== null ? { until: event.pausedUntil } : {}),
    ...(event.propagated ? { propagated: true } : {}),
  };
}
