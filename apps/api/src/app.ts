import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { httpsCertificateFetcher } from './features/inbound/providers/sns-certificates.js';
import { isMailPath, MAX_MAIL_BODY_BYTES } from './features/inbound/public.js';
import { DEFAULT_RETENTION, type RetentionSettings } from './features/retention/retention-settings.js';
import { statusFeedMiddleware } from './features/stream/feed-middleware.js';
import { StatusChangeFeed, type StreamSettings } from './features/stream/status-change-feed.js';
import { type DemoSettings, demoRoutes } from './features/system/demo/demo-routes.js';
import { healthRoutes } from './features/system/routes/health.js';
import { homeRoutes } from './features/system/routes/home.js';
import { referenceRoutes } from './features/system/routes/reference.js';
import { settleWorkspaceClicks } from './features/tracking/settle-clicks.js';
import {
  createTrackingRuntime,
  crossOriginTrackingResources,
  provideTracking,
  type TrackingSettings,
} from './features/tracking/tracking-runtime.js';
import type { WebhookWorker } from './features/webhooks/delivery-worker.js';
import {
  createWebhookRuntime,
  provideWebhooks,
  type WebhookSettings,
} from './features/webhooks/webhook-runtime.js';
import type { Clock } from './platform/clock.js';
import { DEFAULT_REQUEST_DEADLINE_MS } from './platform/config/limits-config.js';
import type { DatabaseHandle } from './platform/db/open-database.js';
import type { AppEnv } from './platform/http/app-env.js';
import { requireCredential } from './platform/http/auth.js';
import { corsForEmbeds } from './platform/http/cors.js';
import { createRouter } from './platform/http/create-router.js';
import { embedAccessPolicy } from './platform/http/embed-access-policy.js';
import { handleError, handleNotFound } from './platform/http/error-handler.js';
import {
  buildOpenApiDocument,
  type OpenApiDocument,
  registerSecuritySchemes,
} from './platform/http/openapi-document.js';
import { problemResponse } from './platform/http/problem.js';
import { createRateLimits, type RateLimitSettings } from './platform/http/rate-limit.js';
import { requestDeadline } from './platform/http/request-deadline.js';
import { requestLogger } from './platform/http/request-logger.js';
import { secureResponseHeaders } from './platform/http/secure-headers.js';
import { idempotencyKeys } from './platform/idempotency/idempotency.middleware.js';
import type { Logger } from './platform/logger.js';
import type { Services } from './platform/services/services.js';
import { servicesFor } from './platform/services/services-for.js';
import { publicRouters, v1Routers } from './routes.js';
import { createSweeper, type Sweeper } from './sweeper.js';

export interface AppOptions {
  database: DatabaseHandle;
  clock?: Clock;
  logger?: Logger;
  bodyLimitBytes?: number;
  /** Polling, heartbeat and limits of `GET /v1/stream` (tests shorten them). */
  stream?: Partial<StreamSettings>;
  /** Webhook URL policy and delivery worker settings (tests inject a resolver, a transport, a clock). */
  webhooks?: WebhookSettings;
  /** The demo page at `/` (DEMO_PAGE): the widgets on the demo workspace. Off when absent. */
  demo?: DemoSettings;
  /** Public URLs, machine rules, SNS certificates and the sweeper (tests inject a fetcher, a short settle). */
  tracking?: TrackingSettings;
  /** Per-credential and per-address request limits (tests: tiny ones and a fake clock); none when absent. */
  rateLimit?: RateLimitSettings;
  /** What the sweeper deletes and how (`WEBHOOK_DELIVERY_RETENTION_DAYS`; tests: tiny batches). */
  retention?: Partial<RetentionSettings>;
  /** Every request answers within this (`REQUEST_DEADLINE_MS`, 30 s by default). */
  requestDeadlineMs?: number;
}

export interface LeadStatusApp {
  app: OpenAPIHono<AppEnv>;
  /** The OpenAPI 3.1 document, generated on first use and then reused. */
  openApiDocument(): OpenApiDocument;
  /** Ends the open event streams and stops following status changes; call before closing the database. */
  close(): Promise<void>;
  /** Sends webhooks; created stopped: the server starts it (`start()`) and stops it on shutdown. */
  webhookWorker: WebhookWorker;
  /** Settles clicks, completes finished sequences, applies retention; created stopped like the webhook worker. */
  sweeper: Sweeper;
}

/** Builds the whole HTTP service around injected parts; nothing here is module-level state. */
export function createApp(options: AppOptions): LeadStatusApp {
  const services: Services = servicesFor(options.database, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
  });
  // One feed per app (not per module), polling only while streams are open.
  const feed = new StatusChangeFeed({
    db: services.db,
    clock: services.clock,
    logger: services.logger,
    ...(options.stream ? { settings: options.stream } : {}),
  });
  const webhooks = createWebhookRuntime(services, options.webhooks);
  const tracking = createTrackingRuntime(
    options.tracking ?? {},
    settleWorkspaceClicks,
    httpsCertificateFetcher(),
  );
  const rateLimits = createRateLimits(options.rateLimit, services.clock);

  const app = createRouter();
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  app.use('*', provideTracking(tracking));
  app.use('/t/*', crossOriginTrackingResources());
  app.use('*', requestLogger());
  app.use('*', secureResponseHeaders());
  const { withDeadline } = options.database;
  app.use(
    '*',
    requestDeadline({
      timeoutMs: options.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
      ...(withDeadline ? { bind: withDeadline } : {}),
    }),
  );
  const limitTo = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        problemResponse(c, 'payloadTooLarge', 413, `The request body is larger than ${maxSize} bytes.`),
    });
  const limitBody = limitTo(services.config.bodyLimitBytes);
  // Raw mail is read up to 10 MiB (an ESP's wrapper of it a little more): only on the routes that read it.
  const limitMail = limitTo(Math.max(services.config.bodyLimitBytes, MAX_MAIL_BODY_BYTES));
  // A GET or HEAD has no body (the server gives it none); asking for it would build a full Request.
  app.use('*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (isMailPath(c.req.path) ? limitMail : limitBody)(c, next);
  });
  app.use('*', rateLimits.byAddress());
  app.use('/v1/*', corsForEmbeds());
  app.use('/v1/*', requireCredential());
  app.use('/v1/*', rateLimits.byCredential());
  app.use('/v1/*', embedAccessPolicy());
  app.use('/v1/*', idempotencyKeys());
  app.use('/v1/*', statusFeedMiddleware(feed));
  app.use('/v1/webhooks/*', provideWebhooks(webhooks));

  registerSecuritySchemes(app);
  app.route('/', healthRoutes);
  // Public (no API key): tracking links, unsubscribe, inbound ESP webhooks. Never under /v1.
  for (const router of publicRouters) app.route('/', router);
  for (const router of v1Routers) app.route('/', router);

  let document: OpenApiDocument | undefined;
  const openApiDocument = () => {
    document ??= buildOpenApiDocument(app);
    return document;
  };
  app.route('/', referenceRoutes(openApiDocument));
  if (options.demo) app.route('/', demoRoutes(options.demo));
  app.route('/', homeRoutes);

  app.onError(handleError);
  app.notFound(handleNotFound);
  const close = async () => {
    tracking.close();
    await feed.close();
  };
  return {
    app,
    openApiDocument,
    close,
    webhookWorker: webhooks.worker,
    sweeper: createSweeper(services, tracking, { ...DEFAULT_RETENTION, ...options.retention }),
  };
}
