/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: Canvas; color: CanvasText; }
  header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header p { margin: .25rem 0 0; opacity: .8; }
  section { margin: 1.5rem 0; }
  h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
  lead-status-table { display: block; height: 28rem; }
  code { font-size: .9em; }
  label { font-weight: 600; margin-right: .5rem; }
`;

export interface DemoCampaign {
  id: string;
  name: string;
}

/** The demo page: the four widgets on the demo workspace, with a token from `/demo/token`. */
export function demoPageHtml(campaigns: readonly DemoCampaign[]): string {
  const options = campaigns
    .map((c) => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.name)}</option>`)
    .join('');
  const first = campaigns[0]?.id ?? '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lead Status demo</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="module" src="/demo/demo.js"></script>
</head>
<body>
<header>
  <h1>Lead Status</h1>
  <p>Demo data: a few thousand leads across campaigns, with 30 days of events. The widgets below read it
  with a read-only embed token that this page fetches from <code>/demo/token</code>.
  <a href="/docs">API reference</a> · <a href="/openapi.json">OpenAPI document</a></p>
</header>
<main>
  <section aria-labelledby="leads-title">
    <h2 id="leads-title">Leads tab: every campaign</h2>
    <lead-status-filter id="statuses" reflect-url></lead-status-filter>
    <lead-status-table filter="statuses"></lead-status-table>
  </section>
  <section aria-labelledby="analytics-title">
    <h2 id="analytics-title">Campaign analytics</h2>
    <label for="campaign">Campaign</label><select id="campaign">${options}</select>
    <lead-status-analytics campaign-id="${escapeHtml(first)}"></lead-status-analytics>
  </section>
</main>
</body>
</html>`;
}

/** The page when the database holds other data and no demo workspace. */
export const NO_DEMO_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Lead Status demo</title><style>${STYLE}</style></head>
<body><main>
<h1>Lead Status</h1>
<p>This database already holds workspaces, so no demo data was seeded. Create some with
<code>pnpm leadstatus seed --demo</code> and reload, or start with an empty database.</p>
<p><a href="/docs">API reference</a></p>
</main></body>
</html>`;

/**
 * The page's script: one token provider for every widget, then the widgets. The provider is set
 * before the elements upgrade (Lit keeps properties set on an element before its definition), so no
 * widget ever asks the API without a token.
 */
export const DEMO_SCRIPT = `
let cached;
async function fetchToken() {
  const response = await fetch('/demo/token', { cache: 'no-store' });
  if (!response.ok) throw new Error('could not get a demo token: ' + response.status);
  return response.json();
}
// One request shared by every widget asking at once; a new one when it is close to expiring.
async function tokenProvider({ forceRefresh } = {}) {
  const current = cached && (await cached.catch(() => null));
  if (!current || forceRefresh || Date.parse(current.expires_at) - Date.now() < 30000) {
    if (!cached || current) cached = fetchToken();
    return (await cached).token;
  }
  return current.token;
}
for (const widget of document.querySelectorAll('lead-status-filter, lead-status-table, lead-status-analytics')) {
  widget.setAttribute('api-base', location.origin);
  widget.tokenProvider = tokenProvider;
}
await import('/demo/lead-status-widgets.js');
const picker = document.getElementById('campaign');
picker?.addEventListener('change', () => {
  document.querySelector('lead-status-analytics')?.setAttribute('campaign-id', picker.value);
});
`;
