import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import { MAX_TOKEN_LENGTH, NO_STORE } from '../pixel.js';
import { recordClick } from '../record-hit.js';
import { TokenParamsSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/t/c/{token}',
  tags: ['Tracking'],
  summary: 'Tracked link',
  description:
    'Redirects (302) to exactly the URL given for this link in `POST /v1/messages` (never to a URL from the ' +
    'request) and records a `clicked` event a few seconds later, once the clicks around it are known: clicks by ' +
    'scanners (known user agents, within seconds of the send, every link at once, near a honeypot click) and ' +
    '`HEAD` requests are recorded with `machine: true`. The honeypot link answers a blank page. Public (no API key).',
  security: [],
  request: { params: TokenParamsSchema },
  responses: {
    302: {
      description: 'To the link’s URL.',
      headers: z.object({ Location: z.string().openapi({ example: 'https://example.com/pricing' }) }),
    },
    200: {
      description: 'The honeypot link: a blank page.',
      content: { 'text/html': { schema: z.string() } },
    },
    ...problemResponses(404, 500, 503),
  },
});

const BLANK_PAGE = '<!doctype html><meta charset="utf-8"><title></title>';

export const clickRedirect = createRouter().openapi(route, async (c) => {
  const { token } = c.req.valid('param');
  if (token.length > MAX_TOKEN_LENGTH) throw problems.notFound('No such link.');
  const target = await recordClick(c.get('services'), c.get('tracking'), token, {
    userAgent: c.req.header('User-Agent') ?? null,
    method: c.req.method,
  });
  if (!target) throw problems.notFound('No such link.');
  if (target.kind === 'honeypot') {
    return c.html(BLANK_PAGE, 200, { ...NO_STORE, 'Content-Security-Policy': "default-src 'none'" });
  }
  return c.body(null, 302, { Location: target.url, ...NO_STORE });
});
