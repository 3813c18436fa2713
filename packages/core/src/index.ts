/**
 * @leadstatus/core: the Lead Status rules. Pure TypeScript, no I/O, no dependencies.
 * A lead's status per campaign is derived from its events through one table (TRANSITIONS).
 */
export { type ApplyOptions, applyEvent, SOFT_BOUNCE_LIMIT } from './apply.js';
export {
  CONTACT_RULES,
  CONTACTING_OPT_OUT_REASONS,
  type ContactRule,
  isContactEvent,
} from './contact.js';
export { deriveStatus, orderEvents } from './derive.js';
export {
  ANY_EVENT_TYPES,
  type AnyEventType,
  BOUNCE_TYPES,
  type BounceType,
  EVENT_TYPES,
  type EventType,
  isAnyEventType,
  isBounceType,
  isEventType,
  isManualEventType,
  type LeadEvent,
  MANUAL_EVENT_TYPES,
  type ManualEventType,
} from './events.js';
export {
  BUILTIN_LABELS,
  isBuiltinLabel,
  isLabelKey,
  isLabelSentiment,
  LABEL_SENTIMENTS,
  type LabelInfo,
  type LabelSentiment,
  labelKeyOf,
  MAX_LABEL_KEY_LENGTH,
} from './labels.js';
export { lifecycleMermaid } from './lifecycle-diagram.js';
export {
  reasonsMarkdown,
  sendingStopsMarkdown,
  statusesMarkdown,
  transitionsMarkdown,
} from './lifecycle-markdown.js';
export {
  type ClickedLink,
  classifyInteraction,
  classifyUserAgent,
  DEFAULT_MACHINE_RULES,
  type InteractionSignals,
  type KnownAgent,
  MACHINE_REASONS,
  type MachineReason,
  type MachineRules,
  type MachineVerdict,
  type OtherClick,
  USER_AGENT_CATEGORIES,
  type UserAgentCategory,
} from './machine/index.js';
export { canPause, canResume, type ManualActionError } from './manual.js';
export { compareEvents, compareSeq } from './order.js';
export {
  BLOCKED_REASONS,
  type BlockedReason,
  BOUNCED_REASONS,
  type BouncedReason,
  isPausedReason,
  isReasonFor,
  isStatusReason,
  PAUSED_REASON_INFO,
  PAUSED_REASONS,
  type PausedReason,
  type PausedReasonInfo,
  pausedReasonOf,
  pauseStrength,
  reasonsFor,
  STATUS_REASON_INFO,
  STATUS_REASONS,
  type StatusReason,
  type StatusReasonInfo,
  UNSUBSCRIBED_REASONS,
  type UnsubscribedReason,
  unsubscribedReasonOf,
} from './reasons.js';
export { err, ok, type Result } from './result.js';
export { type EnrollmentState, type EventCounters, INITIAL_STATE, ZERO_COUNTERS } from './state.js';
export {
  BASE_STATUSES,
  type BaseStatus,
  isBaseStatus,
  isPausable,
  isStatus,
  PAUSABLE_STATUSES,
  STATUS_INFO,
  STATUSES,
  type Status,
  type StatusInfo,
  stopsSending,
} from './statuses.js';
export { parseEventTime, toEpochMs } from './time.js';
export {
  CELL_NOTES,
  type CellNote,
  TRANSITION_COLUMN_INFO,
  TRANSITION_COLUMNS,
  TRANSITION_ROWS,
  TRANSITIONS,
  type TransitionCell,
  type TransitionColumn,
  type TransitionColumnInfo,
  type WhilePaused,
} from './transitions.js';
