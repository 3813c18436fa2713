import { createRoute, z } from '@hono/zod-openapi';
import { STATUSES } from '@leadstatus/core';
import { idSchema } from '../../../platform/http/common-schemas.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { requireCampaign } from '../../campaigns/public.js';
import { type PauseAction, setPaused } from '../pause.js';

const BodySchema = z
  .object({
    lead_ids: z.array(idSchema('lead')).min(1).max(1000).optional(),
    filter: z
      .object({ status: z.array(z.enum(STATUSES)).min(1).max(STATUSES.length) })
      .optional()
      .openapi({ description: 'Every lead of this campaign in one of these statuses.' }),
  })
  .refine((b) => (b.lead_ids === undefined) !== (b.filter === undefined), {
    message: 'Give exactly one of lead_ids or filter',
    path: ['lead_ids'],
  })
  .openapi('BulkPauseRequest');

const ResultSchema = z
  .object({
    changed: z.number().int(),
    not_allowed: z
      .number()
      .int()
      .openapi({ description: 'Leads whose status does not allow it (left as they are).' }),
    not_found: z.number().int().openapi({ description: 'Lead ids not enrolled in this campaign.' }),
    enrollment_ids: z.array(idSchema('enr')).openapi({ description: 'The enrollments that changed.' }),
  })
  .openapi('BulkPauseResult');

function pauseManyRouter(action: PauseAction) {
  const route = createRoute({
    method: 'post',
    path: `/v1/campaigns/{id}/leads/${action}`,
    tags: ['Enrollments'],
    summary: action === 'pause' ? 'Pause many leads of a campaign' : 'Resume many paused leads of a campaign',
    description: `By lead ids or by status filter; reports how many changed and how many were not allowed. All in one transaction.`,
    request: {
      params: z.object({ id: z.string().max(64) }),
      body: {
        required: true,
        content: {
          'application/json': { schema: BodySchema, example: { filter: { status: ['sent', 'engaged'] } } },
        },
      },
    },
    responses: {
      200: { description: 'What changed.', content: { 'application/json': { schema: ResultSchema } } },
      ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
    },
  });
  return createRouter().openapi(route, async (c) => {
    const services = c.get('services');
    const { workspaceId } = c.get('caller');
    const campaignId = c.req.valid('param').id;
    const body = c.req.valid('json');
    await requireCampaign(services.db, workspaceId, campaignId);
    const target = body.lead_ids ? { leadIds: body.lead_ids } : { statuses: body.filter?.status ?? [] };
    const outcome = await setPaused(services, workspaceId, campaignId, target, action);
    return c.json(
      ResultSchema.parse({
        changed: outcome.changed.length,
        not_allowed: outcome.notAllowed.length,
        not_found: outcome.notFound.length,
        enrollment_ids: outcome.changed,
      }),
      200,
    );
  });
}

export const pauseMany = pauseManyRouter('pause');
export const resumeMany = pauseManyRouter('resume');
