export {
  type ClickedLink,
  classifyInteraction,
  DEFAULT_MACHINE_RULES,
  type InteractionSignals,
  MACHINE_REASONS,
  type MachineReason,
  type MachineRules,
  type MachineVerdict,
  type OtherClick,
} from './classify.js';
export {
  classifyUserAgent,
  type KnownAgent,
  USER_AGENT_CATEGORIES,
  type UserAgentCategory,
} from './user-agents.js';
