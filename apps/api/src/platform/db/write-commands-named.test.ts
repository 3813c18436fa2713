import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DECLARATION = relative(SOURCE_ROOT, fileURLToPath(new URL('./write-command.ts', import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('write commands', () => {
  it('are each exported under the name they declare, which the writer thread looks up', () => {
    const problems: string[] = [];
    const names = new Map<string, string>();
    for (const path of sourceFiles(SOURCE_ROOT)) {
      const text = readFileSync(path, 'utf8');
      const file = relative(SOURCE_ROOT, path);
      for (const match of text.matchAll(/export const (\w+) = writeCommand\(\s*([^,]+),\s*'(\w+)'/g)) {
        const [, exported, module, declared] = match;
        if (module !== 'import.meta.url') problems.push(`${file}: ${exported} must pass import.meta.url`);
        if (exported !== declared) problems.push(`${file}: ${exported} declares the name '${declared}'`);
        const other = names.get(declared ?? '');
        if (other) problems.push(`${file}: '${declared}' is also declared in ${other}`);
        names.set(declared ?? '', file);
      }
      const declared = [...text.matchAll(/writeCommand\(/g)].length;
      const exportedHere = [...text.matchAll(/export const \w+ = writeCommand\(/g)].length;
      if (file !== DECLARATION && declared !== exportedHere) {
        problems.push(`${file}: a writeCommand(...) that is not \`export const name = writeCommand(\``);
      }
    }
    expect(problems).toEqual([]);
    expect(names.size).toBeGreaterThan(10);
  });
});
