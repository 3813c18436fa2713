import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

/** Every `.eml` of the corpus as `kind/name.eml`, sorted. */
export function corpusFiles(): string[] {
  const files: string[] = [];
  for (const kind of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const name of readdirSync(join(CORPUS_DIR, kind.name))) {
      if (name.endsWith('.eml')) files.push(relative(CORPUS_DIR, join(CORPUS_DIR, kind.name, name)));
    }
  }
  return files.sort();
}

export function readCorpusFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
}
