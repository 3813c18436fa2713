import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../../platform/http/create-router.js';
import { problems } from '../../../platform/http/problem.js';
import { AUTHENTICATED_PROBLEMS, problemResponses } from '../../../platform/http/problem-responses.js';
import { toIso } from '../../../platform/time.js';
import { listDncEntries } from '../dnc.repository.js';
import { DncListSchema, displayValue } from '../schemas.js';

const QuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
  kind: z.enum(['email', 'domain']).optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'Entries containing this text.' }),
});

const route = createRoute({
  method: 'get',
  path: '/v1/dnc',
  tags: ['Do-not-contact'],
  summary: 'List the do-not-contact entries',
  description: 'Newest first; page with `next_cursor`.',
  request: { query: QuerySchema },
  responses: {
    200: { description: 'A page of entries.', content: { 'application/json': { schema: DncListSchema } } },
    ...problemResponses(400, ...AUTHENTICATED_PROBLEMS),
  },
});

/** The cursor is the last entry's id, base64url-wrapped so callers treat it as opaque. */
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^dnc_[0-9A-Z]{26}$/.test(id)) {
    throw problems.validation('query.cursor: not a cursor from this list', [
      { path: 'query.cursor', message: 'Not a cursor from this list' },
    ]);
  }
  return id;
}

export const listDnc = createRouter().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const entries = await listDncEntries(c.get('services').db, c.get('caller').workspaceId, {
    limit: query.limit + 1,
    ...(query.cursor ? { beforeId: decodeCursor(query.cursor) } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.q ? { contains: query.q.replace(/^@/, '') } : {}),
  });
  const page = entries.slice(0, query.limit);
  const last = page[page.length - 1];
  return c.json(
    DncListSchema.parse({
      data: page.map((e) => ({
        id: e.id,
        value: displayValue(e.kind, e.value),
        kind: e.kind,
        source: e.source,
        created_at: toIso(e.createdAt),
      })),
      next_cursor: entries.length > query.limit && last ? Buffer.from(last.id).toString('base64url') : null,
    }),
    200,
  );
});
