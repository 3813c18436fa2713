import type {
  LeadListRow,
  Schemas,
  StatusChange,
  StatusChangeHandler,
  StatusChangeStreamOptions,
} from '@leadstatus/sdk';
import { vi } from 'vitest';
import type { WidgetClient } from '../controllers/client.js';
import { makeSummary, makeTrends } from './fixtures.js';

interface ListQuery {
  status?: string[];
  sort?: string;
  limit?: number;
  cursor?: string;
  campaign_id?: string[] | null;
}

/** What the fake should answer; change it between calls (e.g. fail, then succeed for Retry). */
export interface FakeBehaviour {
  rows: LeadListRow[];
  summary: Schemas['AnalyticsSummary'];
  trends: Schemas['Trends'];
  /** Thrown by every list call while set. */
  listError?: unknown;
  summaryError?: unknown;
  /** Delays list answers (ms), to see loading states. */
  listDelay?: number;
  csv: string;
}

function sortRows(rows: LeadListRow[], sort = '-status_changed_at'): LeadListRow[] {
  const key = sort.replace(/^-/, '') as 'status_changed_at' | 'email' | 'last_event_at';
  const value = (row: LeadListRow) => (key === 'email' ? row.lead.email : (row[key] ?? ''));
  const sorted = [...rows].sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
  return sort.startsWith('-') ? sorted.reverse() : sorted;
}

/**
 * An in-memory `WidgetClient`: pages by offset cursors, filters by status, records every call (`vi.fn`)
 * and lets a test push status changes with `emit`.
 */
export function fakeClient(behaviour: Partial<FakeBehaviour> = {}) {
  const state: FakeBehaviour = {
    rows: [],
    summary: makeSummary({ sent: 4, engaged: 3, replied: 2 }),
    trends: makeTrends(7),
    csv: 'email,status\r\nann@example.com,engaged\r\n',
    ...behaviour,
  };
  const handlers = new Set<StatusChangeHandler>();
  let changeId = 0;

  const page = async (query: ListQuery = {}, options?: { signal?: AbortSignal }) => {
    if (state.listDelay) await new Promise((resolve) => setTimeout(resolve, state.listDelay));
    options?.signal?.throwIfAborted();
    if (state.listError) throw state.listError;
    const statuses = query.status ?? [];
    const matching = sortRows(
      state.rows.filter((row) => statuses.length === 0 || statuses.includes(row.status)),
      query.sort,
    );
    const start = query.cursor ? Number(query.cursor) : 0;
    const limit = query.limit ?? 50;
    const data = matching.slice(start, start + limit);
    const next = start + limit < matching.length ? String(start + limit) : null;
    return { data, next_cursor: next };
  };

  const client = {
    leads: { list: vi.fn((query?: ListQuery, options?: { signal?: AbortSignal }) => page(query, options)) },
    campaigns: {
      leads: vi.fn((_id: string, query?: ListQuery, options?: { signal?: AbortSignal }) =>
        page(query, options),
      ),
    },
    analytics: {
      summary: vi.fn(async (_id: string, _options?: { signal?: AbortSignal }) => {
        if (state.summaryError) throw state.summaryError;
        return state.summary;
      }),
      workspace: vi.fn(async (_options?: { signal?: AbortSignal }) => {
        if (state.summaryError) throw state.summaryError;
        return state.summary;
      }),
      trends: vi.fn(
        async (_id: string, _query?: object, _options?: { signal?: AbortSignal }) => state.trends,
      ),
    },
    exports: {
      csv: vi.fn(async (_query?: ListQuery) => new Response(state.csv).body as ReadableStream<Uint8Array>),
    },
    stream: {
      statusChanges: vi.fn((_options: StatusChangeStreamOptions, onChange: StatusChangeHandler) => {
        handlers.add(onChange);
        let resolveDone: () => void = () => {};
        const done = new Promise<void>((resolve) => {
          resolveDone = resolve;
        });
        return {
          lastEventId: undefined,
          close: () => {
            handlers.delete(onChange);
            resolveDone();
          },
          done,
        };
      }),
    },
  };

  return {
    client: client as unknown as WidgetClient,
    calls: client,
    state,
    /** Delivers a status change to every open subscription. */
    emit(change: StatusChange) {
      changeId++;
      for (const handler of handlers) void handler(change, { id: `chg_${changeId}` });
    },
    get subscribers() {
      return handlers.size;
    },
  };
}

/** A `LeadStatusError`-shaped problem (widgets read errors by shape). */
export function problem(status: number, detail: string) {
  return Object.assign(new Error(detail), {
    name: 'LeadStatusError',
    kind: 'http',
    status,
    detail,
    title: 'Error',
  });
}
