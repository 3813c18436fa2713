import type { Status } from './statuses.js';

/** Why an enrollment is `bounced` (shown as "Bounced / Blocked"). */
export const BOUNCED_REASONS = [
  'hard_bounce',
  'rejected',
  'repeated_soft_bounce',
  'dnc_rule',
  'opted_out',
] as const;
export type BouncedReason = (typeof BOUNCED_REASONS)[number];

/** Why an enrollment is `unsubscribed`. */
export const UNSUBSCRIBED_REASONS = [
  'link',
  'one_click',
  'reply',
  'dnc_list',
  'complaint',
  'manual',
] as const;
export type UnsubscribedReason = (typeof UNSUBSCRIBED_REASONS)[number];

/**
 * Why an enrollment is `paused`: by hand, held by an out-of-office reply until a date, or stopped
 * because another lead of its company replied in the same campaign. Ranked: a stronger reason is
 * never replaced by a weaker one (a manual pause stays manual).
 */
export const PAUSED_REASONS = ['manual', 'company_replied', 'out_of_office'] as const;
export type PausedReason = (typeof PAUSED_REASONS)[number];

/** The `status_reason` of an enrollment: set only for `bounced`, `unsubscribed` and `paused`. */
export type StatusReason = BouncedReason | UnsubscribedReason | PausedReason;

/** Every status reason, bounced ones first (`manual` serves both unsubscribed and paused). */
export const STATUS_REASONS: readonly StatusReason[] = [
  ...BOUNCED_REASONS,
  ...UNSUBSCRIBED_REASONS,
  'company_replied',
  'out_of_office',
];

/** The reasons a `blocked` event may carry; any other reason on it is ignored. */
export const BLOCKED_REASONS = ['dnc_rule', 'opted_out'] as const satisfies readonly BouncedReason[];
export type BlockedReason = (typeof BLOCKED_REASONS)[number];

export interface StatusReasonInfo {
  readonly value: StatusReason;
  /** The status this reason explains (`manual` explains `paused` too: PAUSED_REASON_INFO). */
  readonly status: 'bounced' | 'unsubscribed' | 'paused';
  readonly label: string;
  readonly description: string;
}

/** What each reason means, in words a user knows. */
export const STATUS_REASON_INFO: Readonly<Record<StatusReason, StatusReasonInfo>> = {
  hard_bounce: {
    value: 'hard_bounce',
    status: 'bounced',
    label: 'Hard bounce',
    description: 'The receiving server said the address does not exist or cannot receive mail.',
  },
  rejected: {
    value: 'rejected',
    status: 'bounced',
    label: 'Rejected',
    description: 'The email was refused before delivery (for example by a spam filter or a policy).',
  },
  repeated_soft_bounce: {
    value: 'repeated_soft_bounce',
    status: 'bounced',
    label: 'Repeated soft bounces',
    description:
      'Three soft bounces in a row (mailbox full, server busy) with no open, click or reply between them.',
  },
  dnc_rule: {
    value: 'dnc_rule',
    status: 'bounced',
    label: 'Do-not-contact rule',
    description: 'The address or its domain is on the do-not-contact list; nothing is sent.',
  },
  opted_out: {
    value: 'opted_out',
    status: 'bounced',
    label: 'Opted out before',
    description: 'The lead had already opted out (in this or another campaign); nothing is sent.',
  },
  link: {
    value: 'link',
    status: 'unsubscribed',
    label: 'Unsubscribe link',
    description: 'The lead used the unsubscribe link in an email.',
  },
  one_click: {
    value: 'one_click',
    status: 'unsubscribed',
    label: 'One-click unsubscribe',
    description: "The lead used the mail app's unsubscribe button (one-click List-Unsubscribe).",
  },
  reply: {
    value: 'reply',
    status: 'unsubscribed',
    label: 'Asked in a reply',
    description: 'The lead replied asking to be removed, and the reply was marked as an opt-out.',
  },
  dnc_list: {
    value: 'dnc_list',
    status: 'unsubscribed',
    label: 'Added to do-not-contact list',
    description: "The lead's address was added to the do-not-contact list.",
  },
  complaint: {
    value: 'complaint',
    status: 'unsubscribed',
    label: 'Spam complaint',
    description: 'The lead marked an email as spam.',
  },
  manual: {
    value: 'manual',
    status: 'unsubscribed',
    label: 'Unsubscribed by hand',
    description: 'A team member unsubscribed the lead.',
  },
  company_replied: {
    value: 'company_replied',
    status: 'paused',
    label: 'Company replied',
    description:
      'Another lead at the same company replied in this campaign (the campaign stops on a company reply).',
  },
  out_of_office: {
    value: 'out_of_office',
    status: 'paused',
    label: 'Out of office',
    description: 'The lead is away; the sequence resumes by itself on the day after the return date.',
  },
};

const NO_REASONS: readonly StatusReason[] = Object.freeze([]);

/** The reasons a status can carry: `[]` for every status but `bounced`, `unsubscribed` and `paused`. */
export function reasonsFor(status: Status): readonly StatusReason[] {
  if (status === 'bounced') return BOUNCED_REASONS;
  if (status === 'unsubscribed') return UNSUBSCRIBED_REASONS;
  if (status === 'paused') return PAUSED_REASONS;
  return NO_REASONS;
}

/** True when `reason` is one of the reasons `status` can carry. */
export function isReasonFor(status: Status, reason: unknown): reason is StatusReason {
  return reasonsFor(status).includes(reason as StatusReason);
}

/** True when `value` is any status reason. */
export function isStatusReason(value: unknown): value is StatusReason {
  return STATUS_REASONS.includes(value as StatusReason);
}

/** True when `value` is a reason a pause can carry. */
export function isPausedReason(value: unknown): value is PausedReason {
  return (PAUSED_REASONS as readonly unknown[]).includes(value);
}

/** The reason a `paused` event records: its own when it is a pause reason, else `manual`. */
export function pausedReasonOf(reason: StatusReason | null | undefined): PausedReason {
  return isPausedReason(reason) ? reason : 'manual';
}

/** How strongly a pause holds: an automatic pause never replaces a stronger one. */
export function pauseStrength(reason: PausedReason): number {
  return PAUSED_REASONS.length - PAUSED_REASONS.indexOf(reason);
}

export interface PausedReasonInfo {
  readonly value: PausedReason;
  readonly label: string;
  readonly description: string;
}

/** What each pause reason means, in words a user knows. */
export const PAUSED_REASON_INFO: Readonly<Record<PausedReason, PausedReasonInfo>> = {
  manual: {
    value: 'manual',
    label: 'Paused by hand',
    description: 'A team member paused the lead; it stays paused until someone resumes it.',
  },
  company_replied: { ...STATUS_REASON_INFO.company_replied, value: 'company_replied' },
  out_of_office: { ...STATUS_REASON_INFO.out_of_office, value: 'out_of_office' },
};

/** The reason an `unsubscribed` event records: its own when it is an unsubscribe reason, else `link`. */
export function unsubscribedReasonOf(reason: StatusReason | null | undefined): UnsubscribedReason {
  switch (reason) {
    case 'one_click':
    case 'reply':
    case 'dnc_list':
    case 'complaint':
    case 'manual':
      return reason;
    default:
      return 'link';
  }
}
