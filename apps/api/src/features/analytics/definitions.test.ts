import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionsMarkdown, METRIC_DEFINITIONS } from './definitions.js';

describe('metric definitions', () => {
  it('docs/analytics.md shows the same table the API serves', () => {
    const doc = readFileSync(new URL('../../../../../docs/analytics.md', import.meta.url), 'utf8');
    // Formatters pad Markdown tables: compare the cells, not the spacing.
    const rows = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^[|\s:-]+$/.test(line))
        .map((line) =>
          line
            .split('|')
            .map((cell) => cell.trim())
            .join('|'),
        );
    expect(rows(doc)).toEqual(rows(definitionsMarkdown()));
  });

  it('names each metric once, and every rate has a denominator', () => {
    const names = METRIC_DEFINITIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of METRIC_DEFINITIONS) expect(d.kind === 'rate').toBe(d.denominator !== null);
  });
});
