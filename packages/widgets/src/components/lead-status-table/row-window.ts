/**
 * Which rows of a fixed-row-height list to render, from the scroller's geometry. Pure arithmetic, so
 * the table reads the layout once (scrollTop on scroll, sizes in a ResizeObserver) and never in render.
 */

export interface Viewport {
  /** The scroller's `scrollTop`, px. */
  scrollTop: number;
  /** The scroller's `clientHeight`, px (0 while not laid out yet). */
  height: number;
  /** Where the first row starts in the scroller, px: the sticky header's height, which also covers rows. */
  rowsTop: number;
  /** Every row's height, px (> 0). */
  rowHeight: number;
}

export interface RowWindow {
  /** The first row to render. */
  start: number;
  /** One past the last row to render (`start === end`: none). */
  end: number;
  /** The first row at least partly in view (under the header), -1 when there are no rows. */
  firstVisible: number;
  /** The last row at least partly in view, -1 when there are no rows. */
  lastVisible: number;
}

/** Rows taken as in view before the scroller has a size (its first render). */
export const UNMEASURED_ROWS = 16;

/** Rows to render beyond those in view, above (`before`) and below (`after`). */
export interface Overscan {
  before: number;
  after: number;
}

/** The rows in view of `count` rows, and those to render: `overscan` more above and below. */
export function rowWindow(count: number, viewport: Viewport, overscan: Overscan): RowWindow {
  if (count <= 0) return { start: 0, end: 0, firstVisible: -1, lastVisible: -1 };
  const { scrollTop, height, rowsTop } = viewport;
  const rowHeight = Math.max(1, viewport.rowHeight);
  const last = count - 1;
  // In the rows' coordinates, what shows is [scrollTop, scrollTop + height - rowsTop): the header
  // sticks over the top `rowsTop` px of the scroller.
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(last, Math.floor(top / rowHeight));
  const shown = height > 0 ? Math.max(0, height - rowsTop) : UNMEASURED_ROWS * rowHeight;
  const lastVisible = Math.max(firstVisible, Math.min(last, Math.ceil((top + shown) / rowHeight) - 1));
  return {
    start: Math.max(0, firstVisible - Math.max(0, overscan.before)),
    end: Math.min(count, lastVisible + Math.max(0, overscan.after) + 1),
    firstVisible,
    lastVisible,
  };
}

/** How many whole rows fit under the header (PageUp / PageDown move by about that many); at least 1. */
export function rowsPerPage(viewport: Viewport): number {
  if (viewport.height <= 0) return UNMEASURED_ROWS;
  return Math.max(1, Math.floor((viewport.height - viewport.rowsTop) / Math.max(1, viewport.rowHeight)));
}

/**
 * The `scrollTop` that brings row `index` wholly into view with the least scrolling (as
 * `scrollIntoView({ block: 'nearest' })` would, minding the header); undefined when it is in view.
 */
export function scrollTopToShow(index: number, viewport: Viewport): number | undefined {
  const rowHeight = Math.max(1, viewport.rowHeight);
  const top = index * rowHeight;
  const shown = Math.max(rowHeight, viewport.height - viewport.rowsTop);
  if (top < viewport.scrollTop) return top;
  if (top + rowHeight > viewport.scrollTop + shown) return top + rowHeight - shown;
  return undefined;
}
