import { describe, expect, it } from 'vitest';
import { eventually } from '../src/test-support/eventually.js';
import { fakeClient } from '../src/test-support/fake-client.js';
import { makeRows } from '../src/test-support/fixtures.js';

/**
 * The drop-in script as a page loads it: one module that registers all four elements on its own.
 * (Runs against `dist/`, so `pnpm build` comes first, as turbo's `test` task does.)
 */
describe('dist/lead-status-widgets.js', () => {
  it('registers the four elements and renders a table with its bundled Lit', async () => {
    // A computed specifier: TypeScript and Vite leave it alone, the browser loads the built file.
    const path = '../dist/lead-status-widgets.js';
    const bundle = (await import(/* @vite-ignore */ path)) as typeof import('../src/standalone.js');
    for (const tag of [
      'lead-status-table',
      'lead-status-filter',
      'lead-status-analytics',
      'lead-status-badge',
    ]) {
      expect(customElements.get(tag), tag).toBeDefined();
    }
    expect(typeof bundle.createLeadStatusClient).toBe('function');

    const table = document.createElement('lead-status-table');
    Object.assign(table, { client: fakeClient({ rows: makeRows(3) }).client });
    document.body.append(table);
    await eventually(() =>
      expect(table.shadowRoot?.querySelectorAll('[role="row"][data-index]').length).toBe(3),
    );
    table.remove();
  });
});
