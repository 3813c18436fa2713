import type { BounceReport, CalendarDate, ComplaintReport, InboundKind } from '../../src/types.js';

/** What reading a corpus message must give; fields left out are not checked. */
export interface Expected {
  kind: InboundKind;
  bounce?: Partial<BounceReport>;
  complaint?: Partial<ComplaintReport>;
  /** `original.messageIds` must contain these. */
  originalIds?: string[];
  /** `original.leadStatusMessages` must equal this. */
  leadStatusMessages?: string[];
  outOfOfficeUntil?: CalendarDate | null;
  /** The snippet must contain this. */
  snippet?: string;
  /** … and must not contain this (quoted history, signatures). */
  notInSnippet?: string;
  /** `inReplyTo` must contain this. */
  inReplyTo?: string;
  subject?: string;
  fromName?: string;
}

/** The corpus is read at this instant, in this zone (a Tuesday morning in Berlin). */
export const CORPUS_NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
export const CORPUS_ZONE = 'Europe/Berlin';

const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

export const EXPECTED: Readonly<Record<string, Expected>> = {
  // Bounces: RFC 3464 DSNs from Gmail, Exchange Online, Postfix and Amazon SES; Exim and Yahoo without one.
  'bounce/gmail-550-5.1.1.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.1.1', recipient: 'nobody.here@example.com', delayed: false },
    originalIds: ['<ls-0001@mail.acme.test>'],
    leadStatusMessages: ['msg_0001'],
    snippet: 'Address not found',
  },
  'bounce/outlook-5.1.10.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.1.10', recipient: 'carol@example.org', delayed: false },
    originalIds: ['<ls-0002@mail.acme.test>'],
    leadStatusMessages: ['msg_0002'],
  },
  'bounce/outlook-5.4.1.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.4.1', recipient: 'dave@example.net' },
    originalIds: ['<ls-0003@mail.acme.test>'],
  },
  'bounce/postfix-550-5.1.1.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.1.1', recipient: 'erin@example.com', delayed: false },
    originalIds: ['<ls-0004@mail.acme.test>'],
    leadStatusMessages: [],
  },
  'bounce/postfix-leadstatus-header.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.1.2', recipient: 'frank@example.net' },
    originalIds: ['<ls-0005@mail.acme.test>'],
    leadStatusMessages: ['msg_0005'],
  },
  'bounce/mailbox-full-5.2.2.eml': {
    kind: 'bounce',
    bounce: { type: 'soft', status: '5.2.2', recipient: 'grace@example.org', delayed: false },
    leadStatusMessages: ['msg_0006'],
  },
  'bounce/policy-5.7.1.eml': {
    kind: 'bounce',
    bounce: { type: 'rejected', status: '5.7.1', recipient: 'heidi@example.com' },
    originalIds: ['<ls-0007@mail.acme.test>'],
  },
  'bounce/delayed-4.4.7.eml': {
    kind: 'bounce',
    bounce: { type: 'soft', status: '4.4.7', recipient: 'ivan@example.net', delayed: true },
    originalIds: ['<ls-0008@mail.acme.test>'],
  },
  'bounce/exim-inline.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: null, recipient: 'judy@example.org', delayed: false },
    originalIds: ['<ls-0009@mail.acme.test>'],
    leadStatusMessages: ['msg_0009'],
  },
  'bounce/exim-spam-rejected.eml': {
    kind: 'bounce',
    bounce: { type: 'rejected', status: null, recipient: 'ken@example.org' },
    originalIds: ['<ls-0010@mail.acme.test>'],
  },
  'bounce/yahoo-failure-notice.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: null, recipient: 'laura.nobody@yahoo.com' },
    originalIds: ['<ls-0011@mail.acme.test>'],
    leadStatusMessages: ['msg_0011'],
  },
  'bounce/amazon-ses.eml': {
    kind: 'bounce',
    bounce: { type: 'hard', status: '5.1.1', recipient: 'mallory@example.com' },
    originalIds: ['<ls-0012@mail.acme.test>'],
    leadStatusMessages: ['msg_0012'],
  },

  // Complaints: ARF from Yahoo, Microsoft JMRP (no Original-Rcpt-To) and AOL (recipient redacted).
  'complaint/yahoo-arf.eml': {
    kind: 'complaint',
    complaint: { feedbackType: 'abuse', recipient: 'nina@yahoo.com' },
    originalIds: ['<ls-0013@mail.acme.test>'],
    leadStatusMessages: ['msg_0013'],
  },
  'complaint/microsoft-jmrp.eml': {
    kind: 'complaint',
    complaint: { feedbackType: 'abuse', recipient: 'oscar@outlook.com' },
    originalIds: ['<ls-0014@mail.acme.test>'],
  },
  'complaint/aol-arf.eml': {
    kind: 'complaint',
    complaint: { feedbackType: 'abuse', recipient: null },
    originalIds: ['<ls-0015@mail.acme.test>'],
    leadStatusMessages: ['msg_0015'],
  },

  // Out of office: Gmail vacation responder and Exchange automatic reply in six languages.
  'ooo/gmail-en.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 14),
    snippet: "I'm out of the office",
    inReplyTo: '<ls-0016@mail.acme.test>',
  },
  'ooo/exchange-en.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 18),
    snippet: 'annual leave',
  },
  'ooo/gmail-de.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 15),
    snippet: 'wieder im Büro',
    fromName: 'Jürgen Müller',
  },
  'ooo/exchange-de.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 11),
    snippet: 'nicht im Büro',
  },
  'ooo/gmail-fr.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 15),
    snippet: 'de retour le 15 décembre',
    subject: 'Réponse automatique : Quick question about your Q1 hiring',
  },
  'ooo/exchange-fr.eml': { kind: 'out_of_office', outOfOfficeUntil: null, snippet: 'absente du bureau' },
  'ooo/gmail-es.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 15),
    snippet: 'Estaré de vuelta',
  },
  'ooo/exchange-es.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2027, 1, 8),
    snippet: 'fuera de la oficina',
  },
  'ooo/gmail-pt.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 15),
    snippet: 'estarei de volta',
  },
  'ooo/exchange-pt.eml': { kind: 'out_of_office', outOfOfficeUntil: null, snippet: 'Estou de férias' },
  'ooo/gmail-nl.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2026, 12, 15),
    snippet: 'weer aanwezig',
  },
  'ooo/exchange-nl.eml': {
    kind: 'out_of_office',
    outOfOfficeUntil: date(2027, 1, 4),
    snippet: 'afwezig tot en met',
  },
  'ooo/body-only-en.eml': { kind: 'out_of_office', outOfOfficeUntil: date(2026, 12, 10) },
  // en-US 12/3 is 3 December, en-GB 12 March: the nearer future date wins.
  'ooo/en-us-numeric.eml': { kind: 'out_of_office', outOfOfficeUntil: date(2026, 12, 3) },

  // Other automatic messages.
  'auto/ticket-autoresponder.eml': { kind: 'auto_reply', snippet: 'we received your ticket' },
  'auto/precedence-bulk-ack.eml': { kind: 'auto_reply', snippet: 'automated acknowledgement' },
  'auto/x-autorespond.eml': { kind: 'auto_reply', snippet: 'We will get back to you' },

  // Human replies.
  'reply/gmail-plain-quoted.eml': {
    kind: 'reply',
    snippet: 'Yes, a call next week works. How about Thursday at 3pm?',
    notInSnippet: 'wrote',
    inReplyTo: '<ls-0033@mail.acme.test>',
  },
  'reply/gmail-html-quote.eml': { kind: 'reply', snippet: 'one-pager', notInSnippet: 'hiring engineers' },
  'reply/outlook-html.eml': {
    kind: 'reply',
    snippet: 'Hi Ann – thanks for reaching out. Please send over the deck',
    notInSnippet: 'From:',
  },
  'reply/apple-mail.eml': { kind: 'reply', snippet: 'let’s talk in Q2', notInSnippet: 'hiring engineers' },
  'reply/german-am-schrieb.eml': { kind: 'reply', snippet: 'Nächste Woche passt', notInSnippet: 'schrieb' },
  'reply/not-interested.eml': { kind: 'reply', snippet: 'Not interested, thanks.', notInSnippet: 'wrote' },
  'reply/kein-interesse.eml': { kind: 'reply', snippet: 'Kein Interesse, danke.', notInSnippet: 'schrieb' },
  'reply/iso-8859-1-qp.eml': {
    kind: 'reply',
    snippet: 'können wir nächste Woche telefonieren? Grüße aus Köln.',
    notInSnippet: 'Ursprüngliche',
    subject: 'AW: Quick question about your Q1 hiring - Rückfrage',
    fromName: 'Günther Weiß',
  },
  'reply/quoted-unsubscribe-footer.eml': {
    kind: 'reply',
    snippet: 'could you send pricing for 20 seats?',
    notInSnippet: 'unsubscribe',
  },

  // Unsubscribe requests written as replies.
  'unsubscribe/remove-me.eml': { kind: 'unsubscribe_request', snippet: 'Please remove me from your list.' },
  'unsubscribe/unsubscribe-alone.eml': {
    kind: 'unsubscribe_request',
    snippet: 'unsubscribe',
    notInSnippet: 'iPhone',
  },
  'unsubscribe/german-keine-emails.eml': { kind: 'unsubscribe_request', snippet: 'Bitte keine E-Mails mehr' },
  'unsubscribe/french-desinscrire.eml': { kind: 'unsubscribe_request', snippet: 'désinscrire' },
  'unsubscribe/spanish-baja.eml': { kind: 'unsubscribe_request', snippet: 'denme de baja' },
};
