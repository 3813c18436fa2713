import { classifyUserAgent, type KnownAgent } from './user-agents.js';

/** The thresholds of the timing rules, in milliseconds. */
export interface MachineRules {
  /** An open this soon after its message was sent is a prefetch (scanner or privacy proxy). */
  readonly openAfterSendMs: number;
  /** A click this soon after its message was sent is a scanner following the link on delivery. */
  readonly clickAfterSendMs: number;
  /**
   * "The same moment": a recipient's clicks this close to a honeypot click, or to a click on another
   * link, are a scanner walking the message's links (a person cannot click two links in two seconds).
   */
  readonly sameMomentMs: number;
}

export const DEFAULT_MACHINE_RULES: MachineRules = Object.freeze({
  openAfterSendMs: 5_000,
  clickAfterSendMs: 10_000,
  sameMomentMs: 2_000,
});

/** Why an open or click was judged machine-made; an interaction can have several. */
export const MACHINE_REASONS = [
  'provider_flag',
  'head_request',
  'user_agent',
  'too_soon_after_send',
  'honeypot',
  'near_honeypot',
  'click_burst',
] as const;
export type MachineReason = (typeof MACHINE_REASONS)[number];

/** Which link of a message was clicked: its index in the message's links, or the invisible honeypot. */
export type ClickedLink = number | 'honeypot';

export interface OtherClick {
  occurredAt: number;
  link: ClickedLink;
  /** The message the click was on; links of different messages are different links. */
  messageId?: string;
}

/** What is known about one open or click. Leave out what is not known: no rule then applies. */
export interface InteractionSignals {
  kind: 'open' | 'click';
  /** Epoch milliseconds. */
  occurredAt: number;
  /**
   * The request's User-Agent. `null` or blank: the request had none (a machine). `undefined`: not
   * known (an ESP that does not report it), so the user-agent rule does not apply.
   */
  userAgent?: string | null;
  /** The HTTP method of a tracking request: `HEAD` fetches headers only, which no mail app does. */
  method?: string;
  /** When the message was sent (epoch milliseconds). */
  sentAt?: number | null;
  /** The ESP said it was a machine (SendGrid's `sg_machine_open`). */
  providerMachine?: boolean;
  /** For a click: the link clicked. */
  link?: ClickedLink;
  messageId?: string;
  /** For a click: the same recipient's other clicks (before and after), to find honeypots and bursts. */
  otherClicks?: readonly OtherClick[];
}

export interface MachineVerdict {
  machine: boolean;
  /** Every rule that matched, in the order of MACHINE_REASONS; empty for a person. */
  reasons: MachineReason[];
  /** The machine agent the user agent names, when it names one. */
  agent: KnownAgent | null;
}

/**
 * Decides whether an open or click was made by a machine (a security scanner, a privacy proxy, a
 * link previewer) rather than the recipient. Pure: the caller gathers the signals.
 */
export function classifyInteraction(
  signals: InteractionSignals,
  rules: MachineRules = DEFAULT_MACHINE_RULES,
): MachineVerdict {
  const reasons = new Set<MachineReason>();
  if (signals.providerMachine === true) reasons.add('provider_flag');
  if (signals.method !== undefined && signals.method.toUpperCase() === 'HEAD') reasons.add('head_request');
  const agent = signals.userAgent === undefined ? null : classifyUserAgent(signals.userAgent);
  if (agent) reasons.add('user_agent');
  if (signals.sentAt !== undefined && signals.sentAt !== null) {
    const window = signals.kind === 'open' ? rules.openAfterSendMs : rules.clickAfterSendMs;
    if (signals.occurredAt - signals.sentAt < window) reasons.add('too_soon_after_send');
  }
  if (signals.kind === 'click') {
    for (const reason of clickPatternReasons(signals, rules)) reasons.add(reason);
  }
  const ordered = MACHINE_REASONS.filter((r) => reasons.has(r));
  return { machine: ordered.length > 0, reasons: ordered, agent };
}

function linkKey(messageId: string | undefined, link: ClickedLink): string {
  return `${messageId ?? ''}#${link}`;
}

/** Honeypot clicks, clicks near one, and several links clicked at the same moment. */
function clickPatternReasons(signals: InteractionSignals, rules: MachineRules): MachineReason[] {
  if (signals.link === undefined) return [];
  if (signals.link === 'honeypot') return ['honeypot'];
  const reasons: MachineReason[] = [];
  const near = (signals.otherClicks ?? []).filter(
    (other) => Math.abs(other.occurredAt - signals.occurredAt) <= rules.sameMomentMs,
  );
  if (near.some((other) => other.link === 'honeypot')) reasons.push('near_honeypot');
  const links = new Set([linkKey(signals.messageId, signals.link)]);
  for (const other of near) {
    if (other.link !== 'honeypot') links.add(linkKey(other.messageId ?? signals.messageId, other.link));
  }
  if (links.size >= 2) reasons.push('click_burst');
  return reasons;
}
