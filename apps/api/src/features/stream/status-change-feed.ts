import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Logger } from '../../platform/logger.js';
import { type ChangeFilter, changeMatches } from './change-filter.js';
import { changeIdFloor, changeIdTime } from './change-ids.js';
import {
  changeIdsAfter,
  changesAfter,
  latestChangeId,
  type StatusChangeRow,
} from './status-changes.repository.js';

export interface StreamSettings {
  /** How often each followed workspace's `status_changes` is read (another process's writes). */
  pollIntervalMs: number;
  /**
   * How late a change may commit after its id was minted and still be delivered: ids come from
   * each process's clock when its transaction starts, so a smaller id can commit after a larger one
   * was read (clock skew, long transactions). Each poll reads this much again before the newest id.
   */
  lateWindowMs: number;
  /** Rows per query. */
  pageSize: number;
  /** Open streams per workspace in this process. */
  maxStreamsPerWorkspace: number;
  /** Changes waiting for one slow client before its stream is ended (it reconnects and replays). */
  maxQueuedPerStream: number;
  heartbeatMs: number;
  /** The reconnection delay the stream asks clients for (`retry:`). */
  retryMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  pollIntervalMs: 250,
  lateWindowMs: 2_000,
  pageSize: 500,
  maxStreamsPerWorkspace: 100,
  maxQueuedPerStream: 10_000,
  heartbeatMs: 15_000,
  retryMs: 2_000,
};

/** One open stream, as the feed sees it. */
export interface Subscriber {
  /** Which changes this subscriber wants. */
  readonly filter: ChangeFilter;
  /** A change committed since the subscription started; called at most once per change id. */
  deliver(row: StatusChangeRow): void;
  /** The feed is closing (shutdown): end the stream. */
  end(): void;
}

export interface Subscription {
  /**
   * The newest change id when the subscription started (or the floor of "now" in a workspace
   * without changes): every change committed later is delivered, whatever its id.
   */
  readonly cursor: string;
  /** Ids at or below this are never delivered again: a stream may forget them. */
  floor(): string;
  close(): void;
}

export type SubscribeResult = Subscription | 'limit' | 'closed';

/** What the feed knows of one workspace while it has subscribers. */
interface WorkspaceCursor {
  readonly workspaceId: string;
  readonly subscribers: Set<Subscriber>;
  ready: Promise<void>;
  primed: boolean;
  /** The largest id seen. */
  highWater: string;
  /** Rows at or below it are not read again; it only moves up. */
  floor: string;
  /** Ids above `floor` already delivered (or there before the workspace was followed). */
  readonly seen: Set<string>;
  polling: Promise<void> | null;
  again: boolean;
  failing: boolean;
}

/**
 * Follows `status_changes` for the workspaces that have open streams, one poller per process (not per
 * connection), and fans new rows out to their subscribers. Reading the table rather than an in-process
 * event bus is what lets a change committed by another process sharing the database reach a stream
 * held here. Each poll reads, per workspace, the rows after `floor`: the trailing `lateWindowMs` before
 * the newest id, so a row that commits after a larger id was read is still found, and deduplicated by
 * id so it is delivered once. Writes made by this process wake the poll at once (`notify`).
 */
export class StatusChangeFeed {
  readonly settings: StreamSettings;
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #cursors = new Map<string, WorkspaceCursor>();
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: { db: Db; clock: Clock; logger: Logger; settings?: Partial<StreamSettings> }) {
    this.#db = options.db;
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.settings = { ...DEFAULT_STREAM_SETTINGS, ...options.settings };
  }

  /** Streams open in a workspace (in this process). */
  streamCount(workspaceId: string): number {
    return this.#cursors.get(workspaceId)?.subscribers.size ?? 0;
  }

  /**
   * Registers a stream; it receives every change of its workspace (and campaign) committed from now
   * on. Resolves once the workspace is followed, so the `cursor` is known.
   */
  async subscribe(workspaceId: string, subscriber: Subscriber): Promise<SubscribeResult> {
    if (this.#closed) return 'closed';
    let cursor = this.#cursors.get(workspaceId);
    if (cursor && cursor.subscribers.size >= this.settings.maxStreamsPerWorkspace) return 'limit';
    if (!cursor) {
      cursor = this.#follow(workspaceId);
    }
    cursor.subscribers.add(subscriber);
    const followed = cursor;
    try {
      await followed.ready;
    } catch (error) {
      this.#unsubscribe(followed, subscriber);
      throw error;
    }
    return {
      cursor: followed.highWater || changeIdFloor(this.#clock.now()),
      floor: () => followed.floor,
      close: () => this.#unsubscribe(followed, subscriber),
    };
  }

  /** A change was committed in this process: read the workspace now rather than at the next tick. */
  notify(workspaceId: string): void {
    const cursor = this.#cursors.get(workspaceId);
    if (cursor?.primed) this.#requestPoll(cursor);
  }

  /** Ends every stream and stops polling; waits for queries in flight. Safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopTimer();
    const cursors = [...this.#cursors.values()];
    this.#cursors.clear();
    for (const cursor of cursors) {
      for (const subscriber of cursor.subscribers) subscriber.end();
      cursor.subscribers.clear();
    }
    await Promise.allSettled(cursors.flatMap((c) => [c.ready, c.polling ?? Promise.resolve()]));
  }

  #follow(workspaceId: string): WorkspaceCursor {
    const cursor: WorkspaceCursor = {
      workspaceId,
      subscribers: new Set(),
      ready: Promise.resolve(),
      primed: false,
      highWater: '',
      floor: '',
      seen: new Set(),
      polling: null,
      again: false,
      failing: false,
    };
    cursor.ready = this.#prime(cursor).catch((error: unknown) => {
      if (this.#cursors.get(workspaceId) === cursor) this.#cursors.delete(workspaceId);
      throw error;
    });
    this.#cursors.set(workspaceId, cursor);
    this.#startTimer();
    return cursor;
  }

  /** Marks what already exists as seen, without delivering it: a new stream starts from now. */
  async #prime(cursor: WorkspaceCursor): Promise<void> {
    const latest = await latestChangeId(this.#db, cursor.workspaceId);
    if (latest !== undefined) {
      cursor.highWater = latest;
      cursor.floor = this.#floorFor(latest);
      let after = cursor.floor;
      for (;;) {
        const ids = await changeIdsAfter(this.#db, cursor.workspaceId, after, this.settings.pageSize);
        for (const id of ids) cursor.seen.add(id);
        const last = ids[ids.length - 1];
        if (last !== undefined && last > cursor.highWater) cursor.highWater = last;
        if (last === undefined || ids.length < this.settings.pageSize) break;
        after = last;
      }
    }
    cursor.primed = true;
  }

  /** The trailing window before the newest id, or before now if that id is from a clock ahead of ours. */
  #floorFor(highWater: string): string {
    return changeIdFloor(Math.min(changeIdTime(highWater), this.#clock.now()) - this.settings.lateWindowMs);
  }

  #requestPoll(cursor: WorkspaceCursor): void {
    if (cursor.polling) {
      cursor.again = true;
      return;
    }
    cursor.polling = (async () => {
      do {
        cursor.again = false;
        await this.#poll(cursor);
      } while (cursor.again && this.#cursors.get(cursor.workspaceId) === cursor);
      cursor.polling = null;
    })();
  }

  async #poll(cursor: WorkspaceCursor): Promise<void> {
    try {
      let after = cursor.floor;
      for (;;) {
        const rows = await changesAfter(this.#db, cursor.workspaceId, after, {
          limit: this.settings.pageSize,
        });
        for (const row of rows) this.#fanOut(cursor, row);
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < this.settings.pageSize) break;
        after = last.id;
      }
      this.#advanceFloor(cursor);
      if (cursor.failing)
        this.#logger.info({ workspaceId: cursor.workspaceId }, 'status change feed recovered');
      cursor.failing = false;
    } catch (error) {
      // The next tick tries again; log once per outage, not four times a second.
      if (!cursor.failing) {
        this.#logger.warn({ err: error, workspaceId: cursor.workspaceId }, 'status change feed cannot read');
      }
      cursor.failing = true;
    }
  }

  #fanOut(cursor: WorkspaceCursor, row: StatusChangeRow): void {
    if (cursor.seen.has(row.id)) return;
    cursor.seen.add(row.id);
    if (row.id > cursor.highWater) cursor.highWater = row.id;
    for (const subscriber of cursor.subscribers) {
      if (!changeMatches(subscriber.filter, row)) continue;
      try {
        subscriber.deliver(row);
      } catch (error) {
        this.#logger.error({ err: error, workspaceId: cursor.workspaceId }, 'delivering a status change');
      }
    }
  }

  /** Moves the floor up to the trailing window and forgets the ids below it. */
  #advanceFloor(cursor: WorkspaceCursor): void {
    if (cursor.highWater === '') return;
    const floor = this.#floorFor(cursor.highWater);
    if (floor <= cursor.floor) return;
    cursor.floor = floor;
    for (const id of cursor.seen) if (id <= floor) cursor.seen.delete(id);
  }

  #unsubscribe(cursor: WorkspaceCursor, subscriber: Subscriber): void {
    cursor.subscribers.delete(subscriber);
    if (cursor.subscribers.size > 0 || this.#cursors.get(cursor.workspaceId) !== cursor) return;
    this.#cursors.delete(cursor.workspaceId);
    if (this.#cursors.size === 0) this.#stopTimer();
  }

  #startTimer(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setInterval(() => {
      for (const cursor of this.#cursors.values()) if (cursor.primed) this.#requestPoll(cursor);
    }, this.settings.pollIntervalMs);
    // Open streams keep the server's sockets, and so the process, alive; the timer need not.
    this.#timer.unref();
  }

  #stopTimer(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
