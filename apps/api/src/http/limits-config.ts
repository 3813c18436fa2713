import { z } from 'zod';
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './rate-limit.js';
import { DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from './server-timeouts.js';

/** The environment variables of the request limits; config.ts adds them to its schema. */
export const LIMITS_ENV = {
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).max(1_000_000).default(DEFAULT_RATE_LIMIT.perSecond),
  RATE_LIMIT_BURST: z.coerce.number().int().min(0).max(10_000_000).default(DEFAULT_RATE_LIMIT.burst),
  RATE_LIMIT_PUBLIC_PER_SECOND: z.coerce.number().gt(0).max(1_000_000).optional(),
  RATE_LIMIT_PUBLIC_BURST: z.coerce.number().int().min(1).max(10_000_000).optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_SERVER_TIMEOUTS.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_SERVER_TIMEOUTS.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_SERVER_TIMEOUTS.keepAliveTimeoutMs),
};

const LimitsEnvSchema = z.object(LIMITS_ENV);

export interface LimitsConfig {
  /** Per-credential and per-address limits of this process (a zero rate or burst: none). */
  rateLimit: RateLimitSettings;
  /** How long a client may take to send a request (slower ones are cut off with a 408). */
  serverTimeouts: ServerTimeouts;
}

export function limitsConfig(e: z.infer<typeof LimitsEnvSchema>): LimitsConfig {
  return {
    rateLimit: {
      perSecond: e.RATE_LIMIT_PER_SECOND,
      burst: e.RATE_LIMIT_BURST,
      ...(e.RATE_LIMIT_PUBLIC_PER_SECOND ? { publicPerSecond: e.RATE_LIMIT_PUBLIC_PER_SECOND } : {}),
      ...(e.RATE_LIMIT_PUBLIC_BURST ? { publicBurst: e.RATE_LIMIT_PUBLIC_BURST } : {}),
      trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    },
    serverTimeouts: {
      // Node needs the headers within the request's own deadline.
      headersTimeoutMs: Math.min(e.HTTP_HEADERS_TIMEOUT_MS, e.HTTP_REQUEST_TIMEOUT_MS),
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
  };
}
