import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_NOW, EXPECTED, type Expected } from '../../../../../../packages/mail/test/corpus/expected.js';

const CORPUS = fileURLToPath(new URL('../../../../../../packages/mail/test/corpus/', import.meta.url));

export { CORPUS_NOW };

export interface CorpusMail {
  /** `<kind folder>/<file>.eml`, as the corpus names it. */
  name: string;
  raw: Buffer;
  expected: Expected;
  /** The Message-IDs of our sent mail the message names (In-Reply-To, or the original inside a report). */
  sentIds: string[];
}

/** Every message of @leadstatus/mail's corpus (written in the shapes real servers send), with what it must read as. */
export function corpusMails(): CorpusMail[] {
  const mails: CorpusMail[] = [];
  for (const folder of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS, folder.name)).sort()) {
      if (!file.endsWith('.eml')) continue;
      const name = `${folder.name}/${file}`;
      const raw = readFileSync(join(CORPUS, name));
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`no expectation for ${name}`);
      const sentIds = [...new Set(raw.toString('latin1').match(/<ls-\d+@mail\.acme\.test>/g) ?? [])];
      mails.push({ name, raw, expected, sentIds });
    }
  }
  return mails;
}
