import type { Email } from 'postal-mime';
import type { MailFacts } from './parse/mail-facts.js';
import { searchableText } from './parse/mail-facts.js';
import { automaticHeaderEvidence } from './rules/automatic-headers.js';
import { automaticSubjectEvidence } from './rules/automatic-subject.js';
import { detectBounce } from './rules/bounce.js';
import { detectComplaint } from './rules/complaint.js';
import {
  mergeOriginalIds,
  type OriginalIds,
  originalIdsFromParts,
  originalIdsFromText,
} from './rules/original-message.js';
import { awayLanguages, isClearlyAway } from './rules/out-of-office.js';
import { reportParts } from './rules/report-parts.js';
import { returnDateOf } from './rules/return-date.js';
import { unsubscribeEvidence } from './rules/unsubscribe.js';
import { bodyText, newText, snippetOf } from './text/new-text.js';
import type { BounceReport, CalendarDate, ComplaintReport, InboundKind, ReadMailOptions } from './types.js';

export interface Classification {
  kind: InboundKind;
  bounce: BounceReport | null;
  complaint: ComplaintReport | null;
  outOfOfficeUntil: CalendarDate | null;
  original: OriginalIds & { recipients: string[] };
  snippet: string;
  evidence: string[];
}

const NO_ORIGINAL = (): Classification['original'] => ({
  messageIds: [],
  leadStatusMessages: [],
  recipients: [],
});

/** Rules 3 and its out-of-office refinement: header/subject markers first, then a clear body. */
function automatic(
  email: Email,
  facts: MailFacts,
  text: string,
  options: ReadMailOptions,
): Pick<Classification, 'kind' | 'outOfOfficeUntil' | 'evidence'> | null {
  const markers = automaticHeaderEvidence(email.headers);
  const subjectMarker = automaticSubjectEvidence(facts.subject);
  if (subjectMarker) markers.push(subjectMarker);
  const languages = awayLanguages(`${facts.subject}\n${text}`);
  if (markers.length === 0) {
    // No marker at all: only a message that opens with a plain "I am out of the office" counts.
    if (!isClearlyAway(text)) return null;
    markers.push('ooo-body');
  }
  if (languages.length === 0) return { kind: 'auto_reply', outOfOfficeUntil: null, evidence: markers };
  const until = returnDateOf(text, languages, options.now, options.timeZone);
  const evidence = [...markers, ...languages.map((language) => `ooo-phrase:${language}`)];
  if (until) evidence.push('return-date');
  return { kind: 'out_of_office', outOfOfficeUntil: until, evidence };
}

/** Classifies a parsed message, rules in the order of the design: bounce, complaint, automatic, unsubscribe, reply. */
export function classify(email: Email, facts: MailFacts, options: ReadMailOptions): Classification {
  const body = searchableText(bodyText(email.text, email.html));
  const parts = reportParts(email.attachments);

  const bounce = detectBounce({
    contentType: facts.contentType,
    fromAddress: facts.from.address,
    subject: facts.subject,
    text: body,
    deliveryStatus: parts.deliveryStatus,
    ownAddresses: facts.to,
  });
  if (bounce) {
    const ids = mergeOriginalIds(originalIdsFromParts(parts.originals), originalIdsFromText(body));
    return {
      kind: 'bounce',
      bounce: bounce.report,
      complaint: null,
      outOfOfficeUntil: null,
      original: { ...ids, recipients: bounce.recipients },
      snippet: snippetOf(body),
      evidence: bounce.evidence,
    };
  }

  const complaint = detectComplaint({
    contentType: facts.contentType,
    feedbackReport: parts.feedbackReport,
    originals: parts.originals,
  });
  if (complaint) {
    const ids = mergeOriginalIds(originalIdsFromParts(parts.originals), originalIdsFromText(body));
    return {
      kind: 'complaint',
      bounce: null,
      complaint: complaint.report,
      outOfOfficeUntil: null,
      original: { ...ids, recipients: complaint.recipients },
      snippet: snippetOf(body),
      evidence: complaint.evidence,
    };
  }

  const text = newText(body);
  const snippet = snippetOf(text);
  const base = { bounce: null, complaint: null, original: NO_ORIGINAL(), snippet };
  const auto = automatic(email, facts, text, options);
  if (auto) return { ...base, ...auto };

  const stop = unsubscribeEvidence(text);
  if (stop) return { ...base, kind: 'unsubscribe_request', outOfOfficeUntil: null, evidence: [stop] };
  return { ...base, kind: 'reply', outOfOfficeUntil: null, evidence: ['reply'] };
}
