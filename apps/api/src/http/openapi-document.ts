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
      'Authenticate with `Authorization: Bearer lsk_…` (a secret API key). Errors are RFC 9457 ' +
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
    { name: 'Do-not-contact', description: 'E-mail addresses and domains that are never contacted.' },
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

/** The OpenAPI 3.1 document, built once per app (not per request). */
export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
