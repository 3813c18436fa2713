import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJson } from '../src/test-support/read-json.js';
import { createTestDatabase } from '../src/test-support/test-databases.js';
import { runNode, SERVER, startServer } from './run-process.js';

const sqliteUrl = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'leadstatus-server-')), 'db.sqlite')}`;

/** The process ended with exactly one line on stderr, and no stack trace. */
function expectOneLine(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^leadstatus: /);
  expect(lines[0]).toMatch(pattern);
}

describe('the server process', () => {
  it('serves on SQLite, migrating at start, and stops cleanly on SIGTERM', async () => {
    const server = await startServer({ DATABASE_URL: sqliteUrl() });
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${server.url}/openapi.json`)).headers.get('content-type')).toContain(
        'application/json',
      );
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    // The log is written asynchronously; shutdown flushes it: every request's line, then the last one.
    const lines = server
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; path?: string });
    expect(lines.filter((line) => line.msg === 'request').map((line) => line.path)).toEqual([
      '/healthz',
      '/readyz',
      '/openapi.json',
    ]);
    expect(lines.at(-1)?.msg).toBe('stopped');
  });

  it('writes every log line before a fatal exit', async () => {
    const logger = fileURLToPath(new URL('../dist/platform/logger.js', import.meta.url));
    const script =
      `const { createLogger } = await import(${JSON.stringify(logger)});` +
      `const log = createLogger('info');` +
      `for (let i = 0; i < 5000; i++) log.info({ i, padding: 'x'.repeat(200) }, 'line');` +
      `process.exit(1);`;
    const result = await runNode('--input-type=module', ['-e', script], {});
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ i: 4999, msg: 'line' });
  });

  it('serves on MariaDB', async () => {
    const database = await createTestDatabase('mysql');
    const server = await startServer({ DATABASE_URL: database.url });
    try {
      expect(await readJson(await fetch(`${server.url}/readyz`))).toEqual({ status: 'ok' });
    } finally {
      await server.stop();
      await database.drop();
    }
  });

  it('explains a bad PORT in one line', async () => {
    expectOneLine(await runNode(SERVER, [], { PORT: 'http', DATABASE_URL: sqliteUrl() }), /Invalid PORT/);
  });

  it('explains an unreachable MySQL server in one line', async () => {
    const result = await runNode(SERVER, [], {
      PORT: '0',
      DATABASE_URL: 'mysql://nobody:secret@127.0.0.1:1/leadstatus',
    });
    expectOneLine(result, /Cannot reach MySQL at 127\.0\.0\.1:1 \(connection refused\)/);
    expect(result.stderr).not.toContain('secret');
  });

  it('explains wrong MySQL credentials in one line, without the password', async () => {
    const result = await runNode(SERVER, [], {
      PORT: '0',
      DATABASE_URL: 'mysql://leadstatus:wrong-password@127.0.0.1:3306/leadstatus_test',
    });
    expectOneLine(result, /refused the user or password/);
    expect(result.stderr).not.toContain('wrong-password');
  });

  it('explains a port in use in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runNode(SERVER, [], { PORT: String(port), DATABASE_URL: sqliteUrl() });
      expectOneLine(result, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });
});
