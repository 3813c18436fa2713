// Bundles each entry point as an app would (openapi-fetch included, minified), gzips it, prints the
// size and fails over budget. Runs with the tests, so every CI log shows the numbers.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The client (`@leadstatus/sdk`) must stay under 6 KB; the server-only webhook helper is separate. */
const ENTRIES = [
  { name: '@leadstatus/sdk', file: '../src/index.ts', budgetBytes: 6 * 1024 },
  { name: '@leadstatus/sdk/webhooks', file: '../src/webhooks.ts', budgetBytes: 1024 },
];

async function measure(file: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [new URL(file, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
let over = false;
for (const entry of ENTRIES) {
  const { minified, gzipped } = await measure(entry.file);
  const within = gzipped <= entry.budgetBytes;
  over ||= !within;
  console.log(
    `${entry.name} bundle: ${kb(gzipped)} min+gzip (${kb(minified)} minified), ` +
      `${within ? 'within' : 'OVER'} its ${kb(entry.budgetBytes)} budget`,
  );
}
if (over) process.exit(1);
