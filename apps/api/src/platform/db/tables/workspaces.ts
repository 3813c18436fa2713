import type { Generated } from 'kysely';

/** A tenant. `settings` is a JSON object (see engine/workspace-settings.ts). */
export interface WorkspacesTable {
  id: string;
  name: string;
  settings: string;
  /** 1 for the workspace the demo seed made (the demo page shows it), else 0. Never set through the API. */
  is_demo: Generated<number>;
  created_at: number;
  updated_at: number;
}

/**
 * Secret API keys. Looked up by `id` (the key id embedded in `lsk_<id>_<secret>`) before the
 * workspace is known, so this is a global lookup table like `workspaces`.
 */
export interface ApiKeysTable {
  id: string;
  workspace_id: string;
  name: string;
  /** SHA-256 (hex) of the whole key; the plain key is never stored. */
  key_hash: string;
  /** The first characters of the key (ASCII), shown in listings so a user can recognise it. */
  display_prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}
