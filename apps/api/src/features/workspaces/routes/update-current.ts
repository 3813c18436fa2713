import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WorkspacePatchSchema, WorkspaceSchema } from '../schemas.js';
import { patchWorkspace } from '../update-workspace.js';
import { workspaceToJson } from '../workspace-json.js';

const route = createRoute({
  method: 'patch',
  path: '/v1/workspace',
  tags: ['Workspace'],
  summary: 'Rename the workspace or change its settings',
  description:
    'Send `name`, `settings` or both; only the settings sent change. A new `settings.timezone` (the ' +
    'reporting zone of trends) rebuilds its daily trend rollups from the stored events before answering.',
  request: {
    body: { required: true, content: { 'application/json': { schema: WorkspacePatchSchema } } },
  },
  responses: {
    200: {
      description: 'The updated workspace.',
      content: { 'application/json': { schema: WorkspaceSchema } },
    },
    ...problemResponses(400, 413, ...AUTHENTICATED_PROBLEMS),
  },
});

export const updateCurrentWorkspace = createRouter().openapi(route, async (c) => {
  const { workspaceId } = c.get('caller');
  const workspace = await patchWorkspace(c.get('services'), workspaceId, c.req.valid('json'));
  if (!workspace) throw problems.unauthorized('The workspace of this key no longer exists.');
  return c.json(workspaceToJson(workspace), 200);
});
