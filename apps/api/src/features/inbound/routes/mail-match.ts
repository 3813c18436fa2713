import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { isIdShape } from '../../../platform/ids.js';
import { isCampaignIdShape } from '../../campaigns/public.js';
import { receivedMailJson } from '../mail/inbound-json.js';
import { findInboundMessage } from '../mail/inbound-messages.repository.js';
import { readKindOf } from '../mail/read-kind.js';
import { recordReadMail, workspaceZone } from '../mail/receive-mail.js';
import {
  InboundIdParamsSchema,
  isInboundIdShape,
  ManualMatchSchema,
  ReceivedMailSchema,
} from '../mail/schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/inbound/messages/{id}/match',
  tags: ['Inbound mail'],
  summary: 'Match an unmatched mail to a lead in a campaign, by hand',
  description:
    'For mail the triage list shows (`matched=false`): records its effect on the lead’s enrollment in the campaign, ' +
    'as if it had been matched when it came in. A mail matched already answers 409.',
  request: {
    params: InboundIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ManualMatchSchema } } },
  },
  responses: {
    200: {
      description: 'Matched and recorded.',
      content: { 'application/json': { schema: ReceivedMailSchema } },
    },
    ...problemResponses(400, 404, 409, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

const ALREADY = 'This mail is matched already; only unmatched mail can be matched by hand.';

export const matchMailRoute = createRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const { lead_id: leadId, campaign_id: campaignId } = c.req.valid('json');
  const row = isInboundIdShape(id) ? await findInboundMessage(services.db, workspaceId, id) : undefined;
  if (!row) throw problems.notFound('No inbound mail with this id in your workspace.');
  if (row.enrollment_id !== null) throw problems.conflict(ALREADY);
  const enrollment = !(isIdShape(leadId, 'lead') && isCampaignIdShape(campaignId))
    ? undefined
    : await services.db
        .selectFrom('enrollments')
        .select(['id', 'lead_id', 'campaign_id'])
        .where('workspace_id', '=', workspaceId)
        .where('lead_id', '=', leadId)
        .where('campaign_id', '=', campaignId)
        .executeTakeFirst();
  if (!enrollment) throw problems.notFound(`Lead ${leadId} is not enrolled in campaign ${campaignId}.`);
  const recorded = await recordReadMail(
    services,
    workspaceId,
    readKindOf(row),
    row,
    {
      target: { enrollmentId: enrollment.id, campaignId: enrollment.campaign_id, leadId: enrollment.lead_id },
      by: 'manual',
    },
    { zone: await workspaceZone(services, workspaceId), manual: true },
  );
  // Matched by another request meanwhile.
  if (recorded.duplicate) throw problems.conflict(ALREADY);
  return c.json(ReceivedMailSchema.parse(receivedMailJson(recorded)), 200);
});
