import { describe, expect, it } from 'vitest';
import { readMail } from '../src/index.js';
import type { ReadMail } from '../src/types.js';
import { CORPUS_NOW, CORPUS_ZONE, EXPECTED } from './corpus/expected.js';
import { corpusFiles, readCorpusFile } from './support/corpus.js';

const options = { now: CORPUS_NOW, timeZone: CORPUS_ZONE };

async function read(file: string): Promise<ReadMail> {
  const result = await readMail(readCorpusFile(file), options);
  if ('error' in result) throw new Error(`${file}: ${result.detail}`);
  return result;
}

describe('corpus', () => {
  it('has an expectation for every message and a message for every expectation', () => {
    expect(corpusFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const mail = await read(file);
    const context = `${file} evidence=${mail.evidence.join(',')} snippet=${mail.snippet}`;
    expect(mail.kind, context).toBe(expected.kind);
    expect(mail.bounce !== null, context).toBe(expected.kind === 'bounce');
    expect(mail.complaint !== null, context).toBe(expected.kind === 'complaint');
    if (expected.bounce) expect(mail.bounce, context).toMatchObject(expected.bounce);
    if (expected.complaint) expect(mail.complaint, context).toMatchObject(expected.complaint);
    for (const id of expected.originalIds ?? []) expect(mail.original.messageIds, context).toContain(id);
    if (expected.leadStatusMessages) {
      expect(mail.original.leadStatusMessages, context).toEqual(expected.leadStatusMessages);
    }
    if (expected.outOfOfficeUntil !== undefined) {
      expect(mail.outOfOfficeUntil, context).toEqual(expected.outOfOfficeUntil);
    }
    if (expected.kind !== 'out_of_office') expect(mail.outOfOfficeUntil).toBeNull();
    if (expected.snippet) expect(mail.snippet, context).toContain(expected.snippet);
    if (expected.notInSnippet) expect(mail.snippet, context).not.toContain(expected.notInSnippet);
    if (expected.inReplyTo) expect(mail.inReplyTo).toContain(expected.inReplyTo);
    if (expected.subject) expect(mail.subject).toBe(expected.subject);
    if (expected.fromName) expect(mail.from.name).toBe(expected.fromName);
    expect(mail.snippet.length).toBeLessThanOrEqual(500);
    expect(mail.evidence.length).toBeGreaterThan(0);
    if (mail.kind !== 'bounce' && mail.kind !== 'complaint') {
      expect(mail.original).toEqual({ messageIds: [], leadStatusMessages: [], recipients: [] });
    }
  });

  it('reads envelope fields of a reply', async () => {
    const mail = await read('reply/gmail-plain-quoted.eml');
    expect(mail.from).toEqual({ address: 'bob@example.com', name: 'Bob Lead' });
    expect(mail.to).toEqual(['ann@acme.test']);
    expect(mail.messageId).toBe('<CAH0033reply=Bq7x+mZ@mail.gmail.com>');
    expect(mail.references).toEqual(['<ls-0033@mail.acme.test>']);
    expect(mail.date).toBe(Date.UTC(2026, 11, 1, 10, 10, 0));
  });
});
