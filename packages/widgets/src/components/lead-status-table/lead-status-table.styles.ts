import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: var(--lead-status-table-height, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
    --_row-height: 3.25em;
    --_head-height: 2.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    padding: 0.5em 0.75em;
    border-bottom: 1px solid var(--_border);
  }
  .summary {
    flex: 1;
    color: var(--_muted);
  }
  .scroller {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: auto;
    scroll-padding-top: var(--_head-height);
  }
  [role='grid'] {
    min-width: var(--_min-width);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .head-row,
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  .head-row {
    min-height: var(--_head-height);
    font-weight: 600;
  }
  /* Windowed (see lead-status-table.ts): as tall as all loaded rows; the rendered ones are placed in it. */
  .body {
    position: relative;
    height: calc(var(--_rows, 0) * var(--_row-height));
    contain: strict;
  }
  .row {
    position: absolute;
    top: 0;
    left: 0;
    box-sizing: border-box;
    width: 100%;
    height: var(--_row-height);
    transform: translateY(calc(var(--_index, 0) * var(--_row-height)));
    contain: strict;
    border-bottom: 1px solid var(--_border);
    cursor: pointer;
  }
  /* The row height in px, for the arithmetic of which rows are in view. */
  .row-probe {
    position: absolute;
    top: 0;
    left: 0;
    width: 0;
    height: var(--_row-height);
    visibility: hidden;
    pointer-events: none;
  }
  .row:hover {
    background: var(--_surface);
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }
  [role='gridcell'],
  [role='columnheader'] {
    min-width: 0;
    padding: 0.25em 0.75em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [role='columnheader'] button {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    max-width: 100%;
    padding: 0.2em 0.3em;
    margin: 0 -0.3em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-weight: inherit;
    cursor: pointer;
  }
  [role='columnheader'] button:hover {
    background: var(--_bg);
  }
  .arrow {
    color: var(--_accent);
  }
  .lead .name,
  .lead .email {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .lead .email,
  .none {
    color: var(--_muted);
  }
  .lead .email {
    font-size: 0.875em;
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 0.75em;
    padding: 2.5em 1em;
    color: var(--_muted);
    text-align: center;
  }
  .state p {
    margin: 0;
  }
  .state.error {
    color: var(--_danger);
  }
  .more {
    padding: 0.75em;
    color: var(--_muted);
    text-align: center;
  }
  .error-text {
    color: var(--_danger);
  }
`;
