import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The test corpus of @leadstatus/mail: real-server shapes of bounces, complaints, auto-replies and replies. */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../packages/mail/test/corpus');

/** Bytes a message set aims at: a realistic inbound batch, several messages of every kind. */
export const SET_BYTES = 20 * 1024;

function corpusByKind(): Buffer[][] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((kind) =>
      readdirSync(join(CORPUS_DIR, kind.name))
        .filter((name) => name.endsWith('.eml'))
        .sort()
        .map((name) => readFileSync(join(CORPUS_DIR, kind.name, name))),
    )
    .filter((messages) => messages.length > 0);
}

/**
 * A mixed message set of about 20 KB: the corpus kinds taken in turn (bounce, complaint,
 * out-of-office, reply, …), so every figure sees the same mix. Exported for other figures (e.g.
 * the API's POST /v1/inbound/messages) to post the very same bytes.
 */
export function mailBenchCorpus(targetBytes = SET_BYTES): Buffer[] {
  const kinds = corpusByKind();
  const set: Buffer[] = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes && kinds.length > 0; round++) {
    for (const messages of kinds) {
      const message = messages[round % messages.length];
      if (!message || bytes >= targetBytes) continue;
      set.push(message);
      bytes += message.byteLength;
    }
  }
  return set;
}
