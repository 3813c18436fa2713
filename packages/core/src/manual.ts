import { err, ok, type Result } from './result.js';
import type { EnrollmentState } from './state.js';
import { isPausable, PAUSABLE_STATUSES, STATUS_INFO, type Status } from './statuses.js';

/** Why a manual action was refused; `message` is written for the person who tried it. */
export interface ManualActionError {
  code: 'pause_not_allowed' | 'resume_not_allowed';
  message: string;
}

function label(status: Status): string {
  return STATUS_INFO[status].label;
}

/** "Not Contacted, Sent or Engaged" */
function pausableList(): string {
  const labels = PAUSABLE_STATUSES.map(label);
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/**
 * Whether a person may pause this enrollment now (a `paused` event would apply). An automatic pause
 * (out of office, company replied) may be made manual, so it no longer ends by itself.
 */
export function canPause(state: EnrollmentState): Result<true, ManualActionError> {
  if (isPausable(state.status) || (state.paused && state.pauseReason !== 'manual')) return ok(true);
  const message = state.paused
    ? 'This lead is already paused.'
    : `A lead can be paused only when ${pausableList()}; this one is ${label(state.status)}.`;
  return err({ code: 'pause_not_allowed', message });
}

/** Whether a person may resume this enrollment now (a `resumed` event would apply). */
export function canResume(state: EnrollmentState): Result<true, ManualActionError> {
  if (state.paused) return ok(true);
  return err({
    code: 'resume_not_allowed',
    message: `Only a paused lead can be resumed; this one is ${label(state.status)}.`,
  });
}
