import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from '../../../platform/http/app-env.js';

const require = createRequire(import.meta.url);

/**
 * `GET /openapi.json` and `GET /docs` (Scalar). Scalar's script is served from here rather than
 * from its CDN, so the reference works offline and behind strict firewalls.
 */
export function referenceRoutes(document: () => unknown): Hono<AppEnv> {
  let scalarScript: Promise<Buffer> | undefined;
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => c.json(document()))
    .get('/docs/scalar.js', compress(), async (c) => {
      scalarScript ??= readFile(require.resolve('@scalar/api-reference/browser/standalone.js'));
      return c.body(new Uint8Array(await scalarScript), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=86400',
      });
    })
    .get(
      '/docs',
      Scalar({
        url: '/openapi.json',
        cdn: '/docs/scalar.js',
        pageTitle: 'Lead Status API reference',
        telemetry: false,
      }),
    );
}
