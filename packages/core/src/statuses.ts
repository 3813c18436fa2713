/** Every status an enrollment can show, in the order the product lists them. */
export const STATUSES = [
  'not_contacted',
  'sent',
  'engaged',
  'replied',
  'bounced',
  'unsubscribed',
  'completed',
  'paused',
] as const;

export type Status = (typeof STATUSES)[number];

/** The statuses that exist underneath the manual pause overlay. */
export type BaseStatus = Exclude<Status, 'paused'>;

/** Every base status (every status but the `paused` overlay), in the order the product lists them. */
export const BASE_STATUSES: readonly BaseStatus[] = STATUSES.filter(
  (status): status is BaseStatus => status !== 'paused',
);

/** The statuses from which a lead may be paused by hand (the displayed status, not the base). */
export const PAUSABLE_STATUSES: readonly Status[] = ['not_contacted', 'sent', 'engaged'];

export interface StatusInfo {
  readonly value: Status;
  readonly label: string;
  readonly description: string;
  /** True when the service never returns an enrollment in this status as due for a next step. */
  readonly stopsSending: boolean;
}

export const STATUS_INFO: Readonly<Record<Status, StatusInfo>> = {
  not_contacted: {
    value: 'not_contacted',
    label: 'Not Contacted',
    description: 'Enrolled; no email of the sequence has been sent yet.',
    stopsSending: false,
  },
  sent: {
    value: 'sent',
    label: 'Sent',
    description: 'At least one email was sent; no human open, click or reply yet.',
    stopsSending: false,
  },
  engaged: {
    value: 'engaged',
    label: 'Engaged',
    description: 'The lead opened or clicked (machine opens by scanners and privacy proxies excluded).',
    stopsSending: false,
  },
  replied: {
    value: 'replied',
    label: 'Replied',
    description: 'A human reply arrived (auto-replies excluded). The sequence stops.',
    stopsSending: true,
  },
  bounced: {
    value: 'bounced',
    label: 'Bounced / Blocked',
    description:
      'A hard bounce, a rejection, repeated soft bounces, or blocked by the do-not-contact list. Nothing more is sent.',
    stopsSending: true,
  },
  unsubscribed: {
    value: 'unsubscribed',
    label: 'Unsubscribed',
    description: 'The lead opted out or complained. Final in every campaign; nothing can change it.',
    stopsSending: true,
  },
  completed: {
    value: 'completed',
    label: 'Completed',
    description: 'Every step of the sequence was sent without a reply, bounce or opt-out.',
    stopsSending: true,
  },
  paused: {
    value: 'paused',
    label: 'Paused',
    description:
      'Paused by hand, held by an out-of-office reply until a date, or stopped because the lead’s company replied: no step is due until resumed. Events still accumulate underneath.',
    stopsSending: true,
  },
};

/** True when `value` is one of {@link STATUSES}. */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** True for every status but `paused`. */
export function isBaseStatus(value: unknown): value is BaseStatus {
  return value !== 'paused' && isStatus(value);
}

/** True when automated sending stops in this status: the enrollment is never returned as due for a next step. */
export function stopsSending(status: Status): boolean {
  return STATUS_INFO[status].stopsSending;
}

/** True when a lead showing this status may be paused by hand. */
export function isPausable(status: Status): boolean {
  return PAUSABLE_STATUSES.includes(status);
}
