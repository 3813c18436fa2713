import { createApp } from '../app.js';
import { createWorkspace } from '../features/workspaces/workspaces.repository.js';
import { type Clock, systemClock } from '../platform/clock.js';
import type { DatabaseHandle } from '../platform/db/open-database.js';

export interface TestApp {
  request(path: string, init?: RequestInit & { key?: string | null; json?: unknown }): Promise<Response>;
  /** A new workspace and its secret key. */
  newWorkspace(name?: string): Promise<{ workspaceId: string; apiKey: string }>;
}

/** The real app, called in-process through its `fetch` (no socket). */
export function createTestApp(
  database: DatabaseHandle,
  options: { clock?: Clock; bodyLimitBytes?: number } = {},
) {
  const clock = options.clock ?? systemClock;
  const { app, openApiDocument } = createApp({
    database,
    clock,
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
  });
  const testApp: TestApp & { app: typeof app; openApiDocument: typeof openApiDocument } = {
    app,
    openApiDocument,
    async request(path, init = {}) {
      const { key, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (key) merged.set('Authorization', `Bearer ${key}`);
      if (json !== undefined) merged.set('Content-Type', 'application/json');
      return app.request(path, {
        ...rest,
        headers: merged,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    async newWorkspace(name = 'Test workspace') {
      const { workspace, apiKey } = await createWorkspace(database.writer, { name, now: clock.now() });
      return { workspaceId: workspace.id, apiKey };
    },
  };
  return testApp;
}
