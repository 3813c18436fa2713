import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import type { TrackingRuntime } from '../../tracking/public.js';
import { configSummary, parseProviderConfig } from '../provider-config.js';
import {
  deleteProvider,
  findProvider,
  listProviders,
  type ProviderRecord,
  saveProvider,
} from '../providers.repository.js';
import {
  ProviderConfigInputSchema,
  ProviderListSchema,
  ProviderParamsSchema,
  ProviderSchema,
} from '../schemas.js';

function providerJson(runtime: TrackingRuntime, workspaceId: string, record: ProviderRecord) {
  const pending = record.state.pending_confirmation;
  return ProviderSchema.parse({
    provider: record.provider,
    webhook_url: `${runtime.publicBaseUrl}/webhooks/${record.provider}/${workspaceId}`,
    settings: configSummary(record.provider, record.config),
    pending_confirmation: typeof pending === 'object' && pending !== null ? pending : null,
    created_at: new Date(record.createdAt).toISOString(),
    updated_at: new Date(record.updatedAt).toISOString(),
  });
}

const putRoute = createRoute({
  method: 'put',
  path: '/v1/providers/{provider}',
  tags: ['Inbound webhooks'],
  summary: 'Set an ESP’s webhook secret',
  description:
    'Stores what verifies the ESP’s webhooks for this workspace: `ses` takes `topic_arns`, `sendgrid` `public_key`, ' +
    '`mailgun` `signing_key`, `postmark` `secret` (and optionally `username`). Replaces any earlier settings. ' +
    'The answer (and `GET /v1/providers`) shows secrets only as a fingerprint, and gives the `webhook_url` to give the ESP.',
  request: {
    params: ProviderParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ProviderConfigInputSchema } } },
  },
  responses: {
    200: { description: 'Saved.', content: { 'application/json': { schema: ProviderSchema } } },
    ...problemResponses(400, 404, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/providers',
  tags: ['Inbound webhooks'],
  summary: 'The ESPs set up for inbound webhooks',
  responses: {
    200: {
      description: 'Each configured ESP.',
      content: { 'application/json': { schema: ProviderListSchema } },
    },
    ...problemResponses(...AUTHENTICATED_PROBLEMS),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/v1/providers/{provider}',
  tags: ['Inbound webhooks'],
  summary: 'Stop accepting an ESP’s webhooks',
  request: { params: ProviderParamsSchema },
  responses: {
    204: { description: 'Removed: its webhooks now answer 401.' },
    ...problemResponses(400, 404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const putProvider = createRouter().openapi(putRoute, async (c) => {
  const { db, writer, clock } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { provider } = c.req.valid('param');
  const parsed = parseProviderConfig(provider, c.req.valid('json'));
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw problems.validation(first ? `${first.path}: ${first.message}` : 'Invalid settings.', parsed.errors);
  }
  await saveProvider(writer, { workspaceId, provider, config: parsed.config, now: clock.now() });
  const record = await findProvider(db, workspaceId, provider);
  if (!record) throw new Error('the provider settings just saved are missing');
  return c.json(providerJson(c.get('tracking'), workspaceId, record), 200);
});

export const listProvidersRoute = createRouter().openapi(listRoute, async (c) => {
  const { workspaceId } = c.get('caller');
  const records = await listProviders(c.get('services').db, workspaceId);
  return c.json(
    ProviderListSchema.parse({ data: records.map((r) => providerJson(c.get('tracking'), workspaceId, r)) }),
    200,
  );
});

export const deleteProviderRoute = createRouter().openapi(deleteRoute, async (c) => {
  const { workspaceId } = c.get('caller');
  const { provider } = c.req.valid('param');
  if (!(await deleteProvider(c.get('services').writer, { workspaceId, provider }))) {
    throw problems.notFound(`No ${provider} settings in your workspace.`);
  }
  return c.body(null, 204);
});
