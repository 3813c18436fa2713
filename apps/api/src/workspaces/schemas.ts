import { z } from '@hono/zod-openapi';

export const WorkspaceSchema = z
  .object({
    id: z.string().openapi({ example: 'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2' }),
    name: z.string(),
    settings: z.object({
      filter_machine_events: z.boolean().openapi({
        description:
          'Machine opens and clicks (security scanners, privacy proxies) do not make a lead Engaged.',
      }),
    }),
    created_at: z.string().datetime().openapi({ example: '2026-11-27T10:00:00.000Z' }),
  })
  .openapi('Workspace');
