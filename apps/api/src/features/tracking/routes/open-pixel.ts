import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { problemResponses } from '../../../platform/http/problem-responses.js';
import { MAX_TOKEN_LENGTH, NO_STORE, PIXEL_GIF } from '../pixel.js';
import { recordOpen } from '../record-hit.js';
import { TokenParamsSchema } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/t/o/{token}',
  tags: ['Tracking'],
  summary: 'Open pixel',
  description:
    'A 1x1 transparent GIF that records an `opened` event with the user agent. Public (no API key): the token ' +
    'names the message. Any token, valid or not, gets the same GIF and a bad one records nothing, so the answer ' +
    'reveals nothing. Opens by security scanners and privacy proxies (known user agents, within seconds of the ' +
    'send) and `HEAD` requests are recorded with `machine: true`.',
  security: [],
  request: { params: TokenParamsSchema },
  responses: {
    200: {
      description: 'The GIF (`Cache-Control: no-store`).',
      content: { 'image/gif': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    ...problemResponses(404, 500, 503),
  },
});

export const openPixel = createRouter().openapi(route, async (c) => {
  const { token } = c.req.valid('param');
  // Longer than any token: not a tracking URL at all (and not worth a look-up).
  if (token.length > MAX_TOKEN_LENGTH) throw problems.notFound('No such tracking URL.');
  const services = c.get('services');
  try {
    await recordOpen(services, c.get('tracking'), token, {
      userAgent: c.req.header('User-Agent') ?? null,
      method: c.req.method,
    });
  } catch (error) {
    // The image is answered all the same: a mail client shows nothing broken.
    services.logger.error({ err: error, requestId: c.get('requestId') }, 'recording an open failed');
  }
  return c.body(new Uint8Array(PIXEL_GIF), 200, { 'Content-Type': 'image/gif', ...NO_STORE });
});
