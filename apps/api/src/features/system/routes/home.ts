import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/app-env.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lead Status</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1f2933; }
  code { background: #f0f2f5; padding: 0 .25rem; border-radius: 3px; }
  @media (prefers-color-scheme: dark) { body { background: #111418; color: #e4e7eb; } code { background: #262b33; } }
</style>
</head>
<body>
<h1>Lead Status</h1>
<p>One clear status per lead per cold-email campaign, kept current from events.</p>
<ul>
  <li><a href="/docs">API reference</a> (<a href="/openapi.json">OpenAPI 3.1 document</a>)</li>
  <li><a href="/healthz">/healthz</a> and <a href="/readyz">/readyz</a></li>
</ul>
<p>Create a workspace and its API key with <code>pnpm leadstatus workspace create --name "Acme" --json</code>.</p>
</body>
</html>`;

/** The landing page at `/`: where to go next. */
export const homeRoutes = new Hono<AppEnv>().get('/', (c) => c.html(PAGE));
