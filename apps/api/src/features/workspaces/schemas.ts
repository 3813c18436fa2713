import { z } from '@hono/zod-openapi';
import { isTimeZone } from '../../engine/time-zones.js';
import { TIME_ZONE_MESSAGE } from '../../engine/workspace-settings.js';

const FILTER_MACHINE_EVENTS =
  'Machine opens and clicks (security scanners, privacy proxies) do not make a lead Engaged. Applies to events applied from then on.';
const TIMEZONE =
  'The reporting zone (IANA): trends are kept for its local days and for UTC. Changing it rebuilds its trends from the stored events.';

export const WorkspaceSchema = z
  .object({
    id: z.string().openapi({ example: 'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
    name: z.string().openapi({ example: 'Acme' }),
    settings: z.object({
      filter_machine_events: z.boolean().openapi({ description: FILTER_MACHINE_EVENTS, example: true }),
      timezone: z.string().openapi({ description: TIMEZONE, example: 'Europe/Paris' }),
    }),
    created_at: z.string().datetime().openapi({ example: '2026-11-27T10:00:00.000Z' }),
  })
  .openapi('Workspace');

export const WorkspacePatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(255).optional().openapi({ example: 'Acme EU' }),
    settings: z
      .strictObject({
        timezone: z
          .string()
          .max(64)
          .refine(isTimeZone, TIME_ZONE_MESSAGE)
          .optional()
          .openapi({ description: TIMEZONE, example: 'Europe/Paris' }),
      })
      .optional()
      .openapi({
        description:
          'Only the settings sent change. `filter_machine_events` is fixed when the workspace is created: ' +
          'changing it would leave stored statuses derived under the old rule.',
      }),
  })
  .refine((patch) => patch.name !== undefined || patch.settings !== undefined, {
    message: 'Send at least one of name, settings',
  })
  .openapi('WorkspacePatch', { example: { settings: { timezone: 'Europe/Paris' } } });

export type WorkspacePatch = z.infer<typeof WorkspacePatchSchema>;
