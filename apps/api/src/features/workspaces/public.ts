// What workspaces publishes to other features (docs/decisions/layers.md): a workspace by id.
export { findWorkspace, lockWorkspace } from './workspaces.repository.js';
