import { describe, expect, it } from 'vitest';
import { detectBounce } from './bounce.js';
import { bounceSenderEvidence, bounceSubjectEvidence } from './bounce-markers.js';
import { failedRecipientInText } from './failed-recipient.js';

const input = {
  contentType: 'text/plain',
  fromAddress: 'mailer-daemon@mx.example.org',
  subject: 'Mail delivery failed: returning message to sender',
  text: '',
  deliveryStatus: null,
  ownAddresses: ['ann@acme.test'],
};

describe('bounce markers', () => {
  it.each([
    'mailer-daemon@googlemail.com',
    'MAILER-DAEMON@mx.acme.test',
    'postmaster@outlook.com',
    'Mailer-Daemon@x.example',
  ])('%s is a bounce sender', (address) => {
    expect(bounceSenderEvidence(address)).toMatch(/^bounce-sender:/);
  });

  it('a person named like the machinery is not', () => {
    expect(bounceSenderEvidence('postmaster.general@example.com')).toBeNull();
    expect(bounceSenderEvidence('ann@acme.test')).toBeNull();
  });

  it.each([
    'Undelivered Mail Returned to Sender',
    'Mail delivery failed: returning message to sender',
    'Delivery Status Notification (Failure)',
    'Undeliverable: Quick question',
    'failure notice',
    'Returned mail: see transcript for details',
  ])('%j is a bounce subject', (subject) => {
    expect(bounceSubjectEvidence(subject)).toBe('bounce-subject');
  });

  it('an ordinary subject is not', () => {
    expect(bounceSubjectEvidence('Re: delivery of the failed parts')).toBeNull();
  });
});

describe('failedRecipientInText', () => {
  it('reads a Postfix/qmail "<addr>:" line', () => {
    const text = '<Bob@Example.com>: host mx said: 550 5.1.1 unknown';
    expect(failedRecipientInText(text, text.indexOf('550'), [])).toBe('bob@example.com');
  });

  it('reads an Exim indented address line', () => {
    const text =
      'The following address(es) failed:\n\n  judy@example.org\n    host mx1\n    550 No such user';
    expect(failedRecipientInText(text, text.indexOf('550'), [])).toBe('judy@example.org');
  });

  it('else the nearest address before the code, never our own or the machinery', () => {
    const text =
      'To ann@acme.test from postmaster@x.example: delivery to carl@example.com failed: 550 5.1.1 unknown';
    expect(failedRecipientInText(text, text.indexOf('550'), ['ann@acme.test'])).toBe('carl@example.com');
  });
});

describe('detectBounce', () => {
  it('needs an SMTP code besides the markers', () => {
    expect(detectBounce({ ...input, text: 'Your message could not be delivered.' })).toBeNull();
  });

  it('needs a marker besides the SMTP code', () => {
    expect(
      detectBounce({
        ...input,
        fromAddress: 'bob@example.com',
        subject: 'Re: hi',
        text: '550 5.1.1 unknown',
      }),
    ).toBeNull();
  });

  it('reads a non-standard bounce', () => {
    const finding = detectBounce({ ...input, text: '<x@example.com>: 552-5.2.2 mailbox full' });
    expect(finding?.report).toEqual({
      type: 'soft',
      status: '5.2.2',
      recipient: 'x@example.com',
      diagnostic: '<x@example.com>: 552-5.2.2 mailbox full',
      delayed: false,
    });
  });

  it('a DSN that only reports delivery is no bounce', () => {
    const deliveryStatus =
      'Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b.example\nAction: delivered\nStatus: 2.0.0';
    expect(
      detectBounce({ ...input, fromAddress: 'a@b.example', subject: 'Delivered', deliveryStatus }),
    ).toBeNull();
  });
});
