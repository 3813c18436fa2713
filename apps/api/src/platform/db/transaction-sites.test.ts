import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** As URLs relative to this file, so they follow it if it moves. */
const SOURCE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The one place a transaction is opened: it runs it again after a deadlock or SQLITE_BUSY. */
const ALLOWED = new Set([relative(SOURCE_ROOT, fileURLToPath(new URL('./transaction.ts', import.meta.url)))]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('write transactions', () => {
  it('are all opened through inTransaction, which retries deadlocks and lock timeouts', () => {
    const offenders = sourceFiles(SOURCE_ROOT)
      .map((path) => relative(SOURCE_ROOT, path))
      .filter((file) => !ALLOWED.has(file))
      .filter((file) =>
        /\.transaction\(\)|\.startTransaction\(\)/.test(readFileSync(join(SOURCE_ROOT, file), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
