// The relayout on a small tree that has what the real one may have by the time it runs: files nobody
// listed, a new file under a moved folder, imports of every kind, and a second run. `node --test scripts/`
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mapPath, relayout } from './relayout.mjs';

const TREE = {
  'apps/api/src/app.ts':
    "import type { AppEnv, Services } from './http/app-env.js';\nexport type X = [AppEnv, Services];\n",
  'apps/api/src/config.ts': 'export const config = 1;\n',
  'apps/api/src/config.test.ts': "import { config } from './config.js';\nvoid config;\n",
  'apps/api/src/http/app-env.ts': [
    "import type { Services } from '../platform/services/services.js';",
    "export type { Services } from '../platform/services/services.js'; // relayout: shim",
    'export interface AppEnv { services: Services }',
    '',
  ].join('\n'),
  'apps/api/src/platform/services/services.ts':
    "import type { Db } from '../../db/database.js';\nexport interface Services { db: Db }\n",
  'apps/api/src/db/database.ts': 'export type Db = { kind: "db" };\n',
  // What another branch adds meanwhile: a new file under a moved folder, and one beside it.
  'apps/api/src/db/writer.ts': [
    "import type { Services } from '../http/app-env.js';",
    "export const worker = new URL('./writer-worker.js', import.meta.url);",
    'export type S = Services;',
    '',
  ].join('\n'),
  'apps/api/src/db/writer-worker.ts': 'export {};\n',
  'apps/api/src/db/migrations/0001-initial.ts':
    "import { recount } from '../../engine/recount.js';\nvoid recount;\n",
  'apps/api/src/engine/recount.ts':
    "import { normalizeEmail } from '../leads/email.js';\nexport const recount = normalizeEmail('A');\n",
  'apps/api/src/leads/email.ts': 'export const normalizeEmail = (e: string) => e.toLowerCase();\n',
  'apps/api/src/leads/update-lead.ts': [
    'import type {',
    '  AppEnv,',
    '  Services,',
    "} from '../http/app-env.js';",
    "import { deleteDeliveriesOfChanges } from '../webhooks/erase-deliveries.js';",
    "import { secret } from '../webhooks/secret.js';",
    "export * from './email.js';",
    '/** Erasure also deletes webhooks/erase-deliveries.ts rows. */',
    "export const load = () => import('../db/database.js');",
    'export type Y = [AppEnv, Services, typeof deleteDeliveriesOfChanges, typeof secret];',
    '',
  ].join('\n'),
  'apps/api/src/leads/update-lead.test.ts': [
    "import { vi } from 'vitest';",
    "import { deleteDeliveriesOfChanges } from '../webhooks/erase-deliveries.js';",
    "vi.mock('../db/database.js', () => ({}));",
    "const here = new URL('..', import.meta.url);",
    "const elsewhere = new URL('../db/', 'file:///x/');",
    'void [deleteDeliveriesOfChanges, here, elsewhere];',
    '',
  ].join('\n'),
  'apps/api/src/webhooks/erase-deliveries.ts': 'export const deleteDeliveriesOfChanges = 1;\n',
  'apps/api/src/webhooks/secret.ts': 'export const secret = 2;\n',
  'apps/api/src/webhooks/public.ts': "export { deleteDeliveriesOfChanges } from './erase-deliveries.js';\n",
  'apps/api/src/zz-experiment.ts': 'export {};\n',
  'apps/api/test/process.test.ts': [
    "import type { Db } from '../src/db/database.js';",
    "const built = new URL('../dist/config.js', import.meta.url);",
    'export type Z = [Db, typeof built];',
    '',
  ].join('\n'),
  'bench/x/src/run.ts': "import type { Db } from '@leadstatus/api/db/database';\nexport type B = Db;\n",
  'docs/dev.md': [
    'The writer is `apps/api/src/db/writer.ts`; migrations in `db/migrations/0001-initial.ts`.',
    'HTTP plumbing is in `http/`, and http/2 is a protocol. Tests: src/leads/update-lead.test.ts.',
    '',
  ].join('\n'),
};

let root;
let first;
const logged = [];

function read(path) {
  return readFileSync(join(root, path), 'utf8');
}

function snapshot() {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: root,
    encoding: 'utf8',
  });
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'relayout-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'fixture');
  // Not committed yet: moves with its folder all the same.
  writeFileSync(
    join(root, 'apps/api/src/db/draft.ts'),
    "import type { Db } from './database.js';\nexport type D = Db;\n",
  );
  const dry = relayout({ root, dryRun: true, format: false, log: () => {} });
  assert.ok(dry.moves.length > 0);
  first = relayout({ root, format: false, log: (line) => logged.push(line) });
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('relayout', () => {
  it('maps files, their tests and folders; new-layout paths stay where they are', () => {
    assert.equal(mapPath('db/migrate.ts'), 'migrations/migrate.ts');
    assert.equal(mapPath('db/migrate.test.ts'), 'migrations/migrate.test.ts');
    assert.equal(mapPath('db/migrations/0001-initial.ts'), 'migrations/0001-initial.ts');
    assert.equal(mapPath('db/transaction.js'), 'platform/db/transaction.js');
    assert.equal(mapPath('enrollments/list/'), 'features/lists/');
    assert.equal(mapPath('enrollments'), 'features/enrollments');
    assert.equal(mapPath('platform/db/transaction.ts'), 'platform/db/transaction.ts');
    assert.equal(mapPath('engine/record-events.ts'), 'engine/record-events.ts');
  });

  it('moves every file under a moved folder, tracked or not, and leaves unlisted ones with a warning', () => {
    for (const path of ['db/writer.ts', 'db/writer-worker.ts', 'db/draft.ts', 'http/app-env.ts']) {
      assert.ok(existsSync(join(root, 'apps/api/src/platform', path)), path);
    }
    assert.ok(existsSync(join(root, 'apps/api/src/platform/config/config.test.ts')));
    assert.ok(existsSync(join(root, 'apps/api/src/migrations/0001-initial.ts')));
    assert.ok(!existsSync(join(root, 'apps/api/src/db')));
    assert.ok(existsSync(join(root, 'apps/api/src/zz-experiment.ts')));
    assert.ok(first.warnings.some((w) => w.includes('zz-experiment.ts is in no layer')));
  });

  it('rewrites relative imports of every kind from the old places', () => {
    assert.match(read('apps/api/src/migrations/0001-initial.ts'), /from '\.\.\/engine\/recount\.js'/);
    assert.match(read('apps/api/src/engine/recount.ts'), /from '\.\.\/platform\/email\/email\.js'/);
    const lead = read('apps/api/src/features/leads/update-lead.ts');
    assert.match(lead, /export \* from '\.\.\/\.\.\/platform\/email\/email\.js'/);
    assert.match(lead, /import\('\.\.\/\.\.\/platform\/db\/database\.js'\)/);
    const test = read('apps/api/src/features/leads/update-lead.test.ts');
    assert.match(test, /vi\.mock\('\.\.\/\.\.\/platform\/db\/database\.js'/);
    assert.match(test, /new URL\('\.\.\/\.\.', import\.meta\.url\)/);
    assert.match(test, /new URL\('\.\.\/db\/', 'file:\/\/\/x\/'\)/, 'a URL not of this module is no path');
    assert.match(
      read('apps/api/src/platform/db/writer.ts'),
      /new URL\('\.\/writer-worker\.js', import\.meta\.url\)/,
    );
    assert.match(read('apps/api/src/platform/services/services.ts'), /from '\.\.\/db\/database\.js'/);
  });

  it('points imports of moved names at their new module and drops the shims', () => {
    const lead = read('apps/api/src/features/leads/update-lead.ts');
    assert.match(lead, /import type \{ AppEnv \} from '\.\.\/\.\.\/platform\/http\/app-env\.js'/);
    assert.match(lead, /import type \{ Services \} from '\.\.\/\.\.\/platform\/services\/services\.js'/);
    assert.match(
      read('apps/api/src/platform/db/writer.ts'),
      /import type \{ Services \} from '\.\.\/services\/services\.js'/,
    );
    assert.match(
      read('apps/api/src/app.ts'),
      /import type \{ Services \} from '\.\/platform\/services\/services\.js'/,
    );
    assert.doesNotMatch(read('apps/api/src/platform/http/app-env.ts'), /relayout: shim/);
  });

  it("sends a feature's imports of another feature's published names through its public.ts", () => {
    const lead = read('apps/api/src/features/leads/update-lead.ts');
    assert.match(lead, /import \{ deleteDeliveriesOfChanges \} from '\.\.\/webhooks\/public\.js'/);
    assert.match(lead, /import \{ secret \} from '\.\.\/webhooks\/secret\.js'/);
    assert.ok(first.warnings.some((w) => w.includes('secret') && w.includes('features/webhooks/public.ts')));
    const test = read('apps/api/src/features/leads/update-lead.test.ts');
    assert.match(test, /from '\.\.\/webhooks\/erase-deliveries\.js'/, 'tests may import internals');
  });

  it('rewrites built-package specifiers, dist paths and path mentions', () => {
    assert.match(read('bench/x/src/run.ts'), /'@leadstatus\/api\/platform\/db\/database'/);
    const process = read('apps/api/test/process.test.ts');
    assert.match(process, /from '\.\.\/src\/platform\/db\/database\.js'/);
    assert.match(process, /new URL\('\.\.\/dist\/platform\/config\/config\.js'/);
    const doc = read('docs/dev.md');
    assert.match(doc, /`apps\/api\/src\/platform\/db\/writer\.ts`/);
    assert.match(doc, /`migrations\/0001-initial\.ts`/);
    assert.match(doc, /`platform\/http\/`, and http\/2 is a protocol/);
    assert.match(doc, /src\/features\/leads\/update-lead\.test\.ts\./);
    assert.match(
      read('apps/api/src/features/leads/update-lead.ts'),
      /deletes features\/webhooks\/erase-deliveries\.ts rows/,
    );
  });

  it('does nothing the second time', () => {
    const before = snapshot();
    const again = relayout({ root, format: false, log: () => {} });
    assert.equal(again.moves.length, 0);
    assert.deepEqual(again.writes, []);
    assert.equal(snapshot(), before);
  });

  it('says what it did', () => {
    assert.ok(logged.some((line) => line.includes('move   db/ -> platform/db/')));
    assert.ok(logged.some((line) => /relayout: moved \d+ files, rewrote \d+/.test(line)));
  });
});
