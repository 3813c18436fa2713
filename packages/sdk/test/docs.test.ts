import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GUIDE = fileURLToPath(new URL('../../../docs/sdk.md', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

/** The guide's examples: a `<!-- example: path -->` marker, then the ```ts block that shows the file. */
function embedded(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of markdown.matchAll(
    /<!-- example: packages\/sdk\/(examples\/[\w-]+\.ts) -->\s*```ts\n([\s\S]*?)^```$/gm,
  )) {
    blocks.set(match[1] ?? '', match[2] ?? '');
  }
  return blocks;
}

describe('docs/sdk.md', () => {
  const blocks = embedded(readFileSync(GUIDE, 'utf8'));
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.ts'));

  it('shows every example file', () => {
    expect([...blocks.keys()].sort()).toEqual(files.map((name) => `examples/${name}`).sort());
  });

  it.each(files)(
    'shows examples/%s exactly as the file is (the file is what CI type-checks and runs)',
    (name) => {
      const file = readFileSync(`${EXAMPLES}${name}`, 'utf8');
      expect(
        blocks.get(`examples/${name}`),
        `docs/sdk.md shows another examples/${name}: run pnpm --filter @leadstatus/sdk docs:examples`,
      ).toBe(file);
    },
  );

  it('has no other TypeScript block that nothing checks', () => {
    const all = readFileSync(GUIDE, 'utf8').match(/^```ts$/gm) ?? [];
    expect(all).toHaveLength(blocks.size);
  });
});
