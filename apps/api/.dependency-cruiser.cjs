// The layers of apps/api/src and the rules that keep them (docs/decisions/layers.md). `npm test` runs them
// (turbo task lint:architecture: scripts/check-architecture.mjs), failing with each broken rule's name and
// comment; alone: `pnpm --filter @leadstatus/api lint:architecture`.
//
//   composition  app.ts routes.ts server.ts sweeper.ts cli/ demo/ migrations/   may import anything below
//   features     features/<feature>/   the engine, the platform, another feature's public.ts only
//   engine       engine/               the platform and @leadstatus/core only
//   platform     platform/             nothing above it

const COMPOSITION = '^src/(?:(?:app|routes|server|sweeper)\\.ts$|(?:cli|demo|migrations)/)';
const FEATURES = '^src/features/';
const ENGINE = '^src/engine/';
const PLATFORM = '^src/platform/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'Folders import each other one way only (issue 13): a cycle between two folders means one of ' +
        'them holds something that belongs lower down. Move it; do not import around it.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-runtime-module-cycles',
      comment:
        'Modules whose values import each other around a loop: ESM then runs one of them half-initialised. ' +
        'Move what both need into a third module. (Type-only loops inside a folder are harmless.)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'platform-imports-no-layer-above',
      comment:
        'platform/ is infrastructure (database, HTTP plumbing, config, auth, logging, clock, ids): it ' +
        'imports no engine, feature or composition code. Hand it what it needs (a function, a type) instead.',
      severity: 'error',
      from: { path: PLATFORM },
      to: { path: [ENGINE, FEATURES, COMPOSITION] },
    },
    {
      name: 'engine-imports-platform-and-core-only',
      comment:
        'engine/ is the one door for writes (recordEvents and its steps): it imports platform/ and ' +
        '@leadstatus/core, never a feature or the composition. A setting it needs, it reads with its own query.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^src/', pathNot: [ENGINE, PLATFORM] },
    },
    {
      name: 'engine-knows-no-http',
      comment: 'engine/ runs the same from a route, the CLI, the sweeper or a writer thread: no Hono in it.',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: ['(^|/)node_modules/(?:hono|@hono)/', '^src/platform/http/'] },
    },
    {
      name: 'feature-imports-only-public-of-another-feature',
      comment:
        'A feature imports another feature only through its public.ts (the names it publishes on purpose), ' +
        'never its internals. Publish the name there, or move it to engine/ or platform/ when two features ' +
        'share it.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: FEATURES,
        pathNot: ['^src/features/$1/', '^src/features/[^/]+/public\\.ts$'],
      },
    },
    {
      name: 'features-import-no-composition',
      comment:
        'Only the composition (app.ts, routes.ts, server.ts, sweeper.ts, cli/, demo/, migrations/) wires ' +
        'features together; a feature never imports it.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: COMPOSITION },
    },
    {
      name: 'every-module-in-a-layer',
      comment:
        'Every file of src/ is in platform/, engine/, features/<feature>/ or the composition, so the rules ' +
        'above apply to it: put it in the layer it belongs to.',
      severity: 'error',
      from: { path: '^src/', pathNot: [COMPOSITION, FEATURES, ENGINE, PLATFORM] },
      to: {},
    },
    {
      name: 'public-module-re-exports-its-own-feature',
      comment: "A feature's public.ts publishes that feature's names, not another feature's.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/public\\.ts$' },
      to: { path: FEATURES, pathNot: '^src/features/$1/' },
    },
  ],
  options: {
    // The rules are about production code: tests and their helpers may reach anywhere.
    exclude: { path: ['\\.test\\.ts$', '(^|/)test-support/'] },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports couple folders too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
