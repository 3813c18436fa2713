import { createRoute } from '@hono/zod-openapi';
import { mintEmbedToken } from '../../../platform/auth/embed-token.js';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { toIso } from '../../../platform/time.js';
import { isCampaignIdShape } from '../../campaigns/public.js';
import { EmbedTokenInputSchema, EmbedTokenSchema } from '../schemas.js';

const route = createRoute({
  method: 'post',
  path: '/v1/embed-tokens',
  tags: ['Embed tokens'],
  summary: 'Mint an embed token for the widgets',
  description:
    'A short-lived, read-only token for browsers (the widgets), minted by your backend with its secret key. ' +
    'It reads leads, campaigns, analytics and the stream of your workspace, narrowed to `campaign_ids` and ' +
    '`statuses` when given; writes, webhooks, DNC and settings answer 403. Other origins than ' +
    '`allowed_origins` get no CORS answer. Expired or altered tokens answer 401.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: EmbedTokenInputSchema,
          example: {
            campaign_ids: ['cmp_01JDQ7X3M6V1W8A2B4C6D8E0F3'],
            allowed_origins: ['https://app.example.com'],
          },
        },
      },
    },
  },
  responses: {
    201: { description: 'The token.', content: { 'application/json': { schema: EmbedTokenSchema } } },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const createEmbedToken = createRouter().openapi(route, async (c) => {
  const { db, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const input = c.req.valid('json');
  const campaignIds = input.campaign_ids ? [...new Set(input.campaign_ids)] : null;
  if (campaignIds) {
    const found = campaignIds.every(isCampaignIdShape)
      ? await db
          .selectFrom('campaigns')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', campaignIds)
          .execute()
      : [];
    if (found.length !== campaignIds.length) {
      throw problems.notFound('Some of campaign_ids are not campaigns of your workspace.');
    }
  }
  const now = clock.now();
  const scope = {
    workspaceId,
    campaignIds,
    statuses: input.statuses ? [...new Set(input.statuses)] : null,
    allowedOrigins: input.allowed_origins ? [...new Set(input.allowed_origins)] : null,
    expiresAt: now + input.expires_in_seconds * 1000,
  };
  const token = await mintEmbedToken(c.get('services'), scope, now);
  return c.json(
    EmbedTokenSchema.parse({
      token,
      expires_at: toIso(Math.floor(scope.expiresAt / 1000) * 1000),
      campaign_ids: scope.campaignIds,
      statuses: scope.statuses,
      allowed_origins: scope.allowedOrigins,
    }),
    201,
  );
});
