import { z } from '@hono/zod-openapi';
import { idSchema } from '../../platform/http/common-schemas.js';
import { CHANGE_ID } from './change-ids.js';

const ChangeIdSchema = z
  .string()
  .regex(CHANGE_ID, 'Must be a status change id (chg_…) from a previous event of this stream');

export const StreamQuerySchema = z.object({
  campaign_id: idSchema('cmp').optional().openapi({ description: 'Only the changes of this campaign.' }),
  last_event_id: ChangeIdSchema.optional().openapi({
    description:
      'The same as the `Last-Event-ID` header, for clients that cannot set headers. The header wins when both are sent.',
    example: 'chg_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  }),
});

export const StreamHeadersSchema = z.object({
  'last-event-id': ChangeIdSchema.optional().openapi({
    description:
      'The `id` of the last event received: the changes after it are sent first (browsers send it when they reconnect).',
    example: 'chg_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  }),
});
