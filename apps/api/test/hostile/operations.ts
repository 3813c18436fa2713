import { PROBLEM_TYPES } from '../../src/platform/http/problem.js';
import { rawReply, type SeededWorkspace } from './hostile-app.js';
import {
  hasPropertyNamed,
  type JsonSchema,
  resolve,
  type SchemaRoot,
  sampleOf,
  schemaErrors,
} from './json-schema.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface MediaType {
  schema?: JsonSchema;
  example?: unknown;
}

/** One operation of the OpenAPI document, with its `$ref` parameters resolved. */
export interface Operation {
  /** `GET /v1/leads/{id}`: how tests name it. */
  key: string;
  method: string;
  path: string;
  /** `security: []`: no credential (tracking links, unsubscribe, inbound webhooks, health). */
  isPublic: boolean;
  parameters: Parameter[];
  body?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

interface RawOperation {
  security?: unknown[];
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

type Document = SchemaRoot & {
  paths: Record<string, Record<string, unknown>>;
  components?: { parameters?: Record<string, Parameter> };
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the document: a route added later is covered without touching the tests. */
export function operationsOf(document: Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined;
      if (!raw) continue;
      const parameters = (raw.parameters ?? []).map((p) => {
        if (!('$ref' in p)) return p;
        const name = /^#\/components\/parameters\/(.+)$/.exec(p.$ref)?.[1] ?? '';
        const resolved = document.components?.parameters?.[name];
        if (!resolved) throw new Error(`cannot resolve ${p.$ref}`);
        return resolved;
      });
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        isPublic: Array.isArray(raw.security) && raw.security.length === 0,
        parameters,
        ...(raw.requestBody
          ? { body: { required: raw.requestBody.required ?? false, content: raw.requestBody.content } }
          : {}),
        responses: raw.responses,
      });
    }
  }
  return operations;
}

/** The seeded value for a path parameter: by its name, or for `{id}` by the collection before it. */
export function pathValue(operation: Operation, name: string, ids: SeededWorkspace): string {
  const segments = operation.path.split('/');
  const before = segments[segments.indexOf(`{${name}}`) - 1];
  const byName: Record<string, string | undefined> = {
    lead_id: ids.leadId,
    delivery_id: ids.deliveryId,
    workspace_id: ids.workspaceId,
    key: ids.labelKey,
    // The settings example of PUT /v1/providers/{provider} is Mailgun's; the seed configures Postmark.
    provider: operation.key === 'PUT /v1/providers/{provider}' ? 'mailgun' : 'postmark',
    token: operation.path.startsWith('/t/o/')
      ? ids.pixelToken
      : operation.path.startsWith('/t/c/')
        ? ids.clickToken
        : operation.path.startsWith('/u/')
          ? ids.unsubscribeToken
          : undefined,
    id: {
      campaigns: ids.campaignId,
      leads: ids.leadId,
      webhooks: ids.webhookId,
      dnc: ids.dncId,
      messages: ids.inboundId,
    }[before ?? ''],
  };
  const value = byName[name];
  if (value === undefined) {
    throw new Error(
      `${operation.key}: no seeded value for path parameter {${name}}; teach test/hostile/operations.ts#pathValue`,
    );
  }
  return value;
}

export function pathParameters(operation: Operation): string[] {
  return [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
}

export function fillPath(operation: Operation, values: Record<string, string>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] as string);
}

/** Body and query fields that name resources: the ones the cross-workspace matrix swaps. */
export function idFieldValue(field: string, ids: SeededWorkspace): unknown {
  switch (field) {
    case 'campaign_id':
      return ids.campaignId;
    case 'campaign_ids':
      return [ids.campaignId];
    case 'lead_id':
      return ids.leadId;
    case 'lead_ids':
      return ids.leadIds;
    case 'enrollment_id':
      return ids.enrollmentId;
    case 'enrollment_ids':
      return [ids.enrollmentId];
    default:
      return undefined;
  }
}

/** Replaces every id-naming field (at any depth) of a sample body with `ids`' resources. */
export function withIds(value: unknown, ids: SeededWorkspace): unknown {
  if (Array.isArray(value)) return value.map((item) => withIds(item, ids));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, idFieldValue(key, ids) ?? withIds(item, ids)]),
  );
}

const ID_FIELDS = new Set([
  'campaign_id',
  'campaign_ids',
  'lead_id',
  'lead_ids',
  'enrollment_id',
  'enrollment_ids',
]);

/**
 * For each field of the operation's JSON body that names resources (found in its schema, so a new
 * id field is covered by itself): bodies naming `theirs`' resources in that field and `own`'s
 * elsewhere. Two per field: with `own`'s other optional id fields, and without them (some fields
 * exclude each other).
 */
export function idBodyVariants(
  document: SchemaRoot,
  operation: Operation,
  own: SeededWorkspace,
  theirs: SeededWorkspace,
): Array<{ field: string; bodies: unknown[] }> {
  const schema = operation.body?.content['application/json']?.schema;
  if (!schema) return [];
  const root = { ...resolve(document, schema), example: undefined };
  const isId = (name: string) => ID_FIELDS.has(name);
  const sample = (target: JsonSchema, ids: SeededWorkspace, name: string, optional: (n: string) => boolean) =>
    sampleOf(document, target, (n) => fresh(n, ids), name, optional) as Record<string, unknown>;
  const withOwnIds = sample(root, own, '', isId);
  const required = sample(root, own, '', () => false);
  return Object.entries(root.properties ?? {})
    .filter(([key, property]) => isId(key) || hasPropertyNamed(document, property, isId))
    .map(([key, property]) => {
      const value = withIds(sample(property, theirs, key, isId), theirs);
      return {
        field: key,
        bodies: [
          { ...withOwnIds, [key]: value },
          { ...required, [key]: value },
        ],
      };
    });
}

let unique = 0;

function fresh(name: string, ids: SeededWorkspace): unknown {
  unique += 1;
  if (name === 'email') return `sample.${process.pid}.${unique}@example.com`;
  if (name === 'url') return 'https://hooks.partner.example/lead-status';
  return idFieldValue(name, ids);
}

/** A valid-looking JSON body for the operation: its example, else a sample of its schema, ids swapped. */
export function sampleBody(document: SchemaRoot, operation: Operation, ids: SeededWorkspace): unknown {
  if (operation.body?.content['message/rfc822']) return rawReply(ids.leadEmail, `sample-${Math.random()}`);
  const json = operation.body?.content['application/json'];
  if (!json?.schema) return undefined;
  const sample =
    json.example !== undefined
      ? structuredClone(json.example)
      : sampleOf(document, json.schema, (name) => fresh(name, ids));
  const body = withIds(sample, ids);
  // Examples name hosts that the tests' stub DNS does not know.
  if (body !== null && typeof body === 'object' && 'url' in body) return { ...body, url: fresh('url', ids) };
  return body;
}

/** A valid-looking request of `operation` against `ids`' workspace (path, query, JSON body). */
export function sampleRequest(document: SchemaRoot, operation: Operation, ids: SeededWorkspace) {
  const values = Object.fromEntries(
    pathParameters(operation).map((name) => [name, encodeURIComponent(pathValue(operation, name, ids))]),
  );
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    const id = idFieldValue(parameter.name, ids);
    if (typeof id === 'string') query.set(parameter.name, id);
  }
  const search = query.toString();
  return {
    path: fillPath(operation, values) + (search ? `?${search}` : ''),
    body: sampleBody(document, operation, ids),
  };
}

export const PROBLEM_TYPE_URIS = new Set<string>(Object.values(PROBLEM_TYPES).map((p) => p.type));

/** Why a 4xx/5xx response is not a proper problem document; empty when it is. */
export function problemErrors(document: SchemaRoot, response: Response, body: string): string[] {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType !== 'application/problem+json') return [`content-type is "${contentType}"`];
  let problem: unknown;
  try {
    problem = JSON.parse(body);
  } catch {
    return [`not JSON: ${body.slice(0, 200)}`];
  }
  const errors = schemaErrors(document, { $ref: '#/components/schemas/Problem' }, problem);
  const { status, type, detail } = problem as { status?: unknown; type?: unknown; detail?: unknown };
  if (status !== response.status) errors.push(`status ${String(status)} != HTTP ${response.status}`);
  if (typeof type !== 'string' || !PROBLEM_TYPE_URIS.has(type)) errors.push(`unknown type ${String(type)}`);
  if (typeof detail !== 'string' || detail === '') errors.push('empty detail');
  return errors;
}

/** Reads a response body, without waiting for streams that never end (SSE). */
export async function readBody(response: Response): Promise<string> {
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    await response.body?.cancel();
    return '';
  }
  return response.text();
}

/**
 * What is wrong with a response: a 5xx, a 4xx that is not a problem document, a 2xx JSON body that
 * does not match the operation's response schema. Empty when nothing is.
 */
export function responseErrors(
  document: SchemaRoot,
  operation: Operation,
  response: Response,
  body: string,
): string[] {
  if (response.status >= 500) return [`answered ${response.status}: ${body.slice(0, 300)}`];
  if (response.status >= 400)
    return problemErrors(document, response, body).map((e) => `${response.status}: ${e}`);
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const declared = operation.responses[String(response.status)];
  if (response.status >= 300) return [];
  if (!declared) return [`undocumented status ${response.status}`];
  if (response.status === 204) return body === '' ? [] : ['a 204 with a body'];
  const media = declared.content?.[contentType];
  if (!media) return [`undocumented content-type "${contentType}" for ${response.status}`];
  if (contentType !== 'application/json' || !media.schema) return [];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [`${response.status}: body is not JSON`];
  }
  return schemaErrors(document, media.schema, value).map((e) => `${response.status} body ${e}`);
}
