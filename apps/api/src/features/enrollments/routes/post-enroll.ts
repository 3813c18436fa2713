import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { requireCampaign } from '../../campaigns/public.js';
import { leadsInCampaign } from '../campaign-lookup.js';
import { type EnrollTarget, enrollLeads } from '../enroll.js';
import { EnrollBodySchema, EnrollResponseSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/campaigns/{id}/leads',
  tags: ['Enrollments'],
  summary: 'Enroll leads in a campaign',
  description:
    'Adds leads by id, by e-mail, or by filter (every lead of another campaign in some statuses). New ' +
    'enrollments start Not Contacted; a lead on the do-not-contact list (or of a listed domain) is ' +
    'enrolled Bounced / Blocked and is never due. Leads already in the campaign are left as they are.',
  request: {
    params: z.object({ id: z.string().max(64).openapi({ example: 'cmp_01JDQ7X3M6V1W8A2B4C6D8E0F2' }) }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EnrollBodySchema,
          example: { emails: ['ann@example.com', 'bo@example.org'] },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'What happened to each lead.',
      content: { 'application/json': { schema: EnrollResponseSchema } },
    },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const postEnroll = createRouter().openapi(route, async (c) => {
  const services = c.get('services');
  const { workspaceId } = c.get('caller');
  const campaignId = c.req.valid('param').id;
  const body = c.req.valid('json');
  await requireCampaign(services.db, workspaceId, campaignId);
  let target: EnrollTarget;
  if (body.lead_ids) target = { kind: 'lead_ids', leadIds: body.lead_ids };
  else if (body.emails) target = { kind: 'emails', emails: body.emails };
  else {
    const filter = body.filter as NonNullable<typeof body.filter>;
    await requireCampaign(services.db, workspaceId, filter.campaign_id);
    target = {
      kind: 'leads',
      leads: await leadsInCampaign(services.db, workspaceId, filter.campaign_id, filter.status),
    };
  }
  const data = await enrollLeads(services, workspaceId, campaignId, target);
  const summary = { enrolled: 0, blocked: 0, already_enrolled: 0, not_found: 0, leads_created: 0 };
  for (const r of data) {
    summary[r.result] += 1;
    if (r.lead_created) summary.leads_created += 1;
  }
  return c.json(EnrollResponseSchema.parse({ data, summary }), 200);
});
