import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeStatuses, type Status, sameStatuses } from '../../shared/statuses.js';

/** What a table follows: a `<lead-status-filter>`, or anything with `statuses` that fires the same event. */
export type FilterLike = HTMLElement & { statuses?: readonly string[] };

interface Host extends ReactiveControllerHost, HTMLElement {
  filter?: string | undefined;
  filterElement?: FilterLike | null | undefined;
}

const CHANGE = 'lead-status-filter-change';

/**
 * Finds the filter a table follows (its `filterElement`, else the element whose id is `filter` in the
 * same document or shadow root) and keeps its selection in `statuses`, asking the host to update when
 * it changes.
 */
export class FilterFollower implements ReactiveController {
  /** The followed filter's selection; undefined when the table follows none. */
  statuses: Status[] | undefined;
  /** The filter element exists but is not upgraded yet, so its selection is unknown. */
  waiting = false;

  #host: Host;
  #element: FilterLike | undefined;
  #root: Document | ShadowRoot | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get following(): boolean {
    return this.#element !== undefined;
  }

  hostConnected(): void {
    this.#root = this.#host.getRootNode() as Document | ShadowRoot;
    this.#root.addEventListener(CHANGE, this.#onAnyChange);
    this.resolve();
  }

  hostDisconnected(): void {
    this.#root?.removeEventListener(CHANGE, this.#onAnyChange);
    this.#root = undefined;
    this.#follow(undefined);
  }

  /** Looks the filter up again (after `filter` or `filterElement` changed). */
  resolve(): void {
    if (!this.#root) return;
    const { filter, filterElement } = this.#host;
    const found = filterElement ?? (filter ? this.#root.getElementById?.(filter) : null);
    this.#follow((found as FilterLike | null) ?? undefined);
  }

  /** A filter that appeared after the table connected is found by its id when it first speaks. */
  #onAnyChange = (event: Event): void => {
    const target = event.target as FilterLike | null;
    if (!this.#element && this.#host.filter && target?.id === this.#host.filter) this.resolve();
  };

  #onChange = (event: Event): void => {
    const detail = (event as CustomEvent<{ statuses?: readonly string[] }>).detail;
    this.#set(normalizeStatuses(detail?.statuses ?? this.#element?.statuses));
  };

  #set(statuses: Status[] | undefined): void {
    const same =
      statuses === this.statuses ||
      (statuses !== undefined && this.statuses !== undefined && sameStatuses(statuses, this.statuses));
    this.statuses = statuses;
    if (!same) this.#host.requestUpdate();
  }

  #follow(element: FilterLike | undefined): void {
    if (element === this.#element) return;
    this.#element?.removeEventListener(CHANGE, this.#onChange);
    this.#element = element;
    this.waiting = false;
    if (!element) {
      this.#set(undefined);
      return;
    }
    element.addEventListener(CHANGE, this.#onChange);
    const tag = element.localName;
    if (!tag.includes('-') || customElements.get(tag)) {
      this.#set(normalizeStatuses(element.statuses));
      return;
    }
    // Defined later on the page (the table's module ran first): read the selection once it is.
    this.waiting = true;
    void customElements.whenDefined(tag).then(() => {
      if (this.#element !== element) return;
      this.waiting = false;
      this.#set(normalizeStatuses(element.statuses));
      this.#host.requestUpdate();
    });
  }
}
