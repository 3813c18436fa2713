/**
 * Works around lit/lit#5298 (open; since lit-html 3.3.1, lit/lit#4975): `repeat` removes an item with
 * `removePart()`, which takes out the item's start marker and content but leaves its end marker, an
 * empty comment. A windowed list removes rows at one edge on every scroll, so those comments pile up
 * in its container without bound (thousands after a few thousand rows), and every style recalc,
 * and @lit-labs/virtualizer's walk over its children, gets slower the further one scrolls.
 *
 * `container` must hold a `repeat` whose items each render exactly one element with no text around
 * it. Then every live marker sits next to its element (an item is `<!---->` element `<!---->`), and
 * an empty comment with no element on either side belongs to no live item: it is removed. Other
 * nodes, including Lit's binding markers (`<!--?lit$…$-->`, not empty), are left alone. Once Lit
 * fixes the leak this finds nothing.
 *
 * Returns how many were removed.
 */
export function removeOrphanMarkers(container: Node): number {
  let removed = 0;
  let node = container.firstChild;
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    if (
      node.nodeType === Node.COMMENT_NODE &&
      (node as Comment).data === '' &&
      node.previousSibling?.nodeType !== Node.ELEMENT_NODE &&
      next?.nodeType !== Node.ELEMENT_NODE
    ) {
      node.parentNode?.removeChild(node);
      removed++;
    }
    node = next;
  }
  return removed;
}
