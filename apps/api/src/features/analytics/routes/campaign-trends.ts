import { createRoute } from '@hono/zod-openapi';
import { zoneCalendar } from '../../../engine/time-zones.js';
import { findWorkspaceSettings } from '../../../engine/workspace-settings.repository.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { CampaignIdParamsSchema, findCampaign, isCampaignIdShape } from '../../campaigns/public.js';
import { formatDay } from '../calendar-days.js';
import { MAX_TREND_DAYS, TrendsQuerySchema, TrendsSchema } from '../trend-schemas.js';
import { readTrend } from '../trends.js';
import { resolveTrendRange, trendZone, unmaintainedZoneProblem } from '../trends-query.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/analytics/trends',
  tags: ['Analytics'],
  summary: "A campaign's daily or weekly trends",
  description:
    'Per local day (or ISO week) of `from`..`to`, how many leads had at least one event of each kind: ' +
    'sent, human open, human click, human reply, bounce, opt-out, machine open. Read from daily ' +
    "rollups kept for UTC and the workspace's reporting zone (`settings.timezone`, see " +
    `\`PATCH /v1/workspace\`); another \`tz\` is a 400. At most ${MAX_TREND_DAYS} days.`,
  request: { params: CampaignIdParamsSchema, query: TrendsQuerySchema },
  responses: {
    200: {
      description: 'One point per day or week, zeros included.',
      content: { 'application/json': { schema: TrendsSchema } },
    },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getCampaignTrends = createRouter().openapi(route, async (c) => {
  const { db, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const query = c.req.valid('query');
  const campaign = isCampaignIdShape(id) ? await findCampaign(db, workspaceId, id) : undefined;
  if (!campaign) throw problems.notFound('No campaign with this id in your workspace.');
  const settings = await findWorkspaceSettings(db, workspaceId);
  if (!settings) throw problems.unauthorized('The workspace of this key no longer exists.');

  const reporting = settings.timezone;
  const tz = query.tz ?? reporting;
  const zone = trendZone(tz, reporting);
  if (zone === null) throw unmaintainedZoneProblem(reporting);
  const { fromDay, toDay } = resolveTrendRange(query.from, query.to, zoneCalendar(zone).dayOf(clock.now()));
  const points = await readTrend(db, workspaceId, id, { zone, fromDay, toDay, interval: query.interval });
  return c.json(
    TrendsSchema.parse({
      points,
      interval: query.interval,
      tz,
      from: formatDay(fromDay),
      to: formatDay(toDay),
    }),
    200,
  );
});
