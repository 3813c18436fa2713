import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { campaignToJson, mailSettingsFrom, stepInputsFrom } from '../campaign-json.js';
import { updateCampaign } from '../campaigns.repository.js';
import {
  CampaignIdParamsSchema,
  CampaignPatchSchema,
  CampaignSchema,
  isCampaignIdShape,
} from '../schemas.js';

const route = createRoute({
  method: 'patch',
  path: '/v1/campaigns/{id}',
  tags: ['Campaigns'],
  summary: 'Rename a campaign or replace its steps',
  description: 'Send `name`, `steps` or both; `steps` replaces every step of the sequence.',
  request: {
    params: CampaignIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: CampaignPatchSchema } } },
  },
  responses: {
    200: {
      description: 'The updated campaign.',
      content: { 'application/json': { schema: CampaignSchema } },
    },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const updateCampaignRoute = createRouter().openapi(route, async (c) => {
  const { writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const patch = c.req.valid('json');
  const campaign = isCampaignIdShape(id)
    ? await updateCampaign(
        writer,
        workspaceId,
        id,
        {
          name: patch.name,
          steps: patch.steps && stepInputsFrom(patch.steps),
          mail: mailSettingsFrom(patch),
        },
        clock.now(),
      )
    : undefined;
  if (!campaign) throw problems.notFound('No campaign with this id in your workspace.');
  return c.json(CampaignSchema.parse(campaignToJson(campaign)), 200);
});
