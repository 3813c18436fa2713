import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { badgeStyles, renderBadge, themeStyles } from '../../theme/theme.js';

/**
 * One status as a labelled, coloured pill.
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

  /** `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected override render() {
    return this.status ? renderBadge(this.status) : html``;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lead-status-badge': LeadStatusBadge;
  }
}
