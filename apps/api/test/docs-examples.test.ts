import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, type RunningServer, runNode, startServer } from './run-process.js';

/** The guides whose ```sh examples must run as written, top to bottom, against a fresh server. */
const GUIDES = ['leads-and-campaigns.md', 'events-and-enrollments.md', 'replies-and-bounces.md'];
const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));

function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

describe('the curl examples in the guides', () => {
  const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'leadstatus-docs-')), 'docs.db')}`;
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: databaseUrl });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each(GUIDES)('%s runs without an error', async (guide) => {
    for (const tool of ['bash', 'curl', 'jq']) {
      expect(
        spawnSync('sh', ['-c', `command -v ${tool}`]).status,
        `${tool} is needed to run the examples`,
      ).toBe(0);
    }
    const created = await runNode(CLI, ['workspace', 'create', '--name', guide, '--json'], {
      DATABASE_URL: databaseUrl,
    });
    const { api_key: key } = JSON.parse(created.stdout);
    const blocks = shellBlocks(readFileSync(join(DOCS, guide), 'utf8'));
    expect(blocks.length).toBeGreaterThan(2);
    const script = [
      'set -euo pipefail',
      ...blocks.map((b, i) => `echo "--- example ${i + 1}" >&2\n${b}`),
    ].join('\n');
    const result = spawnSync('bash', ['-c', script], {
      env: { PATH: process.env.PATH ?? '', LS_URL: server.url, LS_KEY: key },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, `${guide} failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`).toBe(0);
  });
});
