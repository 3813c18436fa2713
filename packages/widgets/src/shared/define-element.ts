/** Registers a tag once: a page that loads the widgets twice (two bundles, hot reload) keeps the first. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
