import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { connect, StartupError } from './db/connect.js';
import { redact } from './db/connection-url.js';
import { createLogger } from './logger.js';

/** Ends the process with one line on stderr: what is wrong and what to do. */
function exitWith(message: string): never {
  process.stderr.write(`leadstatus: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) exitWith(loaded.message);
  const config = loaded.config;
  const logger = createLogger(config.logLevel);

  const database = await connect(config, { migrate: true });
  const { app } = createApp({ database, logger, bodyLimitBytes: config.bodyLimitBytes });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    logger.info(
      { url: `http://${host}:${info.port}`, database: redact(config.databaseUrl) },
      `Lead Status is listening on http://${host}:${info.port} (API reference at /docs)`,
    );
  });
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
    server.close(async () => {
      clearTimeout(force);
      await database.close().catch((error: unknown) => logger.error({ err: error }, 'closing the database'));
      logger.info('stopped');
      process.exit(0);
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
