import { describe, expect, it } from 'vitest';
import { readMail } from '../src/index.js';

const options = { now: Date.UTC(2026, 11, 1, 9), timeZone: 'Europe/Berlin' };
const bytes = (text: string) => new TextEncoder().encode(text);

// Safety limits, not timing assertions: a hang would hit the test timeout instead.
describe('hostile input', () => {
  it('a header bomb of 100,000 header lines gives a result, not a hang', async () => {
    const raw = bytes(`From: bob@example.com\r\n${'X-Filler: y\r\n'.repeat(100_000)}\r\nbody`);
    const result = await readMail(raw, options);
    expect(result).toMatchObject({ error: 'not_a_message' });
    if ('error' in result) expect(result.detail).toMatch(/header size/);
  });

  it('a single 5 MB header gives a result, not a hang', async () => {
    const raw = bytes(`From: bob@example.com\r\nSubject: ${'a'.repeat(5_000_000)}\r\n\r\nbody`);
    expect(await readMail(raw, options)).toMatchObject({ error: 'not_a_message' });
  });

  it('deep MIME nesting is refused', async () => {
    let raw = 'From: bob@example.com\r\n';
    for (let depth = 0; depth < 200; depth++) {
      raw += `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n`;
    }
    raw += 'Content-Type: text/plain\r\n\r\nhi\r\n';
    expect(await readMail(bytes(raw), options)).toMatchObject({ error: 'not_a_message' });
  });

  it('a 5 MB body is read, only its start searched', async () => {
    const raw = bytes(
      `From: bob@example.com\r\nSubject: hi\r\n\r\nSure, call me.\r\n${'x '.repeat(2_500_000)}`,
    );
    const result = await readMail(raw, options);
    expect(result).toMatchObject({ kind: 'reply' });
    if (!('error' in result)) expect(result.snippet.length).toBeLessThanOrEqual(500);
  });

  it('a huge text of quote markers and addresses stays cheap', async () => {
    const body = '> On x wrote:\r\n<a@b.example>:\r\n'.repeat(50_000);
    const raw = bytes(`From: MAILER-DAEMON@x.example\r\nSubject: failure notice\r\n\r\n${body}`);
    expect(await readMail(raw, options)).toBeDefined();
  });
});
