import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { inboundMessageJson } from '../mail/inbound-json.js';
import { findInboundMessage, findMailEnrollment } from '../mail/inbound-messages.repository.js';
import { InboundIdParamsSchema, InboundMessageSchema, isInboundIdShape } from '../mail/schemas.js';

const route = createRoute({
  method: 'get',
  path: '/v1/inbound/messages/{id}',
  tags: ['Inbound mail'],
  summary: 'One mail read: its headers that matter, its classification and its snippet',
  request: { params: InboundIdParamsSchema },
  responses: {
    200: { description: 'The mail.', content: { 'application/json': { schema: InboundMessageSchema } } },
    ...problemResponses(404, ...AUTHENTICATED_PROBLEMS),
  },
});

export const getMailRoute = createRouter().openapi(route, async (c) => {
  const { db } = c.get('services');
  const { workspaceId } = c.get('caller');
  const { id } = c.req.valid('param');
  const row = isInboundIdShape(id) ? await findInboundMessage(db, workspaceId, id) : undefined;
  if (!row) throw problems.notFound('No inbound mail with this id in your workspace.');
  const enrollment = await findMailEnrollment(db, workspaceId, row.enrollment_id);
  return c.json(InboundMessageSchema.parse(inboundMessageJson(row, enrollment)), 200);
});
