import { createApp } from './app.js';
import { prepareDemoWorkspace } from './demo/demo-workspace.js';
import { migrateToLatest } from './migrations/migrate.js';
import { loadConfig } from './platform/config/config.js';
import { redact } from './platform/config/connection-url.js';
import { connect, StartupError } from './platform/db/connect.js';
import type { DatabaseHandle } from './platform/db/open-database.js';
import { sessionLimitsFor } from './platform/db/session-limits.js';
import { listen } from './platform/http/listen.js';
import { createLogger, flushLogger, type Logger } from './platform/logger.js';
import { servicesFor } from './platform/services/services-for.js';

/** Ends the process with one line on stderr: what is wrong and what to do. */
function exitWith(message: string): never {
  process.stderr.write(`leadstatus: ${message}\n`);
  process.exit(1);
}

/** The demo page's workspace, seeded into an empty database (a few seconds on SQLite). */
function demoWorkspace(database: DatabaseHandle, logger: Logger): Promise<string | null> {
  return prepareDemoWorkspace(servicesFor(database, { logger }));
}

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) exitWith(loaded.message);
  const config = loaded.config;
  const logger = createLogger(config.logLevel);

  const database = await connect(config, {
    migrate: migrateToLatest,
    sessionLimits: sessionLimitsFor(config.requestDeadlineMs),
    onWriterExit: (reason) =>
      logger.error({ reason }, 'the SQLite writer thread stopped; the next write starts a new one'),
  });
  const { webhooks: webhookConfig } = config;
  const demo = config.demoPage ? { workspaceId: await demoWorkspace(database, logger) } : undefined;
  const leadStatus = createApp({
    database,
    logger,
    ...(demo ? { demo } : {}),
    bodyLimitBytes: config.bodyLimitBytes,
    rateLimit: config.rateLimit,
    requestDeadlineMs: config.requestDeadlineMs,
    webhooks: {
      allowInsecure: webhookConfig.allowInsecure,
      concurrency: webhookConfig.concurrency,
      timeoutMs: webhookConfig.timeoutMs,
      pollIntervalMs: webhookConfig.pollIntervalMs,
    },
    tracking: {
      publicBaseUrl: config.publicBaseUrl,
      sesAutoConfirm: config.sesAutoConfirm,
      sweepIntervalMs: config.sweepIntervalMs,
    },
    retention: { webhookDeliveryRetentionDays: webhookConfig.deliveryRetentionDays },
  });
  const { app } = leadStatus;
  if (webhookConfig.allowInsecure) {
    logger.warn('WEBHOOK_ALLOW_INSECURE is on: webhooks may target http:// and loopback URLs');
  }
  if (webhookConfig.workerEnabled) leadStatus.webhookWorker.start();
  leadStatus.sweeper.start();

  const server = listen(
    app.fetch,
    { port: config.port, hostname: config.host, timeouts: config.serverTimeouts },
    (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      logger.info(
        { url: `http://${host}:${info.port}`, database: redact(config.databaseUrl) },
        `Lead Status is listening on http://${host}:${info.port} (API reference at /docs)`,
      );
    },
  );
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      exitWith(
        `Port ${config.port} on ${config.host} is already in use. Stop the other process or set PORT.`,
      );
    }
    if (error.code === 'EACCES')
      exitWith(`Not allowed to listen on port ${config.port}. Choose a PORT above 1024.`);
    exitWith(`Cannot listen on ${config.host}:${config.port}: ${error.message}`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.warn('shutdown timeout: closing remaining connections');
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    // No new webhook attempts from now on; the ones in flight finish (each bounded by its timeout).
    const webhooksStopped = leadStatus.webhookWorker.stop();
    const sweeperStopped = leadStatus.sweeper.stop();
    server.close(async () => {
      clearTimeout(force);
      await leadStatus.close();
      await webhooksStopped.catch((error: unknown) => logger.error({ err: error }, 'stopping webhooks'));
      await sweeperStopped.catch((error: unknown) => logger.error({ err: error }, 'stopping the sweeper'));
      await database.close().catch((error: unknown) => logger.error({ err: error }, 'closing the database'));
      logger.info('stopped');
      // The log is written asynchronously: every line, this one included, goes out before the exit.
      await flushLogger(logger);
      process.exit(0);
    });
    // Event streams never end by themselves: end them, then close each connection as its last response
    // ends (an idle keep-alive socket would otherwise hold the server open until its timeout).
    void leadStatus.close().finally(() => {
      const sweep = setInterval(() => {
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }, 25);
      sweep.unref();
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) exitWith(error.message);
  process.stderr.write(
    `leadstatus: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
