import type { ZoneCalendar } from './time-zones.js';
import { TREND_METRICS, type TrendEventKind, type TrendMetric, trendMetricOf } from './trend-metrics.js';

/** An event as the rollups see it. */
export interface TrendEvent extends TrendEventKind {
  enrollmentId: string;
  campaignId: string;
  occurredAt: number;
}

/** A change to one daily rollup cell. */
export interface DailyDelta {
  campaignId: string;
  zone: string;
  day: number;
  metric: TrendMetric;
  delta: number;
}

const METRIC_INDEX = Object.fromEntries(TREND_METRICS.map((m, i) => [m, i])) as Record<TrendMetric, number>;
/** Zones per tally: UTC and the reporting zone, with room to spare. */
const MAX_ZONES = 4;

/**
 * (day, metric, zone) as one number: `day * 32 + metric * 4 + zone`, unique because the last two
 * digits stay below 32. Numbers instead of strings keep the ingest path's work small.
 */
const pack = (day: number, metric: number, zone: number) => day * 32 + metric * MAX_ZONES + zone;

/**
 * Counts each (enrollment, metric, local day) once per zone: the first event of a kind on a day
 * counts, later ones of the same enrollment that day do not. `mark` records events that already
 * counted (stored ones) so that only new (enrollment, metric, day) triples move a total.
 */
export class DailyTally {
  /** Per enrollment, the packed cells it has counted in. */
  private readonly seen = new Map<string, number[]>();
  /** Per campaign, packed cell -> delta. */
  private readonly totals = new Map<string, Map<number, number>>();

  constructor(
    private readonly calendars: readonly ZoneCalendar[],
    private readonly sign: 1 | -1 = 1,
  ) {
    if (calendars.length > MAX_ZONES) throw new RangeError(`at most ${MAX_ZONES} zones`);
  }

  /** Records the event's cells for its enrollment, calling `onNew` for each it had not counted in yet. */
  private visit(event: TrendEvent, onNew: (cell: number) => void): void {
    const metric = trendMetricOf(event);
    if (metric === null) return;
    let cells = this.seen.get(event.enrollmentId);
    if (!cells) {
      cells = [];
      this.seen.set(event.enrollmentId, cells);
    }
    for (let z = 0; z < this.calendars.length; z++) {
      const cell = pack((this.calendars[z] as ZoneCalendar).dayOf(event.occurredAt), METRIC_INDEX[metric], z);
      if (cells.includes(cell)) continue;
      cells.push(cell);
      onNew(cell);
    }
  }

  mark(event: TrendEvent): void {
    this.visit(event, () => {});
  }

  add(event: TrendEvent): void {
    this.visit(event, (cell) => {
      let perCampaign = this.totals.get(event.campaignId);
      if (!perCampaign) {
        perCampaign = new Map();
        this.totals.set(event.campaignId, perCampaign);
      }
      perCampaign.set(cell, (perCampaign.get(cell) ?? 0) + this.sign);
    });
  }

  /** Forgets which triples were seen, to bound memory once every event of those enrollments was added. */
  forgetSeen(): void {
    this.seen.clear();
  }

  deltas(): DailyDelta[] {
    const deltas: DailyDelta[] = [];
    for (const [campaignId, cells] of this.totals) {
      for (const [cell, delta] of cells) {
        const low = ((cell % 32) + 32) % 32;
        deltas.push({
          campaignId,
          zone: (this.calendars[low % MAX_ZONES] as ZoneCalendar).zone,
          day: (cell - low) / 32,
          metric: TREND_METRICS[Math.floor(low / MAX_ZONES)] as TrendMetric,
          delta,
        });
      }
    }
    return deltas;
  }
}
