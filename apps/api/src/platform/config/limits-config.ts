import { z } from 'zod';

/**
 * The request limits' settings, their defaults and their environment variables: config's, so config
 * reads every setting without importing the HTTP plumbing that applies them.
 */

/**
 * `RATE_LIMIT_*`: per process, in memory. Behind N processes a client gets up to N times these
 * (docs/api.md#limits says how to put a shared limiter in front instead).
 */
export interface RateLimitConfig {
  /** Sustained requests per second per secret key or embed token; 0 turns every limit off. */
  perSecond: number;
  /** Requests a credential may send at once before the sustained rate applies; 0 turns every limit off. */
  burst: number;
  /** Per client address on the public routes (`/t`, `/u`, `/webhooks`); default 4 × perSecond. */
  publicPerSecond?: number;
  /** Default 4 × burst. */
  publicBurst?: number;
  /**
   * Proxies in front of the service that append to `X-Forwarded-For`: the client address is that many
   * entries from its right. 0 (default): the socket's peer address, and `X-Forwarded-For` is ignored.
   */
  trustedProxyHops?: number;
}

/** Defaults: far above what the SDK, the widgets or a sending engine need (see docs/api.md#limits). */
export const DEFAULT_RATE_LIMIT = { perSecond: 100, burst: 500 } as const;

/** `HTTP_*_TIMEOUT_MS`: how long a client may take to send a request, and to stay idle between two. */
export interface ServerTimeouts {
  /** From the connection (or the end of the previous request) to the end of the request headers. */
  headersTimeoutMs: number;
  /**
   * To receive the whole request, headers and body. It does not bound the response: an event
   * stream (`GET /v1/stream`) or a long export keeps going (its request ended long ago).
   */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this; set it above your load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

/** `REQUEST_DEADLINE_MS` by default. */
export const DEFAULT_REQUEST_DEADLINE_MS = 30_000;

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
  rateLimit: RateLimitConfig;
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
