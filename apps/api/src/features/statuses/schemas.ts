import { z } from '@hono/zod-openapi';
import { STATUSES } from '@leadstatus/core';

export const StatusSchema = z.enum(STATUSES).openapi('Status', {
  description:
    'not_contacted (Not Contacted), sent (Sent), engaged (Engaged), replied (Replied), bounced (Bounced / Blocked), ' +
    'unsubscribed (Unsubscribed), completed (Completed), paused (Paused).',
});
