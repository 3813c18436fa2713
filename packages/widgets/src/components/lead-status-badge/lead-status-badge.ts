import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localeOf } from '../../shared/format.js';
import { pauseReason } from '../../shared/pause.js';
import { badgeStyles, renderBadge, themeStyles } from '../../theme/theme.js';

/**
 * One status as a labelled, coloured pill; a paused lead's with why it is paused.
 *
 * @summary A lead status badge: the label in the status's colours.
 * @tagname lead-status-badge
 * @csspart badge - The pill.
 * @cssproperty --lead-status-engaged-bg - Background of the Engaged badge (likewise `--lead-status-<status>-bg` and `-fg` for `not-contacted`, `sent`, `replied`, `bounced`, `unsubscribed`, `completed`, `paused`).
 * @cssproperty --lead-status-engaged-fg - Text colour of the Engaged badge.
 */
export class LeadStatusBadge extends LitElement {
  static override styles = [themeStyles, badgeStyles];

  /** The API value: `not_contacted`, `sent`, `engaged`, `replied`, `bounced`, `unsubscribed`, `completed` or `paused`. */
  @property({ reflect: true }) status = '';

  /**
   * The API's `status_reason`. A paused lead shows it: `out_of_office` ("Paused · out of office until
   * 15 Dec"), `company_replied` ("Paused · company replied") or `manual` ("Paused · by hand").
   */
  @property({ reflect: true }) reason?: string;

  /** The API's `paused_until` (an ISO timestamp): shown as a short date in the page's language. */
  @property({ attribute: 'paused-until', reflect: true }) pausedUntil?: string;

  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected override render() {
    if (!this.status) return html``;
    const detail =
      this.status === 'paused'
        ? pauseReason(this.reason, this.pausedUntil, { now: Date.now(), locale: localeOf(this) })
        : '';
    return renderBadge(this.status, detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-badge': LeadStatusBadge;
  }
}
