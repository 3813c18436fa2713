import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { requireCampaign } from '../../campaigns/public.js';
import { isLeadIdShape } from '../../leads/public.js';
import { ListRowSchema, listRowsByIds } from '../../lists/public.js';
import { type PauseAction, setPaused } from '../pause.js';

function pauseOneRoute(action: PauseAction) {
  return createRoute({
    method: 'post',
    path: `/v1/campaigns/{id}/leads/{lead_id}/${action}`,
    tags: ['Enrollments'],
    summary: action === 'pause' ? 'Pause a lead in a campaign' : 'Resume a paused lead',
    description:
      action === 'pause'
        ? 'Allowed when the lead is Not Contacted, Sent or Engaged (else 409). While paused no step is due; ' +
          'events still count, and a reply, bounce or unsubscribe ends the pause at once.'
        : 'Allowed when the lead is Paused (else 409). The lead shows what happened meanwhile, e.g. Engaged if it opened.',
    request: {
      params: z.object({
        id: z.string().max(64).openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
        lead_id: z.string().max(64).openapi({ example: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3' }),
      }),
    },
    responses: {
      200: {
        description: 'The enrollment, as a list row.',
        content: { 'application/json': { schema: ListRowSchema } },
      },
      ...problemResponses(404, 409, ...AUTHENTICATED_PROBLEMS),
    },
  });
}

function pauseOneRouter(action: PauseAction) {
  return createRouter().openapi(pauseOneRoute(action), async (c) => {
    const services = c.get('services');
    const { workspaceId } = c.get('caller');
    const { id: campaignId, lead_id: leadId } = c.req.valid('param');
    await requireCampaign(services.db, workspaceId, campaignId);
    // Not queried: MySQL refuses to compare non-ASCII text with the ASCII id column.
    if (!isLeadIdShape(leadId))
      throw problems.notFound(`Lead ${leadId} is not enrolled in campaign ${campaignId}.`);
    const outcome = await setPaused(services, workspaceId, campaignId, { leadIds: [leadId] }, action);
    if (outcome.notFound.length > 0)
      throw problems.notFound(`Lead ${leadId} is not enrolled in campaign ${campaignId}.`);
    const refused = outcome.notAllowed[0];
    if (refused) throw problems.conflict(refused.message);
    const [row] = await listRowsByIds(services.db, workspaceId, outcome.changed);
    if (!row) throw problems.notFound(`Lead ${leadId} is not enrolled in campaign ${campaignId}.`);
    return c.json(ListRowSchema.parse(row), 200);
  });
}

export const pauseOne = pauseOneRouter('pause');
export const resumeOne = pauseOneRouter('resume');
