// <lead-status-table> fed by the fake client: `mode=first` times the first rows, `mode=scroll`
// scrolls through every row.
import { firstPainted, inView, publish, scrollToEnd } from './measure.js';
import { createSource, settings } from './source.js';

const options = settings();

publish(async () => {
  await customElements.whenDefined('lead-status-table');
  const source = createSource(options);
  const table = document.createElement('lead-status-table');
  table.pageSize = options.pageSize;
  table.client = source.client;
  const errors = [];
  table.addEventListener('lead-status-error', (event) => errors.push(event.detail.message));
  const root = () => table.shadowRoot;
  const scroller = () => root()?.querySelector('.scroller');

  const start = performance.now();
  document.body.append(table);
  const painted = await firstPainted(() => root()?.querySelector('[role="row"][data-index]'), scroller);
  const firstRowsMs = painted - start;
  if (options.mode === 'first') return { firstRowsMs, errors };

  const last = options.total - 1;
  const scroll = await scrollToEnd({
    scroller: scroller(),
    step: options.step,
    maxMs: options.maxMs,
    rowsInDom: () => root().querySelectorAll('[role="row"][data-index]').length,
    rowsReached: () => {
      let reached = 0;
      for (const row of root().querySelectorAll('[role="row"][data-index]')) {
        reached = Math.max(reached, Number(row.getAttribute('data-index')) + 1);
      }
      return reached;
    },
    lastRowShown: () => {
      const row = root().querySelector(`[role="row"][data-index="${last}"]`);
      return row !== null && inView(row, scroller());
    },
  });
  const grid = root().querySelector('[role="grid"]');
  return {
    firstRowsMs,
    errors,
    ...scroll,
    pages: source.pages,
    // Set once every page is loaded: the rows plus the header row.
    rowCount: Number(grid?.getAttribute('aria-rowcount') ?? -1),
  };
});
