import { describe, expect, it } from 'vitest';
import { readMail } from '../src/index.js';

const options = { now: Date.UTC(2026, 11, 1, 9), timeZone: 'Europe/Berlin' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('NotAMessage', () => {
  it.each([
    ['empty bytes', new Uint8Array(0), /empty/],
    ['plain text', bytes('Hello there, this is just some text.\nNo headers at all.'), /no header block/],
    ['JSON', bytes('{"from":"bob@example.com","text":"hi"}'), /From/],
    [
      'binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /no header block/,
    ],
    ['headers without From', bytes('To: ann@acme.test\r\nSubject: hi\r\n\r\nbody'), /no From header/],
    ['a From without an address', bytes('From: Bob\r\nSubject: hi\r\n\r\nbody'), /no parseable address/],
    ['a body that starts with a blank line', bytes('\r\nFrom: bob@example.com\r\n\r\nhi'), /no header block/],
  ])('%s', async (_name, raw, detail) => {
    const result = await readMail(raw, options);
    expect(result).toMatchObject({ error: 'not_a_message' });
    if ('error' in result) expect(result.detail).toMatch(detail);
  });

  it('headers only, without the blank line, still make a message (an empty reply)', async () => {
    const result = await readMail(bytes('From: Bob <bob@example.com>\r\nSubject: hi'), options);
    expect(result).toMatchObject({ kind: 'reply', from: { address: 'bob@example.com' }, snippet: '' });
  });

  it('broken MIME that the parser survives is read', async () => {
    const raw = bytes(
      'From: bob@example.com\r\nContent-Type: multipart/mixed; boundary="never-closed"\r\n\r\n--never-closed\r\nContent-Type: text/plain\r\n\r\nStill interested.',
    );
    expect(await readMail(raw, options)).toMatchObject({ kind: 'reply', snippet: 'Still interested.' });
  });
});
