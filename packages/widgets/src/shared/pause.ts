import { dayMonth } from './format.js';

/** A paused lead's `status_reason` for people; the API documents these three. */
const PAUSE_REASONS: Record<string, string> = {
  out_of_office: 'out of office',
  company_replied: 'company replied',
  manual: 'by hand',
};

export interface PauseContext {
  now: number;
  locale: string | undefined;
}

/**
 * Why a lead is paused, to follow "Paused · ": "out of office until 15 Dec", "company replied", "by
 * hand". `paused_until` is shown as the API gives it (the day the hold ends, in the reader's zone).
 * An unknown reason is shown as it is, as text.
 */
export function pauseReason(
  reason: string | null | undefined,
  pausedUntil: string | null | undefined,
  { now, locale }: PauseContext,
): string {
  if (!reason) return '';
  const label = PAUSE_REASONS[reason] ?? reason.replaceAll('_', ' ');
  const until = pausedUntil ? dayMonth(pausedUntil, now, locale) : '';
  return until ? `${label} until ${until}` : label;
}

/** The same on its own, as the table's Reason column shows it: "Out of office until 15 Dec". */
export function pauseReasonLabel(
  reason: string | null | undefined,
  pausedUntil: string | null | undefined,
  context: PauseContext,
): string {
  const text = pauseReason(reason, pausedUntil, context);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
