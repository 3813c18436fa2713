import type { EventsTable } from '@leadstatus/api/platform/db/tables/events';
import { newId } from '@leadstatus/api/platform/ids';
import type { AnyEventType, BounceType } from '@leadstatus/core';

/** mulberry32: a small seeded generator, so every run sends the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Enrolled {
  leadId: string;
  enrollmentId: string;
  email: string;
}

/** An event as a partner's ESP webhook relay would send it to `POST /v1/events/batch`. */
export interface WireEvent {
  type: AnyEventType;
  campaign_id: string;
  lead_id?: string;
  email?: string;
  occurred_at: string;
  id: string;
  step?: number;
  bounce_type?: BounceType;
  auto_reply?: boolean;
  machine?: boolean;
  reason?: 'link' | 'one_click';
  user_agent?: string;
  metadata: Record<string, string>;
}

export interface GeneratedEvent {
  wire: WireEvent;
  enrolled: Enrolled;
}

export interface Mix {
  /** Events whose id repeats an earlier one (an ESP retrying its webhook). */
  repeats: number;
  /** Events older than their enrollment's latest event. */
  late: number;
  byType: Map<string, number>;
}

const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
];
const STEPS = 3;
const MINUTE = 60_000;
const REPEAT_SHARE = 0.05;
/** Of the events after an enrollment's first (a first event cannot be late): about 2% of all events. */
const LATE_SHARE = 0.03;
const BY_EMAIL_SHARE = 0.1;

interface Track {
  enrolled: Enrolled;
  lastAt: number;
  step: number;
  /** Replied, hard-bounced or opted out: nothing more is sent, though opens still come in. */
  stopped: boolean;
}

/**
 * One client's stream: events for its own share of the enrollments (so its stream is in order per
 * enrollment, as an ESP's is), mostly sent and opened, some clicked, a few replied, bounced and
 * unsubscribed; ~2% arrive late and ~5% repeat an earlier id.
 */
export function clientStream(
  seed: number,
  campaignId: string,
  enrollments: readonly Enrolled[],
  start: number,
  mix: Mix,
): () => GeneratedEvent {
  const random = seededRandom(seed);
  const tracks: Track[] = enrollments.map((enrolled) => ({
    enrolled,
    lastAt: start + Math.floor(random() * 60 * MINUTE),
    step: 0,
    stopped: false,
  }));
  const recent: GeneratedEvent[] = [];
  let seq = 0;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  return () => {
    if (recent.length > 100 && random() < REPEAT_SHARE) {
      mix.repeats++;
      return pick(recent);
    }
    const track = pick(tracks);
    const { wire, late } = nextEvent(track, random, pick, campaignId, seed, seq++);
    if (late) mix.late++;
    mix.byType.set(wire.type, (mix.byType.get(wire.type) ?? 0) + 1);
    const event = { wire, enrolled: track.enrolled };
    if (recent.length >= 2000) recent[Math.floor(random() * recent.length)] = event;
    else recent.push(event);
    return event;
  };
}

function nextEvent(
  track: Track,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  campaignId: string,
  client: number,
  seq: number,
): { wire: WireEvent; late: boolean } {
  const late = track.step > 0 && random() < LATE_SHARE;
  if (!late) track.lastAt += Math.ceil(random() * 120 * MINUTE);
  const at = late ? track.lastAt - Math.ceil(random() * 180 * MINUTE) : track.lastAt;
  const lead =
    random() < BY_EMAIL_SHARE ? { email: track.enrolled.email } : { lead_id: track.enrolled.leadId };
  const messageId = `<${client}.${seq}.${track.step}@mail.example.com>`;
  const base = {
    campaign_id: campaignId,
    ...lead,
    occurred_at: new Date(at).toISOString(),
    id: `esp-${client}-${seq}`,
    metadata: { message_id: messageId },
  };
  const roll = random();
  if (track.step === 0 || (!track.stopped && track.step < STEPS && roll < 0.25)) {
    track.step++;
    return { wire: { ...base, type: 'sent', step: track.step }, late };
  }
  const engagement = (type: 'opened' | 'clicked'): WireEvent => ({
    ...base,
    type,
    step: track.step,
    user_agent: pick(USER_AGENTS),
    machine: random() < 0.1,
  });
  if (track.stopped || roll < 0.72) return { wire: engagement('opened'), late };
  if (roll < 0.88) return { wire: engagement('clicked'), late };
  if (roll < 0.91) {
    const autoReply = random() < 0.25;
    if (!autoReply) track.stopped = true;
    return { wire: { ...base, type: 'replied', step: track.step, auto_reply: autoReply }, late };
  }
  if (roll < 0.96) {
    const bounceType: BounceType = random() < 0.6 ? 'soft' : 'hard';
    if (bounceType === 'hard') track.stopped = true;
    return { wire: { ...base, type: 'bounced', step: track.step, bounce_type: bounceType }, late };
  }
  if (roll < 0.98) {
    track.stopped = true;
    return { wire: { ...base, type: 'unsubscribed', reason: random() < 0.5 ? 'link' : 'one_click' }, late };
  }
  if (roll < 0.985) {
    track.stopped = true;
    return { wire: { ...base, type: 'complained' }, late };
  }
  return { wire: { ...base, type: 'sequence_completed' }, late };
}

/**
 * The row the service stores for an event, for the raw baseline: the same columns and values, under
 * another workspace and with its own external id so the unique key never rejects it.
 */
export function rawRow(workspaceId: string, event: GeneratedEvent, index: number, now: number): EventsTable {
  const { wire, enrolled } = event;
  return {
    workspace_id: workspaceId,
    id: newId('evt', now),
    enrollment_id: enrolled.enrollmentId,
    campaign_id: wire.campaign_id,
    lead_id: enrolled.leadId,
    type: wire.type,
    occurred_at: Date.parse(wire.occurred_at),
    external_id: `${wire.id}#${index}`,
    step: wire.step ?? null,
    bounce_type: wire.type === 'bounced' ? (wire.bounce_type ?? 'hard') : null,
    auto_reply: wire.auto_reply ? 1 : 0,
    machine: wire.machine ? 1 : 0,
    propagated: 0,
    reason: wire.reason ?? null,
    paused_until: null,
    user_agent: wire.user_agent ?? null,
    metadata: JSON.stringify(wire.metadata),
    created_at: now,
  };
}
