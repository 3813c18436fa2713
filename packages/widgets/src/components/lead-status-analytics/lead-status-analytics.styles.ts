import { css } from 'lit';

export const analyticsStyles = css`
  :host {
    display: block;
  }
  .panel {
    display: grid;
    gap: 1.25em;
  }
  h3 {
    margin: 0 0 0.6em;
    font-size: 1em;
  }
  .bars {
    display: grid;
    gap: 0.35em;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(7em, 11em) 1fr minmax(6.5em, auto);
    gap: 0.75em;
    align-items: center;
  }
  .bar .track {
    fill: var(--_surface);
  }
  .bar .fill {
    fill: var(--_badge-fg, var(--_accent));
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .share {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .rates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.75em;
    margin: 0;
  }
  .rates div {
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rates dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .rates dd {
    margin: 0.2em 0 0;
    font-size: 1.4em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
  }
  .plot-area {
    position: relative;
  }
  .y-max {
    color: var(--_muted);
    font-size: 0.75em;
  }
  .plot {
    position: relative;
    height: var(--lead-status-chart-height, 12rem);
    border-radius: var(--_radius);
  }
  .plot svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  polyline,
  line {
    fill: none;
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .series-sent {
    stroke: var(--_chart-sent);
  }
  .series-opened {
    stroke: var(--_chart-opened);
  }
  .series-replied {
    stroke: var(--_chart-replied);
  }
  .series-bounced {
    stroke: var(--_chart-bounced);
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .guide {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .tooltip {
    position: absolute;
    top: 0;
    z-index: 1;
    display: grid;
    gap: 0.1em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    font-size: 0.8125em;
    white-space: nowrap;
    transform: translateX(-50%);
    pointer-events: none;
  }
  .x-axis {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .state {
    padding: 1.5em 0;
    color: var(--_muted);
  }
  .state.error {
    color: var(--_danger);
  }
  .state p {
    margin: 0 0 0.6em;
  }
`;
