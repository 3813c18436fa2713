import { describe, expect, it } from 'vitest';
import { parseDncValue } from '../../features/dnc/dnc-value.js';
import { EmailSchema, normalizeEmail } from './email.js';
import { normalizeDomain, parseEmailAddress } from './email-address.js';

/** `n` different CJK characters: their IDNA (punycode) form is several times longer. */
const cjk = (n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + i * 37)).join('');

describe('parseEmailAddress: one normal form for every spelling', () => {
  it.each([
    ['plain', 'ann@example.com', 'ann@example.com'],
    ['trimmed and lower-cased', '  Ann.Lee@Example.COM ', 'ann.lee@example.com'],
    ['one trailing dot of the domain dropped', 'optout@dnc.example.', 'optout@dnc.example'],
    ['an ideographic full stop is a dot', 'optout@dnc.example\u3002', 'optout@dnc.example'],
    ['IDNA domain to ASCII', 'ann@Bücher.example', 'ann@xn--bcher-kva.example'],
    ['the ASCII form of the same domain', 'ann@xn--bcher-kva.example', 'ann@xn--bcher-kva.example'],
    ['full-width letters mapped', 'ann@\uff45xample.com', 'ann@example.com'],
    ['NFC: a decomposed é is the composed one', 'rene\u0301@example.com', 'ren\u00e9@example.com'],
    ['a sub-domain kept', 'cy@Sub.Example.COM', 'cy@sub.example.com'],
    // String.prototype.trim takes a BOM for white space: at either end it goes, inside it is refused.
    ['a BOM at the start trimmed', '\ufeffoptout@dnc.example', 'optout@dnc.example'],
  ])('%s', (_, input, normalized) => {
    expect(parseEmailAddress(input)).toEqual({ ok: true, value: normalized });
    expect(normalizeEmail(input)).toBe(normalized);
    // Idempotent: the normal form is its own normal form.
    expect(normalizeEmail(normalized)).toBe(normalized);
  });

  it.each([
    ['NUL', 'optout@dnc.example\u0000', 'U+0000'],
    ['a zero-width space', '\u200boptout@dnc.example', 'U+200B'],
    ['a zero-width joiner', 'opt\u200dout@dnc.example', 'U+200D'],
    ['a right-to-left override', 'optout@dnc\u202e.example', 'U+202E'],
    ['a word joiner', 'optout@dnc.exa\u2060mple', 'U+2060'],
    ['a BOM inside', 'optout\ufeff@dnc.example', 'U+FEFF'],
    ['a soft hyphen', 'opt\u00adout@dnc.example', 'U+00AD'],
    ['DEL', 'optout\u007f@dnc.example', 'U+007F'],
    ['a C1 control', 'optout\u0085@dnc.example', 'U+0085'],
    ['a line separator', 'optout@dnc.example\u2028x', 'U+2028'],
    ['a no-break space', 'opt\u00a0out@dnc.example', 'U+00A0'],
    ['a Hangul filler', 'opt\u3164out@dnc.example', 'U+3164'],
  ])('rejects %s, naming it', (_, input, code) => {
    const parsed = parseEmailAddress(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(code);
  });

  it.each([
    ['no @', 'ann.example.com'],
    ['two @', 'ann@x@example.com'],
    ['no local part', '@example.com'],
    ['no domain', 'ann@'],
    ['a domain without a dot', 'ann@localhost'],
    ['an empty label', 'ann@example..com'],
    ['two trailing dots', 'ann@example.com..'],
    ['a leading dot', 'ann@.example.com'],
    ['a domain IDNA refuses', 'ann@xn--zz.example'],
    ['a character no host may hold', 'ann@exa%mple.com'],
    ['over 320 characters', `${'a'.repeat(310)}@example.com`],
    ['over 320 once its domain is ASCII', `${'a'.repeat(200)}@${cjk(100)}.example`],
  ])('rejects %s', (_, input) => {
    expect(parseEmailAddress(input).ok).toBe(false);
  });

  it('never throws for a value that is no address (stored rows, CSV cells)', () => {
    expect(normalizeEmail(' Not An Address\u0000 ')).toBe('not an address\u0000');
  });
});

describe('EmailSchema', () => {
  it('keeps the address as given (trimmed) and names the problem', () => {
    expect(EmailSchema.parse('  Ann@Example.com. ')).toBe('Ann@Example.com.');
    const result = EmailSchema.safeParse('\u200bann@example.com');
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: expect.stringContaining('U+200B') }),
    ]);
  });

  it('checks the length before anything else', () => {
    const result = EmailSchema.safeParse(`a@${'.'.repeat(400)}@`);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'too_big' })]);
  });
});

describe('DNC values', () => {
  it.each([
    ['an address', 'OptOut@DNC.example.', { kind: 'email', value: 'optout@dnc.example' }],
    ['a domain', '@DNC.Example', { kind: 'domain', value: 'dnc.example' }],
    ['a domain with a trailing dot', '@dnc.example.', { kind: 'domain', value: 'dnc.example' }],
    ['an IDNA domain', '@bücher.example', { kind: 'domain', value: 'xn--bcher-kva.example' }],
  ])('%s', (_, input, value) => {
    expect(parseDncValue(input)).toEqual({ ok: true, value });
  });

  it.each(['@', '@nodot', '@-bad-.example', '@dnc\u200b.example', 'a@b', 'nobody'])('refuses %s', (input) => {
    expect(parseDncValue(input).ok).toBe(false);
  });

  it('normalises a domain as an address’s domain', () => {
    expect(normalizeDomain('Bücher.Example.')).toEqual({ ok: true, value: 'xn--bcher-kva.example' });
  });
});
