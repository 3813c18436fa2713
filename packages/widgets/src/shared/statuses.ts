import type { Status } from '@leadstatus/sdk';

export type { Status };

/** The eight statuses in display order (the order of the lifecycle, as `GET /v1/statuses` lists them). */
export const STATUSES = [
  'not_contacted',
  'sent',
  'engaged',
  'replied',
  'bounced',
  'unsubscribed',
  'completed',
  'paused',
] as const satisfies readonly Status[];

/** Display labels; a `Record` over the SDK's `Status`, so a status added to the API fails type-checking here. */
export const STATUS_LABELS: Record<Status, string> = {
  not_contacted: 'Not Contacted',
  sent: 'Sent',
  engaged: 'Engaged',
  replied: 'Replied',
  bounced: 'Bounced / Blocked',
  unsubscribed: 'Unsubscribed',
  completed: 'Completed',
  paused: 'Paused',
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** The label of a status, or the value itself (as text) for one this version does not know. */
export function statusLabel(status: string): string {
  return isStatus(status) ? STATUS_LABELS[status] : status;
}

/** Known statuses from a list or a comma-separated string, de-duplicated, in display order. */
export function normalizeStatuses(value: readonly string[] | string | null | undefined): Status[] {
  const items = typeof value === 'string' ? value.split(',') : (value ?? []);
  const wanted = new Set(items.map((item) => item.trim()));
  return STATUSES.filter((status) => wanted.has(status));
}

/** Lit attribute converter for `statuses="engaged,replied"`. */
export const statusesConverter = {
  fromAttribute: (value: string | null): Status[] => normalizeStatuses(value),
  toAttribute: (value: readonly Status[] | undefined): string | null =>
    value?.length ? value.join(',') : null,
};

export function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((status, i) => status === b[i]);
}

const REASON_LABELS: Record<string, string> = {
  hard_bounce: 'Hard bounce',
  rejected: 'Rejected',
  repeated_soft_bounce: 'Repeated soft bounces',
  dnc_rule: 'Do-not-contact rule',
  opted_out: 'Opted out earlier',
  link: 'Unsubscribe link',
  one_click: 'One-click unsubscribe',
  reply: 'Asked by reply',
  dnc_list: 'Do-not-contact list',
  complaint: 'Spam complaint',
  manual: 'By hand',
};

/** A status reason for people: known reasons get a label, others are shown as they are (as text). */
export function reasonLabel(reason: string | null | undefined): string {
  if (!reason) return '';
  return REASON_LABELS[reason] ?? reason.replaceAll('_', ' ');
}
