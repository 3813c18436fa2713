/** One rate-limit policy: `burst` requests at once, refilled at `perSecond` (a token bucket). */
export interface RateLimitPolicy {
  /** The policy's name in the `RateLimit-Policy` and `RateLimit` header fields. */
  name: string;
  perSecond: number;
  burst: number;
}

export interface BucketState {
  /** Whether this request may proceed (it took one token). */
  allowed: boolean;
  /** Whole requests left right now (`r` of the `RateLimit` field). */
  remaining: number;
  /** Seconds until the bucket is full again (`t`): the quota has then fully reset. */
  resetSeconds: number;
  /** Seconds until the next request may proceed (for `Retry-After` when refused); 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets in this process's memory, one per key. Memory stays bounded: a bucket idle long
 * enough to be full again is the same as no bucket, so a periodic sweep drops those, and past
 * `maxBuckets` the least recently used ones go first (a client evicted that way starts again with a
 * full bucket, which only ever errs towards letting requests through).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillMs: number;
  private lastSweep: number;

  constructor(
    readonly policy: RateLimitPolicy,
    private readonly now: () => number,
    private readonly maxBuckets = 50_000,
  ) {
    if (!(policy.perSecond > 0) || !(policy.burst >= 1)) {
      throw new Error(`rate limit "${policy.name}" needs perSecond > 0 and burst >= 1`);
    }
    this.refillMs = 1000 / policy.perSecond;
    this.lastSweep = now();
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `key` when there is one; never charges a refused request. */
  take(key: string): BucketState {
    return this.update(key, true);
  }

  /** The state of `key`'s bucket, without taking anything: `allowed` says whether a take would be. */
  peek(key: string): BucketState {
    return this.update(key, false);
  }

  /** Window of the policy in whole seconds: how long an empty bucket takes to fill (`w`). */
  get windowSeconds(): number {
    return Math.max(1, Math.ceil((this.policy.burst * this.refillMs) / 1000));
  }

  private update(key: string, consume: boolean): BucketState {
    const now = this.now();
    this.sweepIfDue(now);
    const { burst } = this.policy;
    const stored = this.buckets.get(key);
    const elapsed = stored ? Math.max(0, now - stored.at) : 0;
    const tokens = stored ? Math.min(burst, stored.tokens + elapsed / this.refillMs) : burst;
    const allowed = tokens >= 1;
    const after = consume && allowed ? tokens - 1 : tokens;
    if (consume) {
      // Re-inserted so the Map's order is least recently used first.
      this.buckets.delete(key);
      this.buckets.set(key, { tokens: after, at: now });
      if (this.buckets.size > this.maxBuckets) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    return {
      allowed,
      remaining: Math.floor(after),
      resetSeconds: Math.ceil(((burst - after) * this.refillMs) / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - tokens) * this.refillMs) / 1000)),
    };
  }

  /** Drops the buckets that have refilled completely; at most once per window (amortised O(1)). */
  private sweepIfDue(now: number): void {
    const interval = Math.max(10_000, this.windowSeconds * 1000);
    if (now - this.lastSweep < interval) return;
    this.lastSweep = now;
    const { burst } = this.policy;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) / this.refillMs >= burst) this.buckets.delete(key);
    }
  }
}
