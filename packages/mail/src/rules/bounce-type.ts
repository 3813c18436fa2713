import type { BounceKind } from '../types.js';

export interface BounceFacts {
  /** Enhanced status code, e.g. `5.1.1`. */
  status: string | null;
  /** Basic SMTP code, e.g. `550`. */
  code: string | null;
  /** DSN `Action` (`failed`, `delayed`, …), lower-cased. */
  action: string | null;
  /** The server's words, searched for policy phrases when only a basic code is given. */
  diagnostic: string | null;
}

// Phrases servers use for policy/spam blocks when they give no enhanced code.
const POLICY_PHRASE =
  /\b(?:blocked|block ?list|blacklist|spam|policy|rejected for policy|reputation|dmarc|spf)\b/i;

/**
 * The effect of a bounce (RFC 3463 classes): `5.7.x` is a policy rejection, `5.2.2` (mailbox
 * full) and every `4.x.x` are soft, other `5.x.x` hard; a delayed DSN is soft and `delayed`.
 * Without an enhanced code the basic code decides (5xx hard, policy phrases rejected, 4xx soft);
 * without any code `Action: failed` means hard.
 */
export function bounceTypeOf(facts: BounceFacts): { type: BounceKind; delayed: boolean } {
  if (facts.action === 'delayed') return { type: 'soft', delayed: true };
  const status = facts.status;
  if (status) {
    if (status.startsWith('5.7.')) return { type: 'rejected', delayed: false };
    if (status === '5.2.2' || status.startsWith('4.')) return { type: 'soft', delayed: false };
    if (status.startsWith('5.')) return { type: 'hard', delayed: false };
  }
  if (facts.code?.startsWith('5')) {
    const rejected = POLICY_PHRASE.test(facts.diagnostic ?? '');
    return { type: rejected ? 'rejected' : 'hard', delayed: false };
  }
  if (facts.code?.startsWith('4')) return { type: 'soft', delayed: false };
  return { type: 'hard', delayed: false };
}
