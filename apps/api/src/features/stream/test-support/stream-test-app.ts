import { createApp } from '../../../app.js';
import { systemClock } from '../../../platform/clock.js';
import type { DatabaseHandle } from '../../../platform/db/open-database.js';
import type { TestApp } from '../../../test-support/test-app.js';
import { createWorkspace } from '../../workspaces/workspaces.repository.js';
import type { StreamSettings } from '../status-change-feed.js';
import { SseReader } from './sse-reader.js';

/** The real app with short stream intervals, called in-process, plus a way to open streams. */
export function createStreamTestApp(database: DatabaseHandle, settings: Partial<StreamSettings> = {}) {
  const { app, close } = createApp({
    database,
    clock: systemClock,
    stream: { pollIntervalMs: 20, heartbeatMs: 60_000, ...settings },
  });
  const testApp: TestApp = {
    request(path, init = {}) {
      const { key, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (key) merged.set('Authorization', `Bearer ${key}`);
      if (json !== undefined) merged.set('Content-Type', 'application/json');
      return Promise.resolve(
        app.request(path, {
          ...rest,
          headers: merged,
          ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
        }),
      );
    },
    async newWorkspace(name = 'Stream workspace') {
      const { workspace, apiKey } = await createWorkspace(database.writer, { name, now: Date.now() });
      return { workspaceId: workspace.id, apiKey };
    },
  };
  const opened: SseReader[] = [];
  return {
    ...testApp,
    close,
    /** Opens `GET /v1/stream…` and reads its `ready` frame; the stream is live when this resolves. */
    async openStream(key: string, query = '', headers: Record<string, string> = {}) {
      const response = await testApp.request(`/v1/stream${query}`, { key, headers });
      if (response.status !== 200) throw new Error(`stream: ${response.status} ${await response.text()}`);
      const reader = new SseReader(response.body);
      opened.push(reader);
      const ready = await reader.next();
      if (ready?.event !== 'ready') throw new Error(`expected a ready frame, got ${JSON.stringify(ready)}`);
      return { response, reader, ready };
    },
    /** Cancels every stream opened and ends the feed. */
    async dispose() {
      await Promise.all(opened.map((r) => r.cancel()));
      await close();
    },
  };
}

export type StreamTestApp = ReturnType<typeof createStreamTestApp>;
