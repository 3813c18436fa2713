import { css } from 'lit';

export const filterStyles = css`
  :host {
    display: block;
  }
  [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_surface);
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_badge-fg, var(--_accent));
    background: var(--_badge-bg, var(--_surface));
    color: var(--_badge-fg, var(--_fg));
    font-weight: 600;
  }
  /* The pressed state is shown by a check mark and weight too, not by colour alone. */
  .check {
    display: none;
  }
  .chip[aria-pressed='true'] .check {
    display: inline;
  }
  .swatch {
    width: 0.7em;
    height: 0.7em;
    border: 1px solid var(--_badge-fg, var(--_border));
    border-radius: 50%;
    background: var(--_badge-bg, transparent);
  }
  .chip[aria-pressed='true'] .swatch {
    display: none;
  }
  .count {
    min-width: 1.5em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .chip[aria-pressed='true'] .count {
    color: inherit;
  }
`;
