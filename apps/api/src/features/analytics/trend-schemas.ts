import { z } from '@hono/zod-openapi';
import { isTimeZone } from '../../engine/time-zones.js';
import { TREND_METRICS, type TrendMetric } from '../../engine/trend-metrics.js';
import { TIME_ZONE_MESSAGE } from '../../engine/workspace-settings.js';
import { dateProblem } from './calendar-days.js';

/** The longest range a trend covers, in days (both ends included). */
export const MAX_TREND_DAYS = 400;
/** The range when `from` is not given: 30 days ending on `to`. */
export const DEFAULT_TREND_DAYS = 30;

const DateQuerySchema = (description: string, example: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const problem = dateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .openapi({ description, example, format: 'date' });

export const TrendsQuerySchema = z.object({
  from: DateQuerySchema(
    `First local day (included). Default: ${DEFAULT_TREND_DAYS - 1} days before \`to\`.`,
    '2026-11-01',
  ),
  to: DateQuerySchema('Last local day (included). Default: today in `tz`.', '2026-11-30'),
  interval: z.enum(['day', 'week']).default('day').openapi({
    description:
      'One point per day, or per ISO week (Monday to Sunday, clipped to the range): a week point is the sum of its daily counts.',
    example: 'day',
  }),
  tz: z.string().refine(isTimeZone, TIME_ZONE_MESSAGE).optional().openapi({
    description:
      "IANA zone whose local days the points follow: `UTC` or the workspace's reporting zone (its `settings.timezone`, the default).",
    example: 'Europe/Paris',
  }),
});

const count = (description: string) => z.number().int().min(0).openapi({ description, example: 12 });

const METRIC_DESCRIPTIONS: Record<TrendMetric, string> = {
  sent: 'Leads with at least one `sent` event.',
  opened: 'Leads with at least one human open.',
  clicked: 'Leads with at least one human click.',
  replied: 'Leads with at least one human reply (auto-replies excluded).',
  bounced: 'Leads with at least one `bounced` (hard or soft), `rejected` or `blocked` event.',
  unsubscribed: 'Leads with at least one `unsubscribed` or `complained` event.',
  machine_opened: 'Leads with at least one machine-made open (scanners, privacy proxies).',
};

export const TrendPointSchema = z
  .object({
    date: z.string().openapi({
      format: 'date',
      description: 'The local day, or the first day of the week within the range.',
      example: '2026-11-02',
    }),
    ...(Object.fromEntries(
      TREND_METRICS.map((m) => [m, count(`${METRIC_DESCRIPTIONS[m]} Counted per day.`)]),
    ) as Record<TrendMetric, z.ZodNumber>),
  })
  .openapi('TrendPoint');

const EXAMPLE_POINT = {
  sent: 140,
  opened: 52,
  clicked: 9,
  replied: 6,
  bounced: 3,
  unsubscribed: 1,
  machine_opened: 31,
};

export const TrendsSchema = z
  .object({
    points: z.array(TrendPointSchema),
    interval: z.enum(['day', 'week']),
    tz: z.string().openapi({ example: 'Europe/Paris' }),
    from: z.string().openapi({ format: 'date', example: '2026-11-02' }),
    to: z.string().openapi({ format: 'date', example: '2026-11-03' }),
  })
  .openapi('Trends', {
    description: 'Unique leads per local day (or the sum of those per week), zeros included.',
    example: {
      points: [
        { date: '2026-11-02', ...EXAMPLE_POINT },
        { date: '2026-11-03', ...EXAMPLE_POINT, sent: 0, replied: 2 },
      ],
      interval: 'day',
      tz: 'Europe/Paris',
      from: '2026-11-02',
      to: '2026-11-03',
    },
  });
