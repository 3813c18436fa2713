import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { WorkspaceSchema } from '../schemas.js';
import { workspaceToJson } from '../workspace-json.js';
import { findWorkspace } from '../workspaces.repository.js';

const route = createRoute({
  method: 'get',
  path: '/v1/workspace',
  tags: ['Workspace'],
  summary: 'The workspace of the calling key',
  description: 'Handy to check a key: answers 200 with its workspace, 401 when the key is not valid.',
  responses: {
    200: { description: 'The workspace.', content: { 'application/json': { schema: WorkspaceSchema } } },
    ...problemResponses(...AUTHENTICATED_PROBLEMS),
  },
});

export const getCurrentWorkspace = createRouter().openapi(route, async (c) => {
  const { workspaceId } = c.get('caller');
  const workspace = await findWorkspace(c.get('services').db, workspaceId);
  if (!workspace) throw problems.unauthorized('The workspace of this key no longer exists.');
  return c.json(workspaceToJson(workspace), 200);
});
