// What workspaces publishes to other features (docs/decisions/layers.md): a workspace by id.
export { findWorkspace } from './workspaces.repository.js';
