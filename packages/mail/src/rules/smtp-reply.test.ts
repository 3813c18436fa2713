import { describe, expect, it } from 'vitest';
import { basicCodeIn, enhancedStatusIn, findSmtpReply } from './smtp-reply.js';

describe('findSmtpReply', () => {
  it.each([
    ['said: 550 5.1.1 <a@b.example>: User unknown', '550', '5.1.1'],
    ['550-5.1.1 The email account that you tried to reach does not exist', '550', '5.1.1'],
    ["Remote Server returned '554 5.7.1 Service unavailable'", '554', '5.7.1'],
    ['452 4.2.2 The email account is over quota', '452', '4.2.2'],
    ['550 #5.1.0 Address rejected', '550', '5.1.0'],
    ['    550 No such user here', '550', null],
    ['Remote host said: 554 delivery error: dd Sorry', '554', null],
    ['Status: 5.1.1 (bad destination mailbox)', null, '5.1.1'],
  ])('reads %j', (text, code, status) => {
    expect(findSmtpReply(text)).toMatchObject({ code, status });
  });

  it('prefers a code with its enhanced status over an earlier bare code', () => {
    expect(findSmtpReply('550 see below\nsaid: 550 5.1.1 unknown')).toMatchObject({ status: '5.1.1' });
  });

  it('ignores ordinary numbers', () => {
    expect(findSmtpReply('We have 500 employees and version 5.1.1 of the app.')).toBeNull();
  });
});

describe('DSN field readers', () => {
  it('finds the enhanced status and basic code', () => {
    expect(enhancedStatusIn('5.1.10')).toBe('5.1.10');
    expect(enhancedStatusIn('smtp; 550 5.2.2 mailbox full')).toBe('5.2.2');
    expect(enhancedStatusIn(null)).toBeNull();
    expect(basicCodeIn('smtp; 550-5.1.1 The email account')).toBe('550');
    expect(basicCodeIn('smtp;550 5.1.10 RESOLVER')).toBe('550');
    expect(basicCodeIn('X-Postfix; connect timed out')).toBeNull();
  });
});
