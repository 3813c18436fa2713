import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** As URLs relative to this file, so they follow it if it moves. */
const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENGINE = fileURLToPath(new URL('.', import.meta.url));
const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));
/** The tables whose rows only the engine writes: together they are the status and its effects. */
const ENGINE_TABLES = [
  'events',
  'enrollments',
  'status_changes',
  'campaign_counters',
  'campaign_daily_counts',
  'label_changes',
];

const table = `(?:${ENGINE_TABLES.join('|')})`;
/** Kysely's builders and raw SQL (in strings or templates), each naming one of the tables. */
const WRITE = new RegExp(
  [
    `\\b(?:insertInto|updateTable|deleteFrom|replaceInto)\\(\\s*['"\`]${table}\\b`,
    `\\b(?:insert\\s+(?:ignore\\s+)?into|replace\\s+into|update|delete\\s+from)\\s+[\`"]?${table}\\b`,
  ].join('|'),
  'gi',
);

/** Where writes may be: the engine, the frozen migrations, and the seeding helpers of tests. */
function mayWrite(path: string): boolean {
  return (
    path.startsWith(ENGINE) ||
    path.startsWith(MIGRATIONS) ||
    path.includes('/test-support/') ||
    path.endsWith('.test.ts')
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every write to an engine table in `source`, as "file:line: text". */
export function engineTableWrites(file: string, source: string): string[] {
  return [...source.matchAll(WRITE)].map((match) => {
    const line = source.slice(0, match.index).split('\n').length;
    return `${file}:${line}: ${match[0].replace(/\s+/g, ' ')}`;
  });
}

describe('the engine tables', () => {
  it('are written by engine/ only (and by migrations and test seeding)', () => {
    const offenders = sourceFiles(SOURCE_ROOT)
      .filter((path) => !mayWrite(path))
      .flatMap((path) => engineTableWrites(relative(SOURCE_ROOT, path), readFileSync(path, 'utf8')));
    expect(
      offenders,
      'write these through the engine (engine/record-events.ts and its entry points)',
    ).toEqual([]);
  });

  it('recognises each kind of write, across lines and in raw SQL', () => {
    const samples = [
      "await trx\n  .insertInto('events')\n  .values(rows)",
      "db.updateTable('enrollments').set({ status: 'sent' })",
      'trx.deleteFrom("status_changes")',
      "trx.replaceInto('campaign_counters')",
      'sql`INSERT INTO campaign_daily_counts (a) values (1)`',
      "CompiledQuery.raw('update enrollments e join v')",
      "'delete from `events` where id = ?'",
    ];
    for (const sample of samples) expect(engineTableWrites('x.ts', sample), sample).toHaveLength(1);
    expect(
      engineTableWrites('x.ts', "trx.selectFrom('events'); trx.insertInto('leads'); 'update the events'"),
    ).toEqual([]);
    expect(engineTableWrites('x.ts', "\n\ntrx.deleteFrom('enrollments')")).toEqual([
      "x.ts:3: deleteFrom('enrollments",
    ]);
  });
});
