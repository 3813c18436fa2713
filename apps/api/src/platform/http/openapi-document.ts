import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.js';

export const API_VERSION = '0.1.0';

type DocumentConfig = Parameters<OpenAPIHono<AppEnv>['getOpenAPI31Document']>[0];
export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>;

export const OPENAPI_CONFIG: DocumentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Lead Status API',
    version: API_VERSION,
    description:
      'One clear status per lead per cold-email campaign, kept current from events. ' +
      'Authenticate with `Authorization: Bearer lsk_…` (a secret API key), or in browsers with a ' +
      'read-only embed token from `POST /v1/embed-tokens`. Errors are RFC 9457 ' +
      '`application/problem+json` documents.',
    license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  },
  servers: [{ url: 'http://127.0.0.1:8787', description: 'Local (pnpm start)' }],
  security: [{ bearerAuth: [] }],
  tags: [
    { name: 'System', description: 'Health, readiness and this document.' },
    { name: 'Workspace', description: 'The workspace your key belongs to.' },
    { name: 'Statuses', description: 'The statuses a lead can have in a campaign.' },
    { name: 'Leads', description: 'People you email, unique by e-mail address within a workspace.' },
    { name: 'Campaigns', description: 'Named sequences of email steps.' },
    {
      name: 'Enrollments',
      description: 'Leads in campaigns: the Leads tab and Campaign -> Leads views, pause and resume.',
    },
    {
      name: 'Events',
      description: 'What happened to a lead in a campaign; statuses are derived from events.',
    },
    {
      name: 'Analytics',
      description: 'Distribution, rates and daily trends, read from counters kept as events apply.',
    },
    {
      name: 'Sending',
      description: 'For a sending engine: what is due, and the messages it sends with their tracking links.',
    },
    {
      name: 'Tracking',
      description: 'Public: the open pixel, tracked clicks and the unsubscribe page (RFC 8058 one-click).',
    },
    {
      name: 'Inbound webhooks',
      description: 'Public: events from SES, SendGrid, Mailgun and Postmark, each checked by its signature.',
    },
    {
      name: 'Embed tokens',
      description: 'Short-lived, read-only tokens for browsers: the widgets never hold a secret key.',
    },
    { name: 'Do-not-contact', description: 'E-mail addresses and domains that are never contacted.' },
    {
      name: 'Webhooks',
      description:
        'Signed HTTPS callbacks when a lead’s status changes, with retries, a delivery log and replay.',
    },
  ],
};

/** Registers shared components once; call before generating the document. */
export function registerSecuritySchemes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A secret API key (`lsk_…`) or, for read routes, an embed token.',
  });
}

const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID is ideal). A retry with the same key and body gets the first response again ' +
    'instead of running twice; the same key with another body is a 422, and while the first request runs, a 409. Kept 24 hours.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
} as const;

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Problems the platform answers before a handler runs, so every operation it guards can answer them. */
const PLATFORM_PROBLEMS = {
  400: 'The request is not valid: `errors` lists each field (path, query, header or body).',
  413: 'The body is larger than the limit (1 MiB by default).',
  415: 'The body is not `application/json` (or the form the route takes).',
} as const;

type Operation = NonNullable<NonNullable<OpenApiDocument['paths']>[string]['get']>;

/** Which of the platform's problems an operation can meet: validation, the body limit, the media type. */
function platformProblems(
  method: (typeof METHODS)[number],
  operation: Operation,
): Array<keyof typeof PLATFORM_PROBLEMS> {
  const statuses: Array<keyof typeof PLATFORM_PROBLEMS> = [];
  const validated = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
  if (validated) statuses.push(400);
  if (method !== 'get') statuses.push(413);
  if (operation.requestBody !== undefined) statuses.push(415);
  return statuses;
}

function declarePlatformProblems(document: OpenApiDocument): void {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const status of platformProblems(method, operation)) {
        operation.responses = {
          ...operation.responses,
          [status]: operation.responses?.[status] ?? {
            description: PLATFORM_PROBLEMS[status],
            content: problemContent,
          },
        };
      }
    }
  }
}

/**
 * The OpenAPI 3.1 document, built once per app (not per request). Every POST under /v1 gets the
 * Idempotency-Key header and its 409/422 problems, which one middleware implements for all of them;
 * every operation gets the problems the platform answers before its handler (400, 413, 415).
 */
export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  const document = app.getOpenAPI31Document(OPENAPI_CONFIG);
  document.components = {
    ...document.components,
    parameters: { ...document.components?.parameters, IdempotencyKey: IDEMPOTENCY_KEY_PARAMETER },
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const post = item.post;
    if (!path.startsWith('/v1/') || !post) continue;
    post.parameters = [...(post.parameters ?? []), { $ref: '#/components/parameters/IdempotencyKey' }];
    post.responses = {
      ...post.responses,
      409: post.responses?.[409] ?? {
        description: 'The Idempotency-Key is in use by a request still running.',
        content: problemContent,
      },
      422: post.responses?.[422] ?? {
        description: 'The Idempotency-Key was used with another request.',
        content: problemContent,
      },
    };
  }
  declarePlatformProblems(document);
  return document;
}
