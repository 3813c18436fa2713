import { z } from 'zod';
import { isTimeZone, normalizeZoneName } from './time-zones.js';

export const TIME_ZONE_MESSAGE = 'Must be an IANA time zone such as Europe/Paris or UTC';

/** Per-workspace settings, stored as JSON; unknown or missing keys fall back to the defaults. */
export const WorkspaceSettingsSchema = z.object({
  /** Machine opens and clicks (scanners, privacy proxies) do not make a lead Engaged. */
  filter_machine_events: z.boolean().default(true),
  /** The reporting zone: trends are kept for it and for UTC (docs/analytics.md). */
  timezone: z.string().refine(isTimeZone, TIME_ZONE_MESSAGE).transform(normalizeZoneName).default('UTC'),
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
