import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { afterEach, describe, expect, it } from 'vitest';
import { removeOrphanMarkers } from './orphan-markers.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** A list as the table renders its rows: one element an item, keyed, with no text around it. */
function list() {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  const show = (keys: number[]) =>
    render(
      html`<p>before</p>${repeat(
        keys,
        (key) => key,
        (key) => html`<div data-key=${key}>${key}</div>`,
      )}`,
      container,
    );
  // Less the root part's own marker, which `render()` puts first.
  const emptyComments = () =>
    [...container.childNodes].filter((node) => node instanceof Comment && node.data === '').length - 1;
  const keys = () => [...container.querySelectorAll('[data-key]')].map((node) => Number(node.textContent));
  return { container, show, emptyComments, keys };
}

describe('removeOrphanMarkers', () => {
  it('removes the end markers that repeat leaves behind (lit/lit#5298), and nothing else', () => {
    const { container, show, emptyComments, keys } = list();
    show([1, 2, 3]);
    expect(emptyComments()).toBe(6);
    for (let i = 0; i < 10; i++) {
      show([1, 2, 3]);
      show([1, 3]);
    }
    // Two markers per live item; with Lit's leak there are more. The count stays right after sweeping.
    expect(emptyComments()).toBeGreaterThanOrEqual(4);
    removeOrphanMarkers(container);
    expect(emptyComments()).toBe(4);
    expect(keys()).toEqual([1, 3]);
    expect(container.querySelector('p')?.textContent).toBe('before');
  });

  it('keeps the list working after sweeping: moves, inserts, removals, a window sliding over keys', () => {
    const { container, show, emptyComments, keys } = list();
    const element = (key: number) => container.querySelector(`[data-key="${key}"]`);
    show([1, 2, 3, 4]);
    const three = element(3);
    for (const next of [[4, 3, 2, 1], [3, 9], [7, 3, 8], [], [3], [1, 2, 3, 4, 5]]) {
      show(next);
      removeOrphanMarkers(container);
      expect(keys()).toEqual(next);
      expect(emptyComments()).toBe(2 * next.length);
    }
    // A window sliding down a long list, as the table scrolls: bounded, and keyed rows keep their element.
    for (let first = 0; first < 500; first += 7) {
      show(Array.from({ length: 20 }, (_, i) => first + i));
      removeOrphanMarkers(container);
    }
    expect(keys()).toEqual(Array.from({ length: 20 }, (_, i) => 497 + i));
    expect(emptyComments()).toBe(40);
    show([3, 4]);
    const again = element(3);
    show([2, 3, 4]);
    expect(element(3)).toBe(again);
    expect(three).not.toBe(again);
  });
});
