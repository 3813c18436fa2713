import { createRoute } from '@hono/zod-openapi';
import { DEFAULT_FINAL_WAIT_HOURS } from '../../../engine/step-schedule.js';
import type { DbOrTrx } from '../../../platform/db/database.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { CampaignIdParamsSchema, isCampaignIdShape } from '../../campaigns/public.js';
import { SequenceSettingsInputSchema, SequenceSettingsSchema } from '../schemas.js';
import { findFinalWaitHours, saveFinalWaitHours } from '../sequence-settings.repository.js';

async function requireCampaign(db: DbOrTrx, workspaceId: string, id: string): Promise<void> {
  const found = isCampaignIdShape(id)
    ? await db
        .selectFrom('campaigns')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!found) throw problems.notFound('No campaign with this id in your workspace.');
}

const getRoute = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/sequence',
  tags: ['Sending'],
  summary: 'A campaign’s sequence settings',
  request: { params: CampaignIdParamsSchema },
  responses: {
    200: {
      description: 'The settings (defaults included).',
      content: { 'application/json': { schema: SequenceSettingsSchema } },
    },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/campaigns/{id}/sequence',
  tags: ['Sending'],
  summary: 'Set a campaign’s sequence settings',
  description:
    '`final_wait_hours`: how long after its last step a lead that has not replied becomes Completed (the ' +
    'sweeper records `sequence_completed`). Applies to last steps sent from now on.',
  request: {
    params: CampaignIdParamsSchema,
    body: {
      required: true,
      content: {
        'application/json': { schema: SequenceSettingsInputSchema, example: { final_wait_hours: 96 } },
      },
    },
  },
  responses: {
    200: {
      description: 'The settings.',
      content: { 'application/json': { schema: SequenceSettingsSchema } },
    },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getSequenceSettings = createRouter().openapi(getRoute, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  await requireCampaign(db, workspaceId, id);
  const hours = (await findFinalWaitHours(db, workspaceId, id)) ?? DEFAULT_FINAL_WAIT_HOURS;
  return c.json(SequenceSettingsSchema.parse({ campaign_id: id, final_wait_hours: hours }), 200);
});

export const putSequenceSettings = createRouter().openapi(putRoute, async (c) => {
  const { db, writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const { final_wait_hours } = c.req.valid('json');
  // Campaigns are never deleted: one found now is still there when the writer stores the setting.
  await requireCampaign(db, workspaceId, id);
  await saveFinalWaitHours(writer, {
    workspaceId,
    campaignId: id,
    hours: final_wait_hours,
    now: clock.now(),
  });
  return c.json(SequenceSettingsSchema.parse({ campaign_id: id, final_wait_hours }), 200);
});
