import type { OpenAPIHono } from '@hono/zod-openapi';
import { getCampaignAnalytics } from './features/analytics/routes/campaign-analytics.js';
import { getCampaignTrends } from './features/analytics/routes/campaign-trends.js';
import { getMetricDefinitions } from './features/analytics/routes/metric-definitions.js';
import { getWorkspaceAnalytics } from './features/analytics/routes/workspace-analytics.js';
import { createCampaignRoute } from './features/campaigns/routes/create.js';
import { getCampaign } from './features/campaigns/routes/get.js';
import { listCampaignsRoute } from './features/campaigns/routes/list.js';
import { updateCampaignRoute } from './features/campaigns/routes/update.js';
import { deleteDnc } from './features/dnc/routes/delete-dnc.js';
import { listDnc } from './features/dnc/routes/list-dnc.js';
import { postDnc } from './features/dnc/routes/post-dnc.js';
import { createEmbedToken } from './features/embed-tokens/routes/create.js';
import { pauseMany, resumeMany } from './features/enrollments/routes/pause-many.js';
import { pauseOne, resumeOne } from './features/enrollments/routes/pause-one.js';
import { postEnroll } from './features/enrollments/routes/post-enroll.js';
import { postEventBatch } from './features/events/routes/post-batch.js';
import { postEvent } from './features/events/routes/post-event.js';
import { exportLeads } from './features/exports/routes/export.js';
import { exportCampaignLeads } from './features/exports/routes/export-by-campaign.js';
import { getMailRoute } from './features/inbound/routes/mail-get.js';
import { listMailRoute } from './features/inbound/routes/mail-list.js';
import { matchMailRoute } from './features/inbound/routes/mail-match.js';
import { receiveMailRoute } from './features/inbound/routes/mail-receive.js';
import { mailWebhook } from './features/inbound/routes/mail-webhook.js';
import { deleteProviderRoute, listProvidersRoute, putProvider } from './features/inbound/routes/providers.js';
import { inboundWebhook } from './features/inbound/routes/webhook.js';
import { createLabel } from './features/labels/routes/create.js';
import { deleteLabel } from './features/labels/routes/delete.js';
import { listLabels } from './features/labels/routes/list.js';
import { setLabel } from './features/labels/routes/set-label.js';
import { updateLabel } from './features/labels/routes/update.js';
import { batchUpsertLeads } from './features/leads/routes/batch.js';
import { createLeadRoute } from './features/leads/routes/create.js';
import { deleteLead } from './features/leads/routes/delete.js';
import { getLead } from './features/leads/routes/get.js';
import { updateLeadRoute } from './features/leads/routes/update.js';
import { listLeads } from './features/lists/routes/list.js';
import { listCampaignLeads } from './features/lists/routes/list-by-campaign.js';
import { getDue } from './features/sequences/routes/due.js';
import { getSequenceSettings, putSequenceSettings } from './features/sequences/routes/sequence-settings.js';
import { listStatuses } from './features/statuses/routes/list.js';
import { streamStatusChanges } from './features/stream/routes/stream.js';
import { clickRedirect } from './features/tracking/routes/click.js';
import { openPixel } from './features/tracking/routes/open-pixel.js';
import { postMessage } from './features/tracking/routes/post-message.js';
import { unsubscribePage, unsubscribePost } from './features/tracking/routes/unsubscribe.js';
import { createWebhook } from './features/webhooks/routes/create.js';
import { deleteWebhook } from './features/webhooks/routes/delete.js';
import { getWebhook } from './features/webhooks/routes/get.js';
import { getWebhookDelivery } from './features/webhooks/routes/get-delivery.js';
import { listWebhooks } from './features/webhooks/routes/list.js';
import { listWebhookDeliveries } from './features/webhooks/routes/list-deliveries.js';
import { replayWebhookDelivery } from './features/webhooks/routes/replay.js';
import { sendWebhookTest } from './features/webhooks/routes/send-test.js';
import { updateWebhook } from './features/webhooks/routes/update.js';
import { getCurrentWorkspace } from './features/workspaces/routes/get-current.js';
import { updateCurrentWorkspace } from './features/workspaces/routes/update-current.js';
import type { AppEnv } from './platform/http/app-env.js';

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
  receiveMailRoute,
  listMailRoute,
  getMailRoute,
  matchMailRoute,
  listLabels,
  createLabel,
  updateLabel,
  deleteLabel,
  setLabel,
];

/** Routes without an API key (tracking links, unsubscribe, inbound ESP webhooks): mounted outside /v1. */
export const publicRouters: ReadonlyArray<OpenAPIHono<AppEnv>> = [
  openPixel,
  clickRedirect,
  unsubscribePage,
  unsubscribePost,
  inboundWebhook,
  mailWebhook,
];
