import type { Schemas } from '@leadstatus/sdk';
import { html, nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { count, shortDate } from '../../shared/format.js';

type TrendPoint = Schemas['TrendPoint'];

/**
 * The lines drawn. "Engaged" is drawn from `opened` (leads with a human open that day): the trends
 * count opens and clicks apart, and adding them would count a lead that did both twice.
 */
export const SERIES = [
  { key: 'sent', label: 'Sent', dash: '' },
  { key: 'opened', label: 'Engaged (opened)', dash: '7 4' },
  { key: 'replied', label: 'Replied', dash: '2 3' },
  { key: 'bounced', label: 'Bounced', dash: '9 3 2 3' },
] as const satisfies readonly { key: keyof TrendPoint; label: string; dash: string }[];

/** The SVG's user space (the viewBox below); it stretches to the element's width. */
const WIDTH = 600;
const HEIGHT = 200;

export interface TrendChartOptions {
  points: TrendPoint[];
  active: number | undefined;
  locale: string | undefined;
  onActive(index: number | undefined): void;
}

function xOf(index: number, length: number): number {
  return length <= 1 ? WIDTH / 2 : (index / (length - 1)) * WIDTH;
}

/** A readable upper bound for the axis: 1, 2, 5 × 10^n. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function tooltipText(point: TrendPoint, locale?: string): string {
  return `${shortDate(point.date, locale)}: ${SERIES.map((s) => `${s.label} ${count(point[s.key], locale)}`).join(', ')}`;
}

export function renderTrendChart({ points, active, locale, onActive }: TrendChartOptions) {
  const max = niceMax(Math.max(0, ...points.flatMap((p) => SERIES.map((s) => p[s.key]))));
  const yOf = (value: number) => HEIGHT - (value / max) * (HEIGHT - 8);
  const last = points.length - 1;
  const activePoint = active === undefined ? undefined : points[active];

  const onPointer = (event: PointerEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (box.width === 0 || last < 0) return;
    onActive(Math.round(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * last));
  };
  const onKey = (event: KeyboardEvent) => {
    const current = active ?? last;
    const next: Record<string, number> = {
      ArrowLeft: Math.max(0, current - 1),
      ArrowRight: Math.min(last, current + 1),
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onActive(target);
  };

  return html`
    <ul class="legend" aria-hidden="true">
      ${SERIES.map(
        (s) => html`<li>
          <svg width="28" height="10" focusable="false">
            ${svg`<line class="series-${s.key}" x1="1" y1="5" x2="27" y2="5" stroke-dasharray=${s.dash}></line>`}
          </svg>
          ${s.label}
        </li>`,
      )}
    </ul>
    <div class="plot-area">
      <span class="y-max" aria-hidden="true">${count(max, locale)}</span>
      <div
        class="plot"
        part="trend-plot"
        tabindex="0"
        role="group"
        aria-label="Daily activity chart: use the left and right arrow keys to read each day."
        @pointermove=${onPointer}
        @pointerleave=${() => onActive(undefined)}
        @focus=${() => onActive(active ?? last)}
        @blur=${() => onActive(undefined)}
        @keydown=${onKey}
      >
        <svg viewBox="0 0 600 200" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${svg`
            <line class="axis" x1="0" y1=${HEIGHT} x2=${WIDTH} y2=${HEIGHT}></line>
            ${SERIES.map(
              (s) =>
                svg`<polyline class="series-${s.key}" stroke-dasharray=${s.dash}
                  points=${points.map((p, i) => `${xOf(i, points.length).toFixed(1)},${yOf(p[s.key]).toFixed(1)}`).join(' ')}></polyline>`,
            )}
            ${
              activePoint && active !== undefined
                ? svg`<line class="guide" x1=${xOf(active, points.length)} y1="0" x2=${xOf(active, points.length)} y2=${HEIGHT}></line>`
                : nothing
            }
          `}
        </svg>
        ${
          activePoint && active !== undefined
            ? html`<div
              class="tooltip"
              part="tooltip"
              role="status"
              style=${styleMap({ left: `${((xOf(active, points.length) / WIDTH) * 100).toFixed(2)}%` })}
            >
              <strong>${shortDate(activePoint.date, locale)}</strong>
              ${SERIES.map((s) => html`<span>${s.label}: ${count(activePoint[s.key], locale)}</span> `)}
            </div>`
            : nothing
        }
      </div>
      <div class="x-axis" aria-hidden="true">
        <span>${points[0] ? shortDate(points[0].date, locale) : ''}</span>
        <span>${points[last] ? shortDate(points[last].date, locale) : ''}</span>
      </div>
    </div>
    <table class="visually-hidden">
      <caption>
        Daily activity: leads per day
      </caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          ${SERIES.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${points.map(
          (p) => html`<tr>
            <th scope="row">${shortDate(p.date, locale)}</th>
            ${SERIES.map((s) => html`<td>${count(p[s.key], locale)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}
