import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCampaignAnalytics } from './analytics/routes/campaign-analytics.js';
import { getCampaignTrends } from './analytics/routes/campaign-trends.js';
import { getMetricDefinitions } from './analytics/routes/metric-definitions.js';
import { getWorkspaceAnalytics } from './analytics/routes/workspace-analytics.js';
import { createCampaignRoute } from './campaigns/routes/create.js';
import { getCampaign } from './campaigns/routes/get.js';
import { listCampaignsRoute } from './campaigns/routes/list.js';
import { updateCampaignRoute } from './campaigns/routes/update.js';
import { deleteDnc } from './dnc/routes/delete-dnc.js';
import { listDnc } from './dnc/routes/list-dnc.js';
import { postDnc } from './dnc/routes/post-dnc.js';
import { createEmbedToken } from './embed-tokens/routes/create.js';
import { listLeads } from './enrollments/list/routes/list.js';
import { listCampaignLeads } from './enrollments/list/routes/list-by-campaign.js';
import { pauseMany, resumeMany } from './enrollments/routes/pause-many.js';
import { pauseOne, resumeOne } from './enrollments/routes/pause-one.js';
import { postEnroll } from './enrollments/routes/post-enroll.js';
import { postEventBatch } from './events/routes/post-batch.js';
import { postEvent } from './events/routes/post-event.js';
import { exportLeads } from './exports/routes/export.js';
import { exportCampaignLeads } from './exports/routes/export-by-campaign.js';
import type { AppEnv } from './http/app-env.js';
import { deleteProviderRoute, listProvidersRoute, putProvider } from './inbound/routes/providers.js';
import { inboundWebhook } from './inbound/routes/webhook.js';
import { batchUpsertLeads } from './leads/routes/batch.js';
import { createLeadRoute } from './leads/routes/create.js';
import { deleteLead } from './leads/routes/delete.js';
import { getLead } from './leads/routes/get.js';
import { updateLeadRoute } from './leads/routes/update.js';
import { getDue } from './sequences/routes/due.js';
import { getSequenceSettings, putSequenceSettings } from './sequences/routes/sequence-settings.js';
import { listStatuses } from './statuses/routes/list.js';
import { streamStatusChanges } from './stream/routes/stream.js';
import { clickRedirect } from './tracking/routes/click.js';
import { openPixel } from './tracking/routes/open-pixel.js';
import { postMessage } from './tracking/routes/post-message.js';
import { unsubscribePage, unsubscribePost } from './tracking/routes/unsubscribe.js';
import { createWebhook } from './webhooks/routes/create.js';
import { deleteWebhook } from './webhooks/routes/delete.js';
import { getWebhook } from './webhooks/routes/get.js';
import { getWebhookDelivery } from './webhooks/routes/get-delivery.js';
import { listWebhooks } from './webhooks/routes/list.js';
import { listWebhookDeliveries } from './webhooks/routes/list-deliveries.js';
import { replayWebhookDelivery } from './webhooks/routes/replay.js';
import { sendWebhookTest } from './webhooks/routes/send-test.js';
import { updateWebhook } from './webhooks/routes/update.js';
import { getCurrentWorkspace } from './workspaces/routes/get-current.js';
import { updateCurrentWorkspace } from './workspaces/routes/update-current.js';

/**
 * Every /v1 router, each one operation. Mounted at `/` by createApp after authentication; the order
 * matters only where paths overlap (a literal segment before a `{param}` one).
 */
export const v1Routers: ReadonlyArray<OpenAPIHono<AppEnv>> = [
  getCurrentWorkspace,
  createEmbedToken,
  updateCurrentWorkspace,
  listStatuses,
  postEvent,
  postEventBatch,
  streamStatusChanges,
  postEnroll,
  pauseMany,
  resumeMany,
  pauseOne,
  resumeOne,
  listDnc,
  postDnc,
  deleteDnc,
  listLeads,
  listCampaignLeads,
  exportLeads,
  exportCampaignLeads,
  createLeadRoute,
  batchUpsertLeads,
  // After every literal /v1/leads/<segment> route (e.g. /v1/leads/export): {id} would match it.
  getLead,
  updateLeadRoute,
  deleteLead,
  createCampaignRoute,
  listCampaignsRoute,
  getCampaign,
  updateCampaignRoute,
  getCampaignAnalytics,
  getCampaignTrends,
  getWorkspaceAnalytics,
  getMetricDefinitions,
  createWebhook,
  listWebhooks,
  getWebhook,
  updateWebhook,
  deleteWebhook,
  sendWebhookTest,
  listWebhookDeliveries,
  getWebhookDelivery,
  replayWebhookDelivery,
  postMessage,
  getDue,
  getSequenceSettings,
  putSequenceSettings,
  listProvidersRoute,
  putProvider,
  deleteProviderRoute,
];

/** Routes without an API key (tracking links, unsubscribe, inbound ESP webhooks): mounted outside /v1. */
export const publicRouters: ReadonlyArray<OpenAPIHono<AppEnv>> = [
  openPixel,
  clickRedirect,
  unsubscribePage,
  unsubscribePost,
  inboundWebhook,
];
