import type { SSEStreamingApi } from 'hono/streaming';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Logger } from '../../platform/logger.js';
import { type ChangeFilter, changeMatches } from './change-filter.js';
import { changeIdFloor, changeIdTime } from './change-ids.js';
import type { StreamSettings, Subscriber, Subscription } from './status-change-feed.js';
import { STATUS_CHANGED, statusChangedData } from './status-changed-event.js';
import { changesAfter, type StatusChangeRow } from './status-changes.repository.js';

export interface StatusStreamOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  settings: StreamSettings;
  workspaceId: string;
  filter: ChangeFilter;
  /** From `Last-Event-ID`: replay what came after it before going live. */
  lastEventId: string | undefined;
}

/**
 * One open `GET /v1/stream`: subscribes to the feed, replays from `Last-Event-ID` if given, then
 * writes live changes as they come, with heartbeats. Live changes that arrive during the replay wait
 * in a queue, and those the replay already sent are skipped, so each change goes out once.
 */
export class StatusStream implements Subscriber {
  readonly filter: ChangeFilter;
  readonly #options: StatusStreamOptions;
  #queue: StatusChangeRow[] = [];
  /** Ids the replay sent that the feed may still deliver (those above the feed's floor). */
  readonly #replayed = new Set<string>();
  #wake: (() => void) | undefined;
  #pingDue = false;
  #closed = false;

  constructor(options: StatusStreamOptions) {
    this.#options = options;
    this.filter = options.filter;
  }

  get closed(): boolean {
    return this.#closed;
  }

  deliver(row: StatusChangeRow): void {
    if (this.#closed) return;
    if (this.#queue.length >= this.#options.settings.maxQueuedPerStream) {
      // A client that reads slower than changes come: end it; it reconnects and replays from the table.
      this.#options.logger.warn(
        { workspaceId: this.#options.workspaceId, queued: this.#queue.length },
        'event stream client too slow: closing its stream',
      );
      this.close();
      return;
    }
    this.#queue.push(row);
    this.#wakeUp();
  }

  end(): void {
    this.close();
  }

  close(): void {
    this.#closed = true;
    this.#wakeUp();
  }

  /** Writes until the client goes away or the feed closes. */
  async run(stream: SSEStreamingApi, subscription: Subscription): Promise<void> {
    stream.onAbort(() => this.close());
    if (stream.aborted) this.close();
    const { settings, lastEventId } = this.#options;
    const heartbeat = setInterval(() => {
      this.#pingDue = true;
      this.#wakeUp();
    }, settings.heartbeatMs);
    try {
      // `id:` gives the client a cursor at once, so even a reconnect before any change misses nothing.
      const cursor = lastEventId ?? subscription.cursor;
      await stream.writeSSE({
        event: 'ready',
        id: cursor,
        data: JSON.stringify({ cursor }),
        retry: settings.retryMs,
      });
      if (lastEventId !== undefined) await this.#replay(stream, lastEventId, subscription);
      await this.#live(stream, subscription);
    } finally {
      clearInterval(heartbeat);
      subscription.close();
      this.close();
    }
  }

  /**
   * The changes after `lastEventId`, and those of the trailing window before it (but not that one):
   * one that committed late (a smaller id after a larger one) may have been missed before the client
   * disconnected. So a client may see a change again after a reconnect (same id), but never misses one.
   */
  async #replay(stream: SSEStreamingApi, lastEventId: string, subscription: Subscription): Promise<void> {
    const { db, clock, settings, workspaceId, filter } = this.#options;
    let after = changeIdFloor(Math.min(changeIdTime(lastEventId), clock.now()) - settings.lateWindowMs);
    for (;;) {
      const rows = await changesAfter(db, workspaceId, after, {
        campaignIds: filter.campaignIds,
        limit: settings.pageSize,
      });
      for (const row of rows) {
        if (this.#closed) return;
        if (row.id === lastEventId || !changeMatches(filter, row)) continue;
        if (row.id > subscription.floor()) this.#replayed.add(row.id);
        await this.#send(stream, row);
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < settings.pageSize) return;
      after = last.id;
    }
  }

  async #live(stream: SSEStreamingApi, subscription: Subscription): Promise<void> {
    while (!this.#closed) {
      const row = this.#queue.shift();
      if (row) {
        if (this.#replayed.delete(row.id)) continue;
        await this.#send(stream, row);
      } else if (this.#pingDue) {
        this.#pingDue = false;
        this.#forgetBelow(subscription.floor());
        await stream.write(': ping\n\n');
      } else {
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
        });
      }
    }
  }

  #send(stream: SSEStreamingApi, row: StatusChangeRow): Promise<void> {
    return stream.writeSSE({
      id: row.id,
      event: STATUS_CHANGED,
      data: JSON.stringify(statusChangedData(row)),
    });
  }

  /** The feed never delivers ids at or below its floor again. */
  #forgetBelow(floor: string): void {
    for (const id of this.#replayed) if (id <= floor) this.#replayed.delete(id);
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
