import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnTargetFromEverywhere, lifecycleMermaid } from './lifecycle-diagram.js';
import { lifecycleDocBlocks, updateLifecycleDoc } from './lifecycle-doc.js';
import { transitionsMarkdown } from './lifecycle-markdown.js';
import { STATUS_INFO } from './statuses.js';
import { TRANSITION_COLUMN_INFO, TRANSITION_COLUMNS, TRANSITION_ROWS, TRANSITIONS } from './transitions.js';

const DOC_PATH = new URL('../../../docs/status-lifecycle.md', import.meta.url);
const REGENERATE =
  'Run `pnpm --filter @leadstatus/core docs:lifecycle` to regenerate docs/status-lifecycle.md.';

describe('docs/status-lifecycle.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');

  it('contains exactly the diagram lifecycleMermaid() draws', () => {
    const block = `<!-- lifecycle:start -->\n\`\`\`mermaid\n${lifecycleMermaid()}\n\`\`\`\n<!-- lifecycle:end -->`;
    expect(doc.includes(block), `${REGENERATE} Expected block:\n${block}`).toBe(true);
  });

  it('has every generated block up to date', () => {
    const updated = updateLifecycleDoc(doc);
    expect(updated.ok, updated.ok ? '' : updated.error).toBe(true);
    if (updated.ok) expect(updated.value, REGENERATE).toBe(doc);
  });
});

describe('lifecycleMermaid', () => {
  const diagram = lifecycleMermaid();
  const lines = diagram.split('\n');

  it('draws an arrow for every cell of the table that changes the status, and no other', () => {
    const expected = new Set<string>();
    for (const from of TRANSITION_ROWS) {
      for (const column of TRANSITION_COLUMNS) {
        const { to } = TRANSITIONS[from][column];
        if (to !== from && column !== 'unsubscribed') expected.add(`${from}>${to}`);
      }
    }
    const drawn = lines
      .map((line) => /^ {2}(\w+) --> (\w+) : /.exec(line))
      .filter((m) => m !== null && m[1] !== 'paused' && m[2] !== 'paused')
      .map((m) => `${m?.[1]}>${m?.[2]}`);
    expect(new Set(drawn)).toEqual(expected);
    expect(drawn).toHaveLength(expected.size);
    expect(diagram).toContain(`  sent --> completed : ${TRANSITION_COLUMN_INFO.sequence_completed.arrow}`);
  });

  it('shows unsubscribing, which leads every status to Unsubscribed, as one note', () => {
    expect(TRANSITION_COLUMNS.filter((column) => columnTargetFromEverywhere(column) !== null)).toEqual([
      'unsubscribed',
    ]);
    expect(diagram).toContain(
      '  note left of unsubscribed\n    From every status: unsubscribed or complained\n  end note',
    );
    expect(diagram).not.toMatch(/--> unsubscribed/);
  });

  it('names every status by its label and draws the pause overlay', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    for (const [status, info] of Object.entries(STATUS_INFO)) {
      expect(diagram).toContain(`state "${info.label}" as ${status}`);
    }
    for (const status of ['not_contacted', 'sent', 'engaged']) {
      expect(diagram).toContain(`  ${status} --> paused : pause`);
      expect(diagram).toContain(`  paused --> ${status} : resume`);
    }
    expect(diagram).toContain('  paused --> replied : replied');
    expect(diagram).not.toMatch(/paused --> completed/);
    expect(diagram).not.toMatch(/unsubscribed --> (?!\[\*\])/);
  });
});

describe('updateLifecycleDoc', () => {
  it('fills the blocks between the markers', () => {
    const names = Object.keys(lifecycleDocBlocks());
    const skeleton = names.map((name) => `<!-- ${name}:start -->\nold\n<!-- ${name}:end -->`).join('\n\n');
    const updated = updateLifecycleDoc(skeleton);
    expect(updated.ok).toBe(true);
    if (updated.ok) {
      expect(updated.value).toContain(
        `<!-- lifecycle-table:start -->\n${transitionsMarkdown()}\n<!-- lifecycle-table:end -->`,
      );
      expect(updated.value).not.toContain('old');
      expect(updateLifecycleDoc(updated.value)).toEqual(updated);
    }
  });

  it('says which markers are missing', () => {
    expect(updateLifecycleDoc('# no markers')).toEqual({
      ok: false,
      error: 'The markers <!-- statuses:start --> and <!-- statuses:end --> are missing.',
    });
  });
});
