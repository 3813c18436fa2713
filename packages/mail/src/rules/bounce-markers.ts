/** Local parts that only bounce machinery sends from. */
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)(?:\+[^@]*)?@/i;

/** Subjects the common MTAs give a non-delivery notice, in the servers' own spellings. */
const BOUNCE_SUBJECT =
  /^(?:(?:fw|fwd|aw|re):\s*)?(?:undelivered mail returned to sender|mail delivery failed|delivery status notification \((?:failure|delay)\)|undeliverable:|undeliverable mail|failure notice|returned mail:|mail delivery subsystem|delivery failure|message not delivered|nicht zustellbar:|unzustellbar:|non remis|no se puede entregar|não é possível entregar|onbestelbaar:|delivery has failed|warning: message .{0,80} delayed|delayed mail)/i;

/** `bounce-sender:<local part>` when the sender is MAILER-DAEMON / postmaster, else null. */
export function bounceSenderEvidence(fromAddress: string): string | null {
  const match = BOUNCE_SENDER.exec(fromAddress);
  return match ? `bounce-sender:${fromAddress.slice(0, fromAddress.indexOf('@')).toLowerCase()}` : null;
}

/** `bounce-subject` when the subject is one MTAs give a non-delivery notice, else null. */
export function bounceSubjectEvidence(subject: string): string | null {
  return BOUNCE_SUBJECT.test(subject.trim()) ? 'bounce-subject' : null;
}
