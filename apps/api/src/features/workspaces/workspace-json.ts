import { toIso } from '../../platform/time.js';
import { WorkspaceSchema } from './schemas.js';
import type { Workspace } from './workspaces.repository.js';

/** The API shape of a workspace: GET and PATCH /v1/workspace answer the same. */
export function workspaceToJson(workspace: Workspace) {
  return WorkspaceSchema.parse({
    id: workspace.id,
    name: workspace.name,
    settings: workspace.settings,
    created_at: toIso(workspace.createdAt),
  });
}
