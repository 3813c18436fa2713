import { createRoute, z } from '@hono/zod-openapi';
import { isLabelKey } from '@leadstatus/core';
import { setLabelsCommand } from '../../../engine/labels.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { requireCampaign } from '../../campaigns/public.js';
import { isLeadIdShape } from '../../leads/public.js';
import { ListRowSchema, labelInfos, listRowsByIds } from '../../lists/public.js';

const SetLabelSchema = z
  .object({
    label: z.string().max(64).nullable().openapi({
      description: 'A label key (`GET /v1/labels`), or null to clear it.',
      example: 'meeting_booked',
    }),
  })
  .openapi('SetLabel');

const route = createRoute({
  method: 'put',
  path: '/v1/campaigns/{id}/leads/{lead_id}/label',
  tags: ['Labels'],
  summary: 'Set, change or clear the outcome label of a lead in a campaign',
  description:
    'A label says what came of the lead, beside its status (a Replied lead can be Meeting booked). Every change ' +
    'is recorded in the lead’s label history; setting the label it has already changes nothing.',
  request: {
    params: z.object({
      id: z.string().max(64).openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
      lead_id: z.string().max(64).openapi({ example: 'lead_01JDQ7X3M6V1W8A2B4C6D8E0F3' }),
    }),
    body: { required: true, content: { 'application/json': { schema: SetLabelSchema } } },
  },
  responses: {
    200: {
      description: 'The enrollment, as a list row.',
      content: { 'application/json': { schema: ListRowSchema } },
    },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const setLabel = createRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id: campaignId, lead_id: leadId } = c.req.valid('param');
  const { label } = c.req.valid('json');
  await requireCampaign(services.db, workspaceId, campaignId);
  const notEnrolled = () => problems.notFound(`Lead ${leadId} is not enrolled in campaign ${campaignId}.`);
  // Not queried: MySQL refuses to compare non-ASCII text with the ASCII id column.
  if (!isLeadIdShape(leadId)) throw notEnrolled();
  if (
    label !== null &&
    !(isLabelKey(label) && (await labelInfos(services.db, workspaceId, [label])).has(label))
  ) {
    const message = 'Must be the key of one of your labels (GET /v1/labels), or null';
    throw problems.validation(`body.label: ${message}`, [{ path: 'body.label', message }]);
  }
  const enrollment = await services.db
    .selectFrom('enrollments')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('lead_id', '=', leadId)
    .executeTakeFirst();
  if (!enrollment) throw notEnrolled();
  await services.writer.run(setLabelsCommand, {
    workspaceId,
    now: services.clock.now(),
    changes: [{ enrollmentId: enrollment.id, label }],
    source: 'api',
  });
  const [row] = await listRowsByIds(services.db, workspaceId, [enrollment.id]);
  if (!row) throw notEnrolled();
  return c.json(ListRowSchema.parse(row), 200);
});
