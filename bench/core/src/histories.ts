import type { AnyEventType, LeadEvent } from '@leadstatus/core';

/** mulberry32: a small seeded generator, so every run measures the same histories. */
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

// Weights per 1,000 events: mostly sends and opens, some clicks, few replies, bounces and opt-outs.
const MIX: ReadonlyArray<readonly [AnyEventType, number]> = [
  ['sent', 420],
  ['opened', 330],
  ['clicked', 110],
  ['replied', 35],
  ['bounced', 35],
  ['rejected', 5],
  ['blocked', 3],
  ['unsubscribed', 12],
  ['complained', 2],
  ['sequence_completed', 12],
  ['paused', 18],
  ['resumed', 18],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0);

function pickType(random: () => number): AnyEventType {
  let r = random() * TOTAL_WEIGHT;
  for (const [type, weight] of MIX) {
    r -= weight;
    if (r < 0) return type;
  }
  return 'sent';
}

function makeEvent(random: () => number, enrollment: number, index: number, time: number): LeadEvent {
  const type = pickType(random);
  const event: LeadEvent = { type, occurred_at: time, id: `evt_${enrollment}_${index}`, seq: index };
  if (type === 'opened' || type === 'clicked') {
    // Scanners and privacy proxies: about a quarter of opens, a tenth of clicks.
    if (random() < (type === 'opened' ? 0.25 : 0.1)) event.machine = true;
  } else if (type === 'replied') {
    if (random() < 0.3) event.auto_reply = true;
  } else if (type === 'bounced') {
    event.bounce_type = random() < 0.7 ? 'soft' : 'hard';
  } else if (type === 'unsubscribed') {
    event.reason = random() < 0.5 ? 'one_click' : 'link';
  }
  return event;
}

/** `count` enrollments' histories of 10–50 events each, in order, with epoch-millisecond times. */
export function makeHistories(count: number, seed = 42): LeadEvent[][] {
  const random = seededRandom(seed);
  const histories: LeadEvent[][] = [];
  for (let enrollment = 0; enrollment < count; enrollment++) {
    const length = 10 + Math.floor(random() * 41);
    let time = Date.UTC(2025, 0, 1) + Math.floor(random() * 86_400_000 * 60);
    const history: LeadEvent[] = [];
    for (let i = 0; i < length; i++) {
      // From a second to two hours apart.
      time += 1_000 + Math.floor(random() * 7_200_000);
      history.push(makeEvent(random, enrollment, i, time));
    }
    histories.push(history);
  }
  return histories;
}

/** The same histories with RFC 3339 strings for times (the slow path of applyEvent). */
export function withStringTimes(histories: readonly LeadEvent[][]): LeadEvent[][] {
  return histories.map((history) =>
    history.map((event) => ({ ...event, occurred_at: new Date(event.occurred_at as number).toISOString() })),
  );
}

/** A copy of each history in a random order (Fisher–Yates), as events arrive from several sources. */
export function shuffled(histories: readonly LeadEvent[][], seed = 7): LeadEvent[][] {
  const random = seededRandom(seed);
  return histories.map((history) => {
    const copy = [...history];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const a = copy[i];
      const b = copy[j];
      if (a !== undefined && b !== undefined) {
        copy[i] = b;
        copy[j] = a;
      }
    }
    return copy;
  });
}
