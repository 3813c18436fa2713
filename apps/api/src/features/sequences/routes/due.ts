import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { CampaignIdParamsSchema, isCampaignIdShape } from '../../campaigns/public.js';
import { findDueEnrollments } from '../due.repository.js';
import { DueListSchema, DueQuerySchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/campaigns/{id}/due',
  tags: ['Sending'],
  summary: 'Leads whose next step is due now',
  description:
    'For a sending engine: the campaign’s enrollments whose next step is due (most overdue first), with the step to ' +
    'send. Step 1 is due its `delay_hours` after enrollment; each next step its `delay_hours` after the previous ' +
    'step was reported sent (`POST /v1/messages`). Never lists replied, bounced, unsubscribed, completed or paused ' +
    'leads, nor leads past their last step. Report each send with `POST /v1/messages`: it moves the lead off this list.',
  request: { params: CampaignIdParamsSchema, query: DueQuerySchema },
  responses: {
    200: { description: 'The due enrollments.', content: { 'application/json': { schema: DueListSchema } } },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getDue = createRouter().openapi(route, async (c) => {
  const { db, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const { limit } = c.req.valid('query');
  const campaign = isCampaignIdShape(id)
    ? await db
        .selectFrom('campaigns')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!campaign) throw problems.notFound('No campaign with this id in your workspace.');
  const due = await findDueEnrollments(db, workspaceId, id, clock.now(), limit);
  const body = DueListSchema.parse({
    data: due.map((d) => ({
      enrollment_id: d.enrollmentId,
      lead: {
        id: d.leadId,
        email: d.email,
        first_name: d.firstName,
        last_name: d.lastName,
        company: d.company,
      },
      status: d.status,
      due_at: new Date(d.dueAt).toISOString(),
      step: d.step,
    })),
  });
  return c.json(body, 200);
});
