/** A workspace's signing secret for one purpose (`embed_tokens`, …): 32 random bytes, base64url. */
export interface WorkspaceSecretsTable {
  workspace_id: string;
  purpose: string;
  secret: string;
  created_at: number;
}
