#!/usr/bin/env node
// Moves apps/api/src into its layered layout (issue 13: platform/, engine/, features/<feature>/, and the
// composition at the top) and rewrites every path that names a moved file: relative imports of
// apps/api/src and apps/api/test, `@leadstatus/api/<path>` specifiers anywhere in the repository, and
// path mentions in docs and comments. Plain Node, no dependencies; run it from anywhere:
//
//   node scripts/relayout.mjs             move, rewrite, then format the changed files with Biome
//   node scripts/relayout.mjs --dry-run   print what it would do, change nothing
//   node scripts/relayout.mjs --no-format skip the Biome pass (import order, line wrapping)
//   node scripts/relayout.mjs --verbose   also list every file moved and every file rewritten
//   node scripts/relayout.mjs --root DIR  work on another checkout (its tests use a scratch tree)
//
// Every path is mapped from its OLD place through MOVES below, so files that were added after this
// script was written move with their folder, and their imports are rewritten like the others. Running it
// again on a moved tree finds nothing to move and nothing to rewrite.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Old place -> new place, relative to apps/api/src. An entry ending in `/` is a folder: everything under
 * it moves, whoever added it. A file entry wins over its folder's entry and takes its test
 * (`x.test.ts`) along. Among folders the longest entry wins.
 */
export const MOVES = [
  // platform: infrastructure, imports nothing above it
  ['clock.ts', 'platform/clock.ts'],
  ['ids.ts', 'platform/ids.ts'],
  ['logger.ts', 'platform/logger.ts'],
  ['time.ts', 'platform/time.ts'],
  ['config.ts', 'platform/config/config.ts'],
  ['db/connection-url.ts', 'platform/config/connection-url.ts'],
  ['http/limits-config.ts', 'platform/config/limits-config.ts'],
  ['db/', 'platform/db/'],
  ['http/', 'platform/http/'],
  ['embed-tokens/embed-token.ts', 'platform/auth/embed-token.ts'],
  ['embed-tokens/scope.ts', 'platform/auth/embed-scope.ts'],
  ['embed-tokens/access-policy.ts', 'platform/http/embed-access-policy.ts'],
  ['workspaces/api-key-format.ts', 'platform/auth/api-key-format.ts'],
  ['leads/email.ts', 'platform/email/email.ts'],
  ['leads/email-address.ts', 'platform/email/email-address.ts'],
  ['secrets/', 'platform/secrets/'],
  ['idempotency/', 'platform/idempotency/'],
  // engine: the one door for writes and the rules' settings and checks
  ['workspaces/settings.ts', 'engine/workspace-settings.ts'],
  ['events/derived-state-check.ts', 'engine/derived-state-check.ts'],
  ['events/opt-out-check.ts', 'engine/opt-out-check.ts'],
  // composition: schema history (its data migrations run engine code), the sweeper, the CLI's helpers
  ['db/migrate.ts', 'migrations/migrate.ts'],
  ['db/migrations/', 'migrations/'],
  ['sequences/sweeper.ts', 'sweeper.ts'],
  ['cli/with-database.ts', 'cli/support/with-database.ts'],
  ['imports/progress-bar.ts', 'cli/support/progress-bar.ts'],
  ['exports/export-progress.ts', 'cli/support/export-progress.ts'],
  // features
  ['analytics/', 'features/analytics/'],
  ['campaigns/', 'features/campaigns/'],
  ['dnc/', 'features/dnc/'],
  ['embed-tokens/', 'features/embed-tokens/'],
  ['enrollments/list/', 'features/lists/'],
  ['enrollments/', 'features/enrollments/'],
  ['events/', 'features/events/'],
  ['exports/', 'features/exports/'],
  ['imports/', 'features/imports/'],
  ['inbound/inbound-event.ts', 'features/inbound/providers/inbound-event.ts'],
  ['inbound/freshness.ts', 'features/inbound/providers/freshness.ts'],
  ['inbound/', 'features/inbound/'],
  ['leads/', 'features/leads/'],
  ['retention/', 'features/retention/'],
  ['sequences/', 'features/sequences/'],
  ['statuses/', 'features/statuses/'],
  ['stream/', 'features/stream/'],
  ['system/', 'features/system/'],
  ['tracking/', 'features/tracking/'],
  ['webhooks/', 'features/webhooks/'],
  ['workspaces/', 'features/workspaces/'],
];

/** What may sit at the top of apps/api/src once moved; anything else there is reported, not moved. */
const NEW_TOP = new Set([
  'app.ts',
  'routes.ts',
  'server.ts',
  'sweeper.ts',
  'sweeper.test.ts',
  'cli',
  'demo',
  'engine',
  'features',
  'migrations',
  'platform',
  'test-support',
]);

/**
 * Names that left a module for another (old module, relative to apps/api/src -> new module in the new
 * layout). Imports of them are pointed at their new module; a statement that imports others too is split.
 */
export const SYMBOL_MOVES = [
  ['http/app-env.ts', ['Services'], 'platform/services/services.ts'],
  ['http/app-env.ts', ['Caller'], 'platform/auth/caller.ts'],
  [
    'workspaces/workspaces.repository.ts',
    ['findKeyForAuth', 'touchApiKey'],
    'platform/auth/api-keys.repository.ts',
  ],
  ['http/request-deadline.ts', ['DEFAULT_REQUEST_DEADLINE_MS'], 'platform/config/limits-config.ts'],
  ['http/rate-limit.ts', ['DEFAULT_RATE_LIMIT'], 'platform/config/limits-config.ts'],
  [
    'http/server-timeouts.ts',
    ['DEFAULT_SERVER_TIMEOUTS', 'ServerTimeouts'],
    'platform/config/limits-config.ts',
  ],
  ['enrollments/campaign-lookup.ts', ['requireCampaign'], 'features/campaigns/require-campaign.ts'],
];

/** Lines that only kept the old imports compiling until this script ran. */
const SHIM_MARK = '// relayout: shim';
/** A file holding this is left as it is by the mention rewriting (it talks about old and new paths). */
const KEEP_PATHS_MARK = 'relayout: keep-paths';

const CODE = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
const TEXT = /\.(?:md|sh|ya?ml)$|(?:^|\/)Dockerfile$/;
const SKIP_DIR = new Set(['node_modules', 'dist', '.git', '.turbo', 'generated', 'data', 'coverage']);

// ---------------------------------------------------------------------------------------------------
// Path mapping

const EXT = /(\.d\.ts|\.test\.ts|\.test\.js|\.ts|\.mts|\.cts|\.js|\.mjs|\.cjs)$/;
const fileEntries = new Map(
  MOVES.filter(([from]) => !from.endsWith('/')).map(([f, t]) => [stem(f), stem(t)]),
);
const folderEntries = MOVES.filter(([from]) => from.endsWith('/')).sort((a, b) => b[0].length - a[0].length);

function stem(path) {
  return path.replace(/\.ts$/, '');
}

/** The new place of a path relative to apps/api/src (a file with any code extension, or a folder). */
export function mapPath(path) {
  const trailing = path.endsWith('/') ? '/' : '';
  const bare = trailing ? path.slice(0, -1) : path;
  const ext = EXT.exec(bare)?.[1] ?? '';
  const base = bare.slice(0, bare.length - ext.length);
  // `base` leaves `.test.ts` out, so a file's test goes with it: x.test.ts follows x.ts.
  const direct = fileEntries.get(base);
  if (direct !== undefined) return direct + ext + trailing;
  for (const [from, to] of folderEntries) {
    if (bare === from.slice(0, -1)) return to.slice(0, -1) + trailing;
    if (bare.startsWith(from)) return to + bare.slice(from.length) + trailing;
  }
  return path;
}

// ---------------------------------------------------------------------------------------------------
// The run

export function relayout({ root, dryRun = false, format = true, verbose = false, log = console.log }) {
  const src = join(root, 'apps/api/src');
  const dist = join(root, 'apps/api/dist');
  const apiRoots = [join(root, 'apps/api/src'), join(root, 'apps/api/test')];
  const self = fileURLToPath(import.meta.url);
  const report = { moved: 0, rewritten: 0, specifiers: 0, retargeted: 0, toPublic: 0, shims: 0, mentions: 0 };
  const warnings = [];

  const repoFiles = listFiles(root);
  const srcFiles = repoFiles
    .filter((f) => f.startsWith(`${src}${sep}`))
    .map((f) => toPosix(relative(src, f)));
  // What exists before anything moves: mentions are rewritten only when they name one of these.
  const oldPaths = new Set();
  for (const file of srcFiles) {
    oldPaths.add(file);
    for (let d = posix.dirname(file); d !== '.'; d = posix.dirname(d)) oldPaths.add(d);
  }

  const newPlace = (abs) => {
    if (abs === src || abs.startsWith(`${src}${sep}`)) return join(src, mapPath(toPosix(relative(src, abs))));
    if (abs.startsWith(`${dist}${sep}`)) return join(dist, mapPath(toPosix(relative(dist, abs))));
    return abs;
  };

  const moves = [];
  for (const file of srcFiles) {
    const to = mapPath(file);
    if (to !== file) moves.push([file, to]);
  }
  const targets = new Set(srcFiles);
  for (const [from, to] of moves) {
    if (targets.has(to) && !moves.some(([f]) => f === to)) throw new Error(`${from} would overwrite ${to}`);
  }
  for (const name of existsSync(src) ? readdirSync(src) : []) {
    const moved = mapPath(statSync(join(src, name)).isDirectory() ? `${name}/` : name) !== name;
    if (!moved && !NEW_TOP.has(name.replace(/\/$/, ''))) {
      warnings.push(`apps/api/src/${name} is in no layer: left where it is (add it to MOVES)`);
    }
  }

  const publics = publicExports(srcFiles, src, newPlace);
  const symbolMoves = SYMBOL_MOVES.map(([from, names, to]) => ({
    from: join(src, from),
    names: new Set(names),
    to: join(src, to),
  }));

  const writes = new Map();
  for (const file of repoFiles) {
    if (file === self || file.endsWith('relayout.test.mjs')) continue;
    const isCode = CODE.test(file);
    if (!isCode && !TEXT.test(toPosix(file))) continue;
    const before = readFileSync(file, 'utf8');
    let text = before;
    const inApi = apiRoots.some((r) => file.startsWith(`${r}${sep}`));
    if (isCode && inApi) {
      const from = newPlace(file);
      const context = { file, from, newPlace, publics, symbolMoves, src, report, warnings };
      text = rewriteImports(text, context);
      if (text.includes(SHIM_MARK)) {
        const lines = text.split('\n');
        const kept = lines.filter((line) => !line.includes(SHIM_MARK));
        report.shims += lines.length - kept.length;
        text = kept.join('\n').replace(/\n{3,}/g, '\n\n');
      }
    }
    if (isCode) text = rewritePackageSpecifiers(text, report);
    if (!text.includes(KEEP_PATHS_MARK)) text = rewriteMentions(text, oldPaths, report);
    if (text !== before) writes.set(file, text);
  }

  log(
    `relayout: ${moves.length} files to move, ${writes.size} files to rewrite${dryRun ? ' (dry run)' : ''}`,
  );
  for (const [entry, count] of movesByEntry(moves)) {
    log(`  move   ${entry} (${count} file${count === 1 ? '' : 's'})`);
  }
  if (verbose) {
    for (const [from, to] of moves) log(`  file   apps/api/src/${from} -> apps/api/src/${to}`);
    for (const file of writes.keys()) log(`  write  ${toPosix(relative(root, newPlace(file)))}`);
  }
  for (const warning of warnings) log(`  warn   ${warning}`);
  if (dryRun || (moves.length === 0 && writes.size === 0)) {
    if (moves.length === 0 && writes.size === 0) log('relayout: nothing to do (already in the new layout)');
    return { moves, writes: [...writes.keys()], warnings, report };
  }

  const tracked = new Set(git(root, ['ls-files', '-z', 'apps/api/src']).split('\0').filter(Boolean));
  for (const [from, to] of moves) {
    const abs = join(src, to);
    mkdirSync(dirname(abs), { recursive: true });
    if (tracked.has(`apps/api/src/${from}`)) git(root, ['mv', `apps/api/src/${from}`, `apps/api/src/${to}`]);
    else renameSync(join(src, from), abs);
    report.moved += 1;
  }
  removeEmptyFolders(src);
  const written = [];
  for (const [file, text] of writes) {
    const to = newPlace(file);
    writeFileSync(to, text);
    written.push(to);
    report.rewritten += 1;
  }
  if (format) {
    formatWithBiome(
      root,
      written.filter((f) => CODE.test(f) || f.endsWith('.md')),
      log,
    );
  }
  log(
    `relayout: moved ${report.moved} files, rewrote ${report.rewritten} (${report.specifiers} specifiers, ` +
      `${report.retargeted} imports of moved names, ${report.toPublic} imports through a public.ts, ` +
      `${report.shims} shim lines removed, ${report.mentions} path mentions)`,
  );
  return { moves, writes: written, warnings, report };
}

/** How many files each MOVES entry takes, in the order of MOVES. */
function movesByEntry(moves) {
  const counts = new Map();
  for (const [from] of moves) {
    const entry =
      MOVES.find(([f]) => !f.endsWith('/') && stem(f) === from.replace(EXT, '')) ??
      folderEntries.find(([f]) => from.startsWith(f));
    const label = entry ? `${entry[0]} -> ${entry[1]}` : from;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const order = MOVES.map(([f, t]) => `${f} -> ${t}`);
  return [...counts].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

// ---------------------------------------------------------------------------------------------------
// Imports inside apps/api

/** `import|export [type] { names } from 'spec'`: the statements whose names can move or go public. */
const NAMED = String.raw`\b(import|export)(\s+type)?(\s*)\{([^{}]*)\}(\s*)from(\s*)(['"])([^'"\n]+)\7`;
/** Every other place a relative path names a module or a file next to this one. */
const OTHER = String.raw`(\bfrom\s*|\bimport\s*\(?\s*|\b(?:vi\.(?:mock|doMock|unmock|doUnmock|importActual|importMock)|require(?:\.resolve)?|import\.meta\.resolve)\s*\(\s*|\bnew\s+URL\s*\(\s*)(['"])(\.\.?(?:\/[^'"\n]*)?)\10`;
const IMPORTS = new RegExp(`${NAMED}|${OTHER}`, 'g');

function rewriteImports(text, context) {
  return text.replace(IMPORTS, (match, ...groups) => {
    const [kind, typeWord, gap1, names, gap2, gap3, quote, spec, lead, quote2, spec2] = groups;
    const offset = groups[groups.length - 2];
    if (kind !== undefined) {
      if (!spec.startsWith('.')) return match;
      return rewriteNamed(
        { kind, typeWord: typeWord ?? '', gaps: [gap1, gap2, gap3], names, quote, spec },
        context,
      );
    }
    // `new URL(x)` is a file only when it is resolved against this module.
    const rest = text.slice(offset + match.length);
    if (/^new\s+URL/.test(lead) && !/^\s*,\s*import\.meta\.url/.test(rest)) return match;
    return `${lead}${quote2}${respecify(spec2, context)}${quote2}`;
  });
}

/** The specifier that names, from the file's new place, what `spec` named from its old place. */
function respecify(spec, { file, from, newPlace, report }, target) {
  const old = resolve(dirname(file), spec);
  const moved = target ?? newPlace(old);
  let next = toPosix(relative(dirname(from), moved)) || '.';
  if (!next.startsWith('.')) next = `./${next}`;
  if (spec.endsWith('/') && !next.endsWith('/')) next += '/';
  if (next !== spec) report.specifiers += 1;
  return next;
}

function rewriteNamed(statement, context) {
  const { kind, typeWord, gaps, names, quote, spec } = statement;
  const { file, newPlace, symbolMoves, publics, src, report } = context;
  const oldTarget = withTs(resolve(dirname(file), spec));
  const items = names
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const nameOf = (item) =>
    item
      .replace(/^type\s+/, '')
      .split(/\s+as\s+/)[0]
      .trim();
  // Names that left this module: one statement per new module, in the order they were listed.
  const groups = new Map();
  for (const item of items) {
    const move = symbolMoves.find((m) => m.from === oldTarget && m.names.has(nameOf(item)));
    const to = move ? move.to : newPlace(oldTarget);
    if (!groups.has(to)) groups.set(to, []);
    groups.get(to).push(item);
  }
  if (groups.size > 1 || (groups.size === 1 && !groups.has(newPlace(oldTarget)))) report.retargeted += 1;
  const from = context.from;
  const statements = [...groups].map(([target, group]) => {
    let to = target;
    const crossing = kind === 'import' ? crossFeature(from, to, src) : null;
    const published = crossing && publishedBy(crossing, to, group.map(nameOf), publics);
    if (published) {
      to = published;
      report.toPublic += 1;
    } else if (crossing) {
      const names = group.map(nameOf).join(', ');
      context.warnings.push(
        `${toPosix(relative(src, from))} imports ${names} from features/${crossing}/ internals: publish ` +
          `them in features/${crossing}/public.ts, or dependency-cruiser will refuse it`,
      );
    }
    const specifier = respecify(spec, context, jsOf(to, spec));
    const body = groups.size === 1 ? names : ` ${group.join(', ')} `;
    return `${kind}${typeWord}${gaps[0]}{${body}}${gaps[1]}from${gaps[2]}${quote}${specifier}${quote}`;
  });
  return statements.join(';\n');
}

/** A module path with the extension of the specifier that named it (`.js` for a `.ts` file). */
function jsOf(target, spec) {
  const ext = EXT.exec(spec)?.[1];
  if (!ext) return target.replace(/\.ts$/, '');
  return target.replace(/\.ts$/, ext === '.ts' ? '.ts' : ext);
}

function withTs(path) {
  return path.replace(/\.js$/, '.ts');
}

/**
 * The other feature whose internals feature code imports here, if it does. Tests and the composition may
 * import internals, and a public.ts is no internal.
 */
function crossFeature(importer, target, src) {
  const feature = (path) => /^features\/([^/]+)\//.exec(toPosix(relative(src, path)))?.[1];
  const own = feature(importer);
  const other = feature(withTs(target));
  if (!own || !other || own === other || /\.test\.ts$|\/test-support\//.test(toPosix(importer))) return null;
  return withTs(target).endsWith(`${sep}public.ts`) ? null : other;
}

/** That feature's public.ts, when it re-exports every one of these names from `target`. */
function publishedBy(feature, target, names, publics) {
  const published = publics.get(feature);
  if (!published) return null;
  return names.every((n) => published.names.get(n) === withTs(target)) ? published.file : null;
}

/** Each feature's public.ts (in its new place) and the module each of its names comes from. */
function publicExports(srcFiles, src, newPlace) {
  const publics = new Map();
  for (const file of srcFiles.filter((f) => f.endsWith('/public.ts'))) {
    const abs = join(src, file);
    const at = newPlace(abs);
    const feature = /^features\/([^/]+)\/public\.ts$/.exec(toPosix(relative(src, at)))?.[1];
    if (!feature) continue;
    const names = new Map();
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(/\bexport\s+(?:type\s+)?\{([^{}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      const from = newPlace(withTs(resolve(dirname(abs), m[2])));
      for (const item of m[1].split(',')) {
        const name = item
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name) names.set(name, from);
      }
    }
    publics.set(feature, { file: at, names });
  }
  return publics;
}

// ---------------------------------------------------------------------------------------------------
// Specifiers of the built package, and mentions of paths in prose and comments

function rewritePackageSpecifiers(text, report) {
  return text.replace(/(['"`])@leadstatus\/api\/([A-Za-z0-9_./-]+)\1/g, (match, quote, path) => {
    const mapped = mapPath(`${path}.ts`).replace(/\.ts$/, '');
    if (mapped === path) return match;
    report.specifiers += 1;
    return `${quote}@leadstatus/api/${mapped}${quote}`;
  });
}

const MENTION =
  /(?<![\w./@:$-])((?:apps\/api\/(?:src|dist)\/|src\/|dist\/)?)([A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*\/?)/g;

/** `db/transaction.ts`, `apps/api/src/leads/`, `src/http/auth.ts`: each path that exists and moves. */
function rewriteMentions(text, oldPaths, report) {
  return text.replace(MENTION, (match, prefix, path, offset) => {
    if (!path.includes('/') && !prefix) return match;
    const tail = /\.+$/.exec(path)?.[0] ?? '';
    const bare = path.slice(0, path.length - tail.length);
    const isDir = bare.endsWith('/');
    const key = (isDir ? bare.slice(0, -1) : bare).replace(/\.js$/, prefix.includes('dist') ? '.ts' : '.js');
    if (!oldPaths.has(key)) return match;
    // A lone folder (`http/`) is taken for a path only in code quotes: `http/` in prose may be anything.
    const single = !key.includes('/');
    if (single && !prefix && !(text[offset - 1] === '`' && text[offset + match.length] === '`')) return match;
    const mapped = mapPath(bare);
    if (mapped === bare) return match;
    report.mentions += 1;
    return `${prefix}${mapped}${tail}`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Files

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIR.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && entry.name !== 'pnpm-lock.yaml') {
        out.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  return out.sort();
}

function removeEmptyFolders(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(join(dir, entry.name));
  }
  if (readdirSync(dir).length === 0) rmdirSync(dir);
}

function formatWithBiome(root, files, log) {
  const biome = join(root, 'node_modules/.bin/biome');
  if (files.length === 0) return;
  if (!existsSync(biome)) {
    log('relayout: Biome is not installed here: run `npx biome check --write .` to sort the moved imports');
    return;
  }
  // Paths changed length and order: Biome sorts the imports again and wraps what grew too long (Markdown
  // tables too).
  execFileSync(biome, ['check', '--write', '--no-errors-on-unmatched', ...files], {
    cwd: root,
    stdio: 'inherit',
  });
}

function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

function toPosix(path) {
  return path.split(sep).join('/');
}

// ---------------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root =
    rootAt >= 0 ? resolve(args[rootAt + 1] ?? '.') : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  relayout({
    root,
    dryRun: args.includes('--dry-run'),
    format: !args.includes('--no-format'),
    verbose: args.includes('--verbose'),
  });
}
