import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import { MAX_TOKEN_LENGTH, NO_STORE } from '../pixel.js';
import { recordUnsubscribe, resolveToken } from '../record-hit.js';
import { TokenParamsSchema, UnsubscribeFormSchema } from '../schemas.js';
import { confirmationPage, donePage, PAGE_CSP } from '../unsubscribe-page.js';

const PAGE_HEADERS = { ...NO_STORE, 'Content-Security-Policy': PAGE_CSP };

const getRoute = createRoute({
  method: 'get',
  path: '/u/{token}',
  tags: ['Tracking'],
  summary: 'Unsubscribe page',
  description:
    'A small page asking to confirm: a GET changes nothing (security scanners fetch every link). Its button ' +
    'POSTs to the same URL. Public (no API key).',
  security: [],
  request: { params: TokenParamsSchema },
  responses: {
    200: { description: 'The confirmation page.', content: { 'text/html': { schema: z.string() } } },
    ...problemResponses(404, 500, 503),
  },
});

const postRoute = createRoute({
  method: 'post',
  path: '/u/{token}',
  tags: ['Tracking'],
  summary: 'Unsubscribe (page button and RFC 8058 one-click)',
  description:
    'Records `unsubscribed` for the lead: reason `one_click` for the RFC 8058 body `List-Unsubscribe=One-Click` ' +
    '(what mail apps send from the `List-Unsubscribe-Post` header), `link` for the page’s button (`confirm=yes`). ' +
    'The lead is unsubscribed from every campaign and its address joins the do-not-contact list. Once per message: ' +
    'posting again changes nothing. Public (no API key).',
  security: [],
  request: {
    params: TokenParamsSchema,
    body: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': { schema: UnsubscribeFormSchema },
        'multipart/form-data': { schema: UnsubscribeFormSchema },
      },
    },
  },
  responses: {
    200: {
      description: 'Unsubscribed: a confirmation page.',
      content: { 'text/html': { schema: z.string() } },
    },
    ...problemResponses(400, 404, 413, 500, 503),
  },
});

export const unsubscribePage = createRouter().openapi(getRoute, async (c) => {
  const { token } = c.req.valid('param');
  const services = c.get('services');
  const resolved = token.length > MAX_TOKEN_LENGTH ? null : await resolveToken(services, token, 'u');
  if (!resolved) throw problems.notFound('This unsubscribe link is not valid.');
  const { payload, message } = resolved;
  const enrollment = await services.db
    .selectFrom('enrollments')
    .select('status')
    .where('workspace_id', '=', payload.workspaceId)
    .where('id', '=', message.enrollmentId)
    .executeTakeFirst();
  return c.html(
    confirmationPage(message.leadEmail, enrollment?.status === 'unsubscribed'),
    200,
    PAGE_HEADERS,
  );
});

export const unsubscribePost = createRouter().openapi(postRoute, async (c) => {
  const { token } = c.req.valid('param');
  const form = c.req.valid('form');
  const reason =
    form['List-Unsubscribe'] === 'One-Click' ? 'one_click' : form.confirm === 'yes' ? 'link' : undefined;
  if (token.length > MAX_TOKEN_LENGTH) throw problems.notFound('This unsubscribe link is not valid.');
  if (!reason) {
    throw problems.validation('Send List-Unsubscribe=One-Click (RFC 8058) or confirm=yes.', [
      { path: 'body', message: 'Expected List-Unsubscribe=One-Click or confirm=yes' },
    ]);
  }
  const services = c.get('services');
  const recorded = await recordUnsubscribe(services, token, reason, c.req.header('User-Agent') ?? null);
  if (!recorded) {
    throw problems.notFound('This unsubscribe link is not valid.');
  }
  return c.html(donePage(recorded.message.leadEmail), 200, PAGE_HEADERS);
});
