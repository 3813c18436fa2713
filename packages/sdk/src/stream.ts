import { unwrap } from './call.js';
import { LeadStatusError } from './errors.js';
import type { RawClient } from './resources/raw.js';
import { backoffMs, isRetryableStatus, type RetryOptions, sleep } from './retry.js';
import { readSse } from './sse.js';
import type { StatusChange } from './types.js';

export interface StatusChangeStreamOptions {
  /** Only this campaign's changes. */
  campaignId?: string;
  /** Resume after this id (the `id` of the last change you processed, kept across restarts). */
  lastEventId?: string;
  /** Ends the subscription, like `close()`. */
  signal?: AbortSignal;
  /** Each time a connection is live (the first and every reconnect). */
  onOpen?(): void;
  /** A connection failed or ended; it reconnects with `Last-Event-ID`, so nothing is missed. */
  onDisconnect?(error: unknown): void;
}

export type StatusChangeHandler = (change: StatusChange, meta: { id: string }) => void | Promise<void>;

export interface StatusChangeSubscription {
  /** Where a new subscription should resume: the id of the last change handled (or the stream's cursor). */
  readonly lastEventId: string | undefined;
  close(): void;
  /**
   * Settles when the subscription ends: fulfils after `close()` (or the signal), rejects with what
   * reconnecting cannot fix (401 with no fresh token, 404 campaign, an error thrown by the handler).
   */
  readonly done: Promise<void>;
}

/** How many recent ids are remembered to drop the repeats a reconnect may send. */
const REMEMBERED_IDS = 1000;

function isTransient(error: unknown): boolean {
  return !(error instanceof LeadStatusError) || error.kind !== 'http' || isRetryableStatus(error.status);
}

/**
 * `GET /v1/stream` held open over fetch (so it carries the Authorization header, unlike the
 * browser's EventSource), reconnecting after the delay the stream asks for, or with backoff after
 * failures, and resuming with `Last-Event-ID`. Handlers run one at a time, in order, each change once.
 */
export function subscribeStatusChanges(
  client: RawClient,
  retry: RetryOptions,
  options: StatusChangeStreamOptions,
  onChange: StatusChangeHandler,
): StatusChangeSubscription {
  const closer = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, closer.signal]) : closer.signal;
  let lastEventId = options.lastEventId;
  let retryMs = 2_000;
  const seen = new Set<string>();
  let handlerFailed = false;

  async function connect(onLive: () => void): Promise<void> {
    const query = options.campaignId ? { campaign_id: options.campaignId } : {};
    const header = lastEventId ? { 'last-event-id': lastEventId } : {};
    const body = (await unwrap(
      client.GET('/v1/stream', { params: { query, header }, parseAs: 'stream', signal }),
    )) as ReadableStream<Uint8Array>;
    const handlers = {
      onRetry: (ms: number) => {
        retryMs = ms;
      },
      onMessage: async (message: { event: string; data: string; id: string | undefined }) => {
        const { id } = message;
        if (message.event === 'ready') {
          lastEventId = id ?? lastEventId;
          onLive();
          return;
        }
        if (message.event !== 'status.changed' || !id || seen.has(id)) return;
        try {
          await onChange(JSON.parse(message.data) as StatusChange, { id });
        } catch (error) {
          handlerFailed = true;
          throw error;
        }
        seen.add(id);
        if (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
        lastEventId = id;
      },
    };
    try {
      await readSse(body, handlers, signal);
    } finally {
      // However reading ended (a handler threw, the caller closed), the server should stop sending.
      await body.cancel().catch(() => {});
    }
  }

  const done = (async () => {
    let failures = 0;
    while (!signal.aborted) {
      let failure: unknown;
      try {
        await connect(() => {
          failures = 0;
          options.onOpen?.();
        });
      } catch (error) {
        if (signal.aborted) break;
        if (handlerFailed || !isTransient(error)) throw error;
        failure = error;
        failures++;
      }
      if (signal.aborted) break;
      options.onDisconnect?.(failure);
      // Like EventSource: wait what the stream asked for; after repeated failures, back off further.
      const delay = failures <= 1 ? retryMs : Math.max(retryMs, backoffMs(failures - 1, retry));
      await sleep(delay, signal).catch(() => {});
    }
  })();
  done.catch(() => {}); // a caller that never awaits `done` must not crash the process

  return {
    get lastEventId() {
      return lastEventId;
    },
    close: () => closer.abort(),
    done,
  };
}
