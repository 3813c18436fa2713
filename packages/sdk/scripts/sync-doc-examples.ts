// Copies each packages/sdk/examples/*.ts into docs/sdk.md, under its `<!-- example: … -->` marker.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const guide = fileURLToPath(new URL('../../../docs/sdk.md', import.meta.url));
const markdown = readFileSync(guide, 'utf8');
const synced = markdown.replace(
  /(<!-- example: packages\/sdk\/(examples\/[\w-]+\.ts) -->\s*```ts\n)[\s\S]*?^```$/gm,
  (_, head: string, path: string) =>
    `${head}${readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8')}\`\`\``,
);
writeFileSync(guide, synced);
console.log(
  synced === markdown ? 'docs/sdk.md already shows the examples as they are' : 'updated docs/sdk.md',
);
