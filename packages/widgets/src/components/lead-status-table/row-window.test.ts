import { describe, expect, it } from 'vitest';
import { rowsPerPage, rowWindow, scrollTopToShow, UNMEASURED_ROWS, type Viewport } from './row-window.js';

/** A 440 px scroller with a 40 px sticky header: 400 px of 50 px rows, 8 rows in view. */
const at = (scrollTop: number, overrides: Partial<Viewport> = {}): Viewport => ({
  scrollTop,
  height: 440,
  rowsTop: 40,
  rowHeight: 50,
  ...overrides,
});
const none = { before: 0, after: 0 };

describe('rowWindow', () => {
  it('has nothing to render without rows', () => {
    expect(rowWindow(0, at(0), { before: 5, after: 5 })).toEqual({
      start: 0,
      end: 0,
      firstVisible: -1,
      lastVisible: -1,
    });
  });

  it('takes the rows under the header, partly shown ones included, plus the overscan each side', () => {
    expect(rowWindow(1000, at(0), none)).toEqual({ start: 0, end: 8, firstVisible: 0, lastVisible: 7 });
    // 25 px down: row 0 is half hidden under the header, row 8 half shown at the bottom.
    expect(rowWindow(1000, at(25), none)).toEqual({ start: 0, end: 9, firstVisible: 0, lastVisible: 8 });
    expect(rowWindow(1000, at(5000), { before: 2, after: 10 })).toEqual({
      start: 98,
      end: 118,
      firstVisible: 100,
      lastVisible: 107,
    });
  });

  it('clamps to the rows there are', () => {
    expect(rowWindow(5, at(0), { before: 3, after: 3 })).toEqual({
      start: 0,
      end: 5,
      firstVisible: 0,
      lastVisible: 4,
    });
    // Scrolled past the end (rows removed under the reader): the last row, not beyond.
    expect(rowWindow(10, at(100_000), { before: 2, after: 2 })).toEqual({
      start: 7,
      end: 10,
      firstVisible: 9,
      lastVisible: 9,
    });
    expect(rowWindow(10, at(-30), none).firstVisible).toBe(0);
  });

  it('assumes a few rows in view before the scroller has a size', () => {
    const window = rowWindow(1000, at(0, { height: 0 }), none);
    expect(window.lastVisible).toBe(UNMEASURED_ROWS - 1);
  });

  it('never renders more than the view and the overscan, however far down', () => {
    for (const scrollTop of [0, 1, 49, 50, 51, 123_456, 4_999_950]) {
      const { start, end } = rowWindow(100_000, at(scrollTop), { before: 2, after: 10 });
      expect(end - start).toBeLessThanOrEqual(9 + 12);
      expect(start).toBeLessThanOrEqual(Math.floor(scrollTop / 50));
    }
  });
});

describe('rowsPerPage', () => {
  it('counts the whole rows under the header', () => {
    expect(rowsPerPage(at(0))).toBe(8);
    expect(rowsPerPage(at(0, { height: 460 }))).toBe(8);
    expect(rowsPerPage(at(0, { height: 60 }))).toBe(1);
    expect(rowsPerPage(at(0, { height: 0 }))).toBe(UNMEASURED_ROWS);
  });
});

describe('scrollTopToShow', () => {
  it('leaves a row in view where it is', () => {
    expect(scrollTopToShow(0, at(0))).toBeUndefined();
    expect(scrollTopToShow(7, at(0))).toBeUndefined();
    expect(scrollTopToShow(12, at(500))).toBeUndefined();
  });

  it('scrolls the least that shows the row whole, below the header', () => {
    // Row 8 is below the view: bring its bottom to the bottom.
    expect(scrollTopToShow(8, at(0))).toBe(50);
    expect(scrollTopToShow(99, at(0))).toBe(99 * 50 + 50 - 400);
    // Row 3 is above the view (or half under the header): bring its top to just below the header.
    expect(scrollTopToShow(3, at(500))).toBe(150);
    expect(scrollTopToShow(10, at(510))).toBe(500);
  });
});
