/**
 * Where a key moves the focus in a grid of `count` rows, from row `index`, with `pageRows` rows in view;
 * undefined for keys that do not move it.
 */
export function targetRow(key: string, index: number, count: number, pageRows: number): number | undefined {
  const last = count - 1;
  const page = Math.max(1, pageRows - 1);
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(last, index + page);
    case 'PageUp':
      return Math.max(0, index - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
