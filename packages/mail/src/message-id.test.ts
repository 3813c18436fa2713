import { describe, expect, it } from 'vitest';
import { normalizeMessageId, parseMessageIdList } from './message-id.js';

describe('normalizeMessageId', () => {
  it.each([
    ['<ls-0001@mail.acme.test>', '<ls-0001@mail.acme.test>'],
    ['ls-0001@mail.acme.test', '<ls-0001@mail.acme.test>'],
    ['  <ls-0001@mail.acme.test>\r\n', '<ls-0001@mail.acme.test>'],
    ['< ls-0001@mail.acme.test >', '<ls-0001@mail.acme.test>'],
    ['<CAH+x=y@mail.gmail.com>', '<CAH+x=y@mail.gmail.com>'],
  ])('accepts %j', (value, expected) => {
    expect(normalizeMessageId(value)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['<>', 'empty brackets'],
    ['<ls 0001@mail.acme.test>', 'whitespace inside'],
    ['<ls-0001.mail.acme.test>', 'no @'],
    ['<@mail.acme.test>', 'nothing before @'],
    ['<ls-0001@>', 'nothing after @'],
    [`<${'a'.repeat(990)}@example.test>`, 'over 998 characters'],
    ['<a<b@c>', 'bracket inside'],
  ])('refuses %j (%s)', (value) => {
    expect(normalizeMessageId(value)).toBeNull();
  });
});

describe('parseMessageIdList', () => {
  it('reads ids in order, dropping malformed ones and duplicates', () => {
    expect(parseMessageIdList('<a@x.test> junk <b@x.test>\r\n <a@x.test> <bad>')).toEqual([
      '<a@x.test>',
      '<b@x.test>',
    ]);
  });

  it('accepts a lone id without brackets', () => {
    expect(parseMessageIdList('a@x.test')).toEqual(['<a@x.test>']);
  });

  it('keeps the newest ids of an overlong References header', () => {
    const ids = Array.from({ length: 150 }, (_, i) => `<m${i}@x.test>`).join(' ');
    const parsed = parseMessageIdList(ids);
    expect(parsed).toHaveLength(100);
    expect(parsed.at(-1)).toBe('<m149@x.test>');
  });
});
