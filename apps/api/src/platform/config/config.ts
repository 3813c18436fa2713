import { z } from 'zod';
import { type ConnectionTarget, parseConnectionUrl } from './connection-url.js';
import { DEFAULT_REQUEST_DEADLINE_MS, LIMITS_ENV, type LimitsConfig, limitsConfig } from './limits-config.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  ...LIMITS_ENV,
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/leadstatus.db'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_DEADLINE_MS),
  WEBHOOK_ALLOW_INSECURE: z.enum(['true', 'false', '1', '0']).default('false'),
  WEBHOOK_WORKER: z.enum(['true', 'false', '1', '0']).default('true'),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'Must be an http(s) URL such as https://track.example.com' })
    .optional(),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  SES_AUTO_CONFIRM: z.enum(['true', 'false', '1', '0']).default('false'),
  DEMO_PAGE: z.enum(['true', 'false', '1', '0']).default('false'),
});

export interface Config extends LimitsConfig {
  port: number;
  host: string;
  database: ConnectionTarget;
  databaseUrl: string;
  databasePoolSize: number;
  logLevel: (typeof LOG_LEVELS)[number];
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** Every request answers within this (503 when it cannot); on MySQL it also bounds statements. */
  requestDeadlineMs: number;
  webhooks: {
    /** http and loopback webhook URLs (development and tests only). */
    allowInsecure: boolean;
    /** Whether this process sends webhooks (any number of processes may). */
    workerEnabled: boolean;
    concurrency: number;
    timeoutMs: number;
    pollIntervalMs: number;
    /** Finished deliveries and attempts older than this many days are deleted by the sweeper. */
    deliveryRetentionDays: number;
  };
  /** The origin (and optional path) tracking, unsubscribe and webhook URLs are built on. */
  publicBaseUrl: string;
  /** How often this process settles clicks, completes finished sequences and applies retention; 0: never (another process does). */
  sweepIntervalMs: number;
  /** Confirm SES (SNS) subscriptions by fetching their SubscribeURL, instead of only logging it. */
  sesAutoConfirm: boolean;
  /** Serve the demo page at `/`, seeding demo data into an empty database first (npm start). */
  demoPage: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Reads and validates the environment; a bad value gives one line that says what to fix. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    const got = env[name] === undefined ? '' : ` (got "${env[name]}")`;
    return { ok: false, message: `Invalid ${name}${got}: ${issue?.message ?? 'invalid value'}` };
  }
  const e = parsed.data;
  const database = parseConnectionUrl(e.DATABASE_URL);
  if ('error' in database) return { ok: false, message: database.error };
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      database,
      databaseUrl: e.DATABASE_URL,
      databasePoolSize: e.DATABASE_POOL_SIZE,
      logLevel: e.LOG_LEVEL,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      requestDeadlineMs: e.REQUEST_DEADLINE_MS,
      webhooks: {
        allowInsecure: e.WEBHOOK_ALLOW_INSECURE === 'true' || e.WEBHOOK_ALLOW_INSECURE === '1',
        workerEnabled: e.WEBHOOK_WORKER === 'true' || e.WEBHOOK_WORKER === '1',
        concurrency: e.WEBHOOK_CONCURRENCY,
        timeoutMs: e.WEBHOOK_TIMEOUT_MS,
        pollIntervalMs: e.WEBHOOK_POLL_INTERVAL_MS,
        deliveryRetentionDays: e.WEBHOOK_DELIVERY_RETENTION_DAYS,
      },
      publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, ''),
      sweepIntervalMs: e.SWEEP_INTERVAL_MS,
      sesAutoConfirm: e.SES_AUTO_CONFIRM === 'true' || e.SES_AUTO_CONFIRM === '1',
      demoPage: e.DEMO_PAGE === 'true' || e.DEMO_PAGE === '1',
      ...limitsConfig(e),
    },
  };
}
