import type { EventType } from '@leadstatus/core';
import { COMPLETION_WAIT, HOUR } from './campaigns.js';
import {
  AUTO_REPLY_SNIPPETS,
  CLICK_URLS,
  HARD_BOUNCE_DIAGNOSTICS,
  HUMAN_USER_AGENTS,
  REPLY_SNIPPETS,
  SCANNER_USER_AGENTS,
  SOFT_BOUNCE_DIAGNOSTICS,
} from './names.js';
import type { DemoLead } from './people.js';
import type { Random } from './random.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** One event of a plan; `at` is milliseconds after the start of the demo window. */
export interface PlannedEvent {
  at: number;
  type: EventType;
  step?: number;
  bounceType?: 'hard' | 'soft';
  autoReply?: boolean;
  machine?: boolean;
  reason?: 'link' | 'one_click' | 'reply';
  userAgent?: string;
  metadata?: Record<string, string>;
}

/** What happens to one lead in one campaign, dealt by quota over the campaign's enrollments. */
export interface EnrollmentTraits {
  fate: 'reply' | 'unsubscribe' | 'complaint' | 'none';
  opener: boolean;
  clicker: boolean;
  autoReply: boolean;
  /** One soft bounce (a full mailbox for a day) on one step. */
  softOnce: boolean;
}

export interface TimelineInput {
  lead: DemoLead;
  traits: EnrollmentTraits;
  /** The first send, ms into the window. */
  start: number;
  /** Hours after the previous step, per step. */
  delays: readonly number[];
}

/** Replies, unsubscribes and first opens come mostly on the first steps. */
const STEP_WEIGHTS = [0.45, 0.28, 0.17, 0.1];
const OPEN_STEP_WEIGHTS = [0.6, 0.25, 0.1, 0.05];

/** Minutes to days: most opens come soon after delivery, some the next morning, a few days later. */
function openDelay(random: Random): number {
  switch (random.weighted([0.5, 0.35, 0.15])) {
    case 0:
      return random.between(2 * MINUTE, HOUR);
    case 1:
      return random.between(HOUR, 12 * HOUR);
    default:
      return random.between(12 * HOUR, 72 * HOUR);
  }
}

/**
 * The events of one enrollment as a sender would report them: each step sent after its delay (in a
 * sending window of a few hours), scanner opens seconds after delivery, human opens, clicks and
 * replies later; a reply, unsubscribe, complaint or final bounce stops the sequence, and a sequence
 * with every step sent and no answer is completed two days after its last step. Events in the future
 * are left for the caller to drop.
 */
export function planTimeline(random: Random, input: TimelineInput): PlannedEvent[] {
  const { lead, traits, delays } = input;
  const steps = delays.length;
  const pickStep = (weights: number[]) => 1 + random.weighted(weights.slice(0, steps));
  const fateStep = pickStep(STEP_WEIGHTS);
  const openStep =
    traits.fate === 'reply' || traits.fate === 'unsubscribe' ? fateStep : pickStep(OPEN_STEP_WEIGHTS);
  const softStep = random.int(1, steps);
  const events: PlannedEvent[] = [];
  let stopAt = Number.POSITIVE_INFINITY;
  let sends = 0;
  let softBounces = 0;
  let t = input.start;

  for (let step = 1; step <= steps; step++) {
    if (step > 1) t += (delays[step - 1] as number) * HOUR + random.between(0, 3 * HOUR);
    if (t >= stopAt) break;
    sends += 1;
    events.push({ at: t, type: 'sent', step });

    if (lead.address === 'invalid') {
      stopAt = t + random.between(5 * SECOND, 3 * MINUTE);
      events.push(bounce(random, stopAt, step, 'hard'));
      break;
    }
    if (lead.address === 'full' || (traits.softOnce && step === softStep)) {
      softBounces += 1;
      const at = t + random.between(MINUTE, 30 * MINUTE);
      events.push(bounce(random, at, step, 'soft'));
      // The third soft bounce in a row makes the lead Bounced: the sender stops.
      if (softBounces >= 3) stopAt = at;
      continue;
    }
    if (lead.gateway) {
      const scanner = random.pick(SCANNER_USER_AGENTS);
      events.push({
        at: t + random.between(SECOND, 6 * SECOND),
        type: 'opened',
        step,
        machine: true,
        userAgent: scanner,
      });
      if (random.chance(0.4)) {
        events.push({
          at: t + random.between(6 * SECOND, 12 * SECOND),
          type: 'clicked',
          step,
          machine: true,
          userAgent: scanner,
          metadata: { url: random.pick(CLICK_URLS) },
        });
      }
    }
    if (traits.autoReply && step === 1) {
      events.push({
        at: t + random.between(MINUTE, 8 * MINUTE),
        type: 'replied',
        step,
        autoReply: true,
        metadata: { snippet: random.pick(AUTO_REPLY_SNIPPETS) },
      });
    }

    const opensNow = traits.opener && (step === openStep || (step > openStep && random.chance(0.35)));
    const userAgent = random.pick(HUMAN_USER_AGENTS);
    let openedAt: number | null = null;
    if (
      opensNow ||
      (step === fateStep && traits.fate !== 'none' && traits.fate !== 'complaint' && random.chance(0.8))
    ) {
      openedAt = t + openDelay(random);
      events.push({ at: openedAt, type: 'opened', step, userAgent });
      if (random.chance(0.3)) {
        events.push({ at: openedAt + random.between(HOUR, 30 * HOUR), type: 'opened', step, userAgent });
      }
      if (traits.clicker && step === openStep) {
        events.push({
          at: openedAt + random.between(10 * SECOND, 10 * MINUTE),
          type: 'clicked',
          step,
          userAgent,
          metadata: { url: random.pick(CLICK_URLS) },
        });
      }
    }

    if (step === fateStep) {
      const after = openedAt ?? t + openDelay(random);
      if (traits.fate === 'reply') {
        stopAt = after + random.between(3 * MINUTE, 6 * HOUR);
        events.push({
          at: stopAt,
          type: 'replied',
          step,
          metadata: { snippet: random.pick(REPLY_SNIPPETS) },
        });
      } else if (traits.fate === 'unsubscribe') {
        stopAt = after + random.between(20 * SECOND, 5 * MINUTE);
        const reason = (['link', 'one_click', 'reply'] as const)[random.weighted([0.55, 0.35, 0.1])];
        events.push({ at: stopAt, type: 'unsubscribed', step, ...(reason ? { reason } : {}) });
      } else if (traits.fate === 'complaint') {
        stopAt = t + random.between(HOUR, 20 * HOUR);
        events.push({ at: stopAt, type: 'complained', step });
      }
    }
  }

  const last = events.findLast((e) => e.type === 'sent');
  if (sends === steps && last && softBounces < 3) {
    const completedAt = last.at + COMPLETION_WAIT + random.between(0, HOUR);
    if (completedAt < stopAt) events.push({ at: completedAt, type: 'sequence_completed', step: steps });
  }
  // Nothing is sent, opened or clicked after the sequence stopped.
  return events.filter((e) => e.at <= stopAt).sort((a, b) => a.at - b.at);
}

function bounce(random: Random, at: number, step: number, kind: 'hard' | 'soft'): PlannedEvent {
  const diagnostics = kind === 'hard' ? HARD_BOUNCE_DIAGNOSTICS : SOFT_BOUNCE_DIAGNOSTICS;
  return { at, type: 'bounced', step, bounceType: kind, metadata: { diagnostic: random.pick(diagnostics) } };
}
