import { z } from 'zod';

/** Per-workspace settings, stored as JSON; unknown or missing keys fall back to the defaults. */
export const WorkspaceSettingsSchema = z.object({
  /** Machine opens and clicks (scanners, privacy proxies) do not make a lead Engaged. */
  filter_machine_events: z.boolean().default(true),
});

export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = WorkspaceSettingsSchema.parse({});

export function parseSettings(json: string): WorkspaceSettings {
  try {
    return WorkspaceSettingsSchema.parse(JSON.parse(json));
  } catch {
    return DEFAULT_WORKSPACE_SETTINGS;
  }
}
