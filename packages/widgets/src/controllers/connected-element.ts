import type { StatusChange, TokenProvider } from '@leadstatus/sdk';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LeadStatusErrorEvent } from '../events/events.js';
import { describeError, type WidgetError } from '../shared/errors.js';
import { clientFor, type WidgetClient } from './client.js';
import { watchStatusChanges } from './status-stream.js';

/** Properties whose change means "talk to another API, as someone else, or about another campaign". */
const SOURCE_KEYS = ['apiBase', 'token', 'tokenProvider', 'client', 'campaignId'] as const;

/**
 * The configuration every data widget shares: where the API is, how to authenticate, which campaign,
 * and the theme. Subclasses load in `load()` and hear status changes in `statusChanged()`.
 */
export abstract class LeadStatusConnectedElement extends LitElement {
  /** The API's origin, e.g. `https://api.leadstatus.example` (a relative URL resolves against the page). */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** An embed token minted by your backend (`POST /v1/embed-tokens`). Never a secret API key. */
  @property() token?: string;

  /** One campaign's leads (the Campaign -> Leads view); without it, the whole workspace (the Leads tab). */
  @property({ attribute: 'campaign-id' }) campaignId?: string;

  /**
   * Returns an embed token; called before requests and, after a 401 (expired), with `forceRefresh: true`.
   * Wins over `token`.
   */
  @property({ attribute: false }) tokenProvider?: TokenProvider;

  /** An SDK client (`createLeadStatusClient(...)`) to use instead of `api-base` and `token`. */
  @property({ attribute: false }) client?: WidgetClient;

  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  #unwatch: (() => void) | undefined;
  #started = false;
  #watching: { client: WidgetClient; campaignId: string | undefined } | undefined;

  /** The client in use, or undefined while `api-base` and a token (or `client`) are missing. */
  protected get api(): WidgetClient | undefined {
    return (
      this.client ??
      clientFor({ apiBase: this.apiBase, token: this.token, tokenProvider: this.tokenProvider })
    );
  }

  /** Whether this element wants the status-change stream (e.g. not the badge). */
  protected get live(): boolean {
    return true;
  }

  /** Loads (again) from the start: called when the source changes, and by Retry. */
  protected abstract load(): void;

  /** A change heard on the stream, for this element's campaign (or any, without `campaign-id`). */
  protected statusChanged(_change: StatusChange): void {}

  /** Whether anything of what `load()` reads changed; subclasses add their own keys. */
  protected shouldReload(changed: PropertyValues<this>): boolean {
    return SOURCE_KEYS.some((key) => changed.has(key));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: listen again (the first connection starts listening in `updated`).
    if (this.hasUpdated) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#watching = undefined;
  }

  /** Loads before rendering, so the loading state and the first render are one update. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#started || this.shouldReload(changed)) {
      this.#started = true;
      this.load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (SOURCE_KEYS.some((key) => changed.has(key))) this.#watch();
  }

  #watch(): void {
    const client = this.live ? this.api : undefined;
    const campaignId = this.campaignId || undefined;
    if (this.#watching?.client === client && this.#watching?.campaignId === campaignId) return;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#watching = undefined;
    if (!client || !this.isConnected) return;
    this.#watching = { client, campaignId };
    this.#unwatch = watchStatusChanges(client, campaignId, (change) => this.statusChanged(change));
  }

  /** Turns a failure into what the widget shows, and tells the page. */
  protected reportError(error: unknown): WidgetError {
    const described = describeError(error);
    this.dispatchEvent(new LeadStatusErrorEvent(described));
    return described;
  }
}
