import { css, html, unsafeCSS } from 'lit';
import { STATUSES, type Status, statusLabel } from '../shared/statuses.js';

/**
 * Theme tokens. Each `name` is read from `--lead-status-<name>` on the element (or any ancestor), with
 * the default below for the light or dark scheme. The dark values apply with `theme="dark"`, or with
 * the reader's `prefers-color-scheme: dark` unless `theme="light"`.
 */
type Tokens = Record<string, string>;

const kebab = (status: Status) => status.replaceAll('_', '-');

const STATUS_LIGHT: Record<Status, [bg: string, fg: string]> = {
  not_contacted: ['#eef1f4', '#3d4650'],
  sent: ['#ddf4ff', '#0a3069'],
  engaged: ['#fff8c5', '#6b4500'],
  replied: ['#dafbe1', '#0f5323'],
  bounced: ['#ffebe9', '#82071e'],
  unsubscribed: ['#f3e8e1', '#5c3317'],
  completed: ['#f3e8ff', '#512a97'],
  paused: ['#eaeef2', '#424a53'],
};

const STATUS_DARK: Record<Status, [bg: string, fg: string]> = {
  not_contacted: ['#2d333b', '#c9d1d9'],
  sent: ['#0c2d6b', '#a5d6ff'],
  engaged: ['#4b3500', '#f8e3a1'],
  replied: ['#033a16', '#aff5b4'],
  bounced: ['#67060c', '#ffc1ba'],
  unsubscribed: ['#3e2a1e', '#ecd3c2'],
  completed: ['#3c1e70', '#e2c5ff'],
  paused: ['#30363d', '#d1d7e0'],
};

const statusTokens = (colours: Record<Status, [string, string]>): Tokens =>
  Object.fromEntries(
    STATUSES.flatMap((status) => [
      [`${kebab(status)}-bg`, colours[status][0]],
      [`${kebab(status)}-fg`, colours[status][1]],
    ]),
  );

export const LIGHT: Tokens = {
  fg: '#1f2328',
  bg: '#ffffff',
  muted: '#59636e',
  border: '#d1d9e0',
  surface: '#f6f8fa',
  accent: '#0969da',
  danger: '#d1242f',
  'focus-ring': '#0969da',
  'chart-sent': '#0969da',
  'chart-opened': '#9a6700',
  'chart-replied': '#1a7f37',
  'chart-bounced': '#cf222e',
  ...statusTokens(STATUS_LIGHT),
};

export const DARK: Tokens = {
  fg: '#e6edf3',
  bg: '#0d1117',
  muted: '#9198a1',
  border: '#3d444d',
  surface: '#151b23',
  accent: '#4493f8',
  danger: '#f85149',
  'focus-ring': '#4493f8',
  'chart-sent': '#4493f8',
  'chart-opened': '#d29922',
  'chart-replied': '#3fb950',
  'chart-bounced': '#f85149',
  ...statusTokens(STATUS_DARK),
};

const declarations = (tokens: Tokens) =>
  Object.entries(tokens)
    .map(([name, value]) => `--_${name}: var(--lead-status-${name}, ${value});`)
    .join('');

/** Host defaults shared by every widget: tokens, both schemes, the host's font, a visible focus ring. */
export const themeStyles = css`
  :host {
    ${unsafeCSS(declarations(LIGHT))}
    color-scheme: light;
    color: var(--_fg);
    font: inherit;
    --_radius: var(--lead-status-radius, 6px);
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations(DARK))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(declarations(DARK))}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
`;

/** The status pill; colour is never the only signal, so it always carries the label. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    padding: 0.1em 0.6em;
    border: 1px solid color-mix(in srgb, var(--_badge-fg) 30%, transparent);
    border-radius: 999px;
    background: var(--_badge-bg);
    color: var(--_badge-fg);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
    --_badge-bg: var(--_surface);
    --_badge-fg: var(--_fg);
  }
  ${unsafeCSS(
    STATUSES.map(
      (status) =>
        `[data-status='${status}']{--_badge-bg:var(--_${kebab(status)}-bg);--_badge-fg:var(--_${kebab(status)}-fg)}`,
    ).join(''),
  )}
`;

/**
 * The badge markup, for the badge element and for the table's rows (one template, one look). A
 * `detail` follows the label as text ("Paused · company replied"), so it is read, not only seen.
 */
export function renderBadge(status: string, detail = '') {
  return html`<span class="badge" part="badge" data-status=${status}
    >${statusLabel(status)}${detail ? ` · ${detail}` : ''}</span
  >`;
}
