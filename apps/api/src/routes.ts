import type { OpenAPIHono } from '@hono/zod-openapi';
import { postEnroll } from './enrollments/routes/post-enroll.js';
import { postEventBatch } from './events/routes/post-batch.js';
import { postEvent } from './events/routes/post-event.js';
import type { AppEnv } from './http/app-env.js';
import { listStatuses } from './statuses/routes/list.js';
import { getCurrentWorkspace } from './workspaces/routes/get-current.js';

/**
 * Every /v1 router, each one operation. Mounted at `/` by createApp after authentication; the order
 * matters only where paths overlap (a literal segment before a `{param}` one).
 */
export const v1Routers: ReadonlyArray<OpenAPIHono<AppEnv>> = [
  getCurrentWorkspace,
  listStatuses,
  postEvent,
  postEventBatch,
  postEnroll,
];
