import fc from 'fast-check';
import type { SeededWorkspace } from './hostile-app.js';
import { rawReply } from './hostile-app.js';
import { type JsonSchema, resolve, type SchemaRoot } from './json-schema.js';
import { type Operation, pathParameters, pathValue, sampleBody } from './operations.js';

const rawReplyText = (from: string) => rawReply(from, 'generated').text;

/** One generated request, printable when fast-check reports a counterexample. */
export interface HostileRequest {
  method: string;
  path: string;
  headers: Array<[string, string]>;
  /** Raw body text or bytes; null for none. */
  body: string | Uint8Array | null;
}

const NASTY_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '../../etc/passwd',
  '..%2F..%2Fetc',
  '\u0000',
  "' OR 1=1 --",
  '"; DROP TABLE leads; --',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose.
  '${7*7}{{7*7}}',
  '%s%s%s%n',
  'cmp_',
  `lead_${'Z'.repeat(26)}`,
  `cmp_${'0'.repeat(41)}`,
  'ws_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  'enr_01JDQ7X3M6V1W8A2B4C6D8E0F2',
  '\u202eevil',
  '\ufeffbom',
  'İıſK',
  '\ud800',
  '\udfff',
  'a\nb',
  '\r\n\r\n',
  '١٢٣',
  '9007199254740993',
  '-0',
  '2026-02-30',
  '2026-11-27T25:61:61Z',
  '0000-00-00T00:00:00Z',
  'Infinity',
  '__proto__',
  'constructor',
  'Europe/Nowhere',
  'mailto:a@b.c',
  'javascript:alert(1)',
  'https://169.254.169.254/latest/meta-data',
  'http://[::1]/',
];

/** Strings a careless parser trips on: edge values, unicode, control characters, and sheer size. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 256, max: 40_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).map((n) => '𝕏é\u0301'.repeat(n)) },
);

/** Deeply nested arrays or objects, as a value (moderate depth) or as raw text (any depth). */
const deepValue = fc.tuple(fc.integer({ min: 20, max: 1_500 }), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
});

export const deepText = fc
  .tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.boolean())
  .map(([depth, asArray]) =>
    asArray ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Any JSON value of the wrong kind for where it goes. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 5e-324),
  fc.integer(),
  hostileString,
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
);

function idsOfKind(name: string, ids: SeededWorkspace): string[] {
  if (name.startsWith('campaign')) return [ids.campaignId];
  if (name.startsWith('lead')) return ids.leadIds;
  if (name.startsWith('enrollment')) return [ids.enrollmentId];
  return [];
}

/** Valid-looking values of a schema, with ids that exist, so that some requests get through. */
function validValue(
  root: SchemaRoot,
  schema: JsonSchema,
  ids: SeededWorkspace,
  name: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const s = resolve(root, schema);
  if (depth > 5) return hostileJson;
  const seeded = idsOfKind(name, ids);
  if (seeded.length > 0 && /_ids?$/.test(name)) {
    const one = fc.oneof(
      fc.constantFrom(...seeded),
      fc.constantFrom(...idsOfKind('lead', ids), ids.campaignId),
      hostileString,
    );
    return name.endsWith('_ids') ? fc.array(one, { minLength: 1, maxLength: 3 }) : one;
  }
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.allOf) {
    return fc
      .tuple(...s.allOf.map((part) => validValue(root, part, ids, name, depth + 1)))
      .map((parts) => Object.assign({}, ...parts.filter((p) => p !== null && typeof p === 'object')));
  }
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives)
    return fc.oneof(...alternatives.map((alt) => validValue(root, alt, ids, name, depth + 1)));
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const type = types.find((t) => t !== 'null');
  const nullable = types.includes('null');
  const base = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'object': {
        const properties = Object.entries(s.properties ?? {});
        if (properties.length === 0)
          return fc.dictionary(
            fc.string({ maxLength: 12 }),
            fc.oneof(fc.string(), fc.integer(), fc.boolean()),
            { maxKeys: 4 },
          );
        const record = fc.record(
          Object.fromEntries(
            properties.map(([key, p]) => [key, propertyValue(root, p, ids, key, depth + 1)]),
          ),
          { requiredKeys: (s.required ?? []).filter((key) => s.properties?.[key]) },
        );
        return record;
      }
      case 'array':
        return fc.array(propertyValue(root, s.items ?? {}, ids, name, depth + 1), {
          minLength: s.minItems ?? 0,
          maxLength: Math.min(s.maxItems ?? 4, Math.max(4, s.minItems ?? 0)),
        });
      case 'integer':
        return fc.integer({ min: s.minimum ?? -1_000, max: s.maximum ?? 1_000 });
      case 'number':
        return fc.double({
          min: s.minimum ?? -1e6,
          max: s.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'string':
        return stringValue(s, ids, name);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return nullable ? fc.option(base, { nil: null }) : base;
}

function stringValue(s: JsonSchema, ids: SeededWorkspace, name: string): fc.Arbitrary<string> {
  const examples = typeof s.example === 'string' ? [fc.constant(s.example)] : [];
  if (s.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (s.format === 'date') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (name === 'email' || name === 'emails' || name === 'value' || s.format === 'email') {
    return fc.oneof(
      fc.emailAddress(),
      fc.constantFrom(ids.leadEmail, ids.leadEmail.toUpperCase(), '@example.org'),
    );
  }
  if (name === 'url' || name === 'links') {
    return fc.constantFrom(
      'https://hooks.partner.example/x',
      'https://internal.partner.example/x',
      'http://hooks.partner.example/x',
      'https://example.com/pricing?a=1#b',
    );
  }
  return fc.oneof(
    ...examples,
    fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 80), unit: 'grapheme' }),
  );
}

/** A property's value: usually valid, sometimes hostile, sometimes absent (undefined: left out). */
function propertyValue(
  root: SchemaRoot,
  schema: JsonSchema,
  ids: SeededWorkspace,
  name: string,
  depth: number,
) {
  return fc.oneof(
    { weight: 8, arbitrary: validValue(root, schema, ids, name, depth) },
    { weight: 1, arbitrary: hostileJson },
  );
}

/** Percent-encodes as a browser would (lone surrogates become U+FFFD). */
function encode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

const MALFORMED_ESCAPES = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00', '%2e%2e%2f', '%252F'];

const pathSegment = (valid: string, ids: SeededWorkspace) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(encode(valid)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ids.campaignId,
        ids.leadId,
        ids.webhookId,
        ids.dncId,
        ids.deliveryId,
        ids.workspaceId,
      ),
    },
    { weight: 3, arbitrary: hostileString.filter((s) => s !== '').map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_ESCAPES) },
  );

function queryValue(root: SchemaRoot, schema: JsonSchema | undefined, ids: SeededWorkspace, name: string) {
  const text = (v: unknown): string => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));
  const valid = validValue(root, schema ?? { type: 'string' }, ids, name, 3).map((v) =>
    Array.isArray(v) ? v.map(text).join(',') : text(v),
  );
  return fc.oneof(
    { weight: 5, arbitrary: valid.map(encode) },
    { weight: 3, arbitrary: hostileString.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_ESCAPES) },
  );
}

const headerSafe = (value: string) =>
  [...value].every((c) => c.charCodeAt(0) <= 255 && !'\r\n\0'.includes(c));

const headerValue = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 60 }).filter(headerSafe),
  fc.constantFrom(...NASTY_STRINGS.filter(headerSafe)),
  fc.integer({ min: 256, max: 12_000 }).map((n) => 'k'.repeat(n)),
);

const EXTRA_HEADERS = [
  'Idempotency-Key',
  'Last-Event-ID',
  'Origin',
  'Accept',
  'Accept-Language',
  'X-Request-Id',
  'If-None-Match',
  'X-Forwarded-For',
  'X-Forwarded-Proto',
  'Cookie',
  'Range',
  'X-Webhook-Secret',
  'Twilio-Email-Event-Webhook-Signature',
];

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'application/xml',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'garbage',
];

const RAW_BODIES = [
  '',
  '{',
  '{"a":',
  'null',
  '[]',
  '"text"',
  '1',
  'true',
  '\u0000',
  '{"a":1}{"b":2}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '\ufeff{}',
  '{"a":"\\ud800"}',
  'List-Unsubscribe=One-Click',
  '--xyz\r\nContent-Disposition: form-data; name="confirm"\r\n\r\nyes\r\n--xyz--\r\n',
];

function bodyOf(
  root: SchemaRoot,
  operation: Operation,
  ids: SeededWorkspace,
  bodyLimit: number,
): fc.Arbitrary<{ contentType: string | null; body: string | Uint8Array | null }> {
  const content = operation.body?.content ?? {};
  const jsonSchema = content['application/json']?.schema;
  const contentType = fc.oneof(
    { weight: 6, arbitrary: fc.constant(Object.keys(content)[0] ?? 'application/json') },
    { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const text = (arbitrary: fc.Arbitrary<string>) => fc.record({ contentType, body: arbitrary });
  const hostileBodies = [
    { weight: 2, arbitrary: text(hostileJson.map((v) => JSON.stringify(v) ?? 'null')) },
    {
      weight: 2,
      arbitrary: text(
        fc.oneof(fc.constantFrom(...RAW_BODIES), fc.string({ unit: 'binary', maxLength: 200 })),
      ),
    },
    { weight: 1, arbitrary: text(deepText) },
    { weight: 1, arbitrary: text(fc.constant('x'.repeat(bodyLimit + 1))) },
    {
      weight: 1,
      arbitrary: fc.record({
        contentType,
        body: fc.uint8Array({ maxLength: 300 }) as fc.Arbitrary<string | Uint8Array>,
      }),
    },
  ];
  if (!operation.body) {
    // GET cannot carry a body in fetch; other methods sometimes get one they did not ask for.
    if (operation.method === 'GET') return fc.constant({ contentType: null, body: null });
    return fc.oneof(
      { weight: 8, arbitrary: fc.constant({ contentType: null, body: null }) },
      ...hostileBodies,
    );
  }
  const validBodies = [];
  if (jsonSchema) {
    validBodies.push({
      weight: 6,
      arbitrary: text(validValue(root, jsonSchema, ids, '', 0).map((v) => JSON.stringify(v) ?? 'null')),
    });
    // The documented example with real ids (it mostly succeeds), as is or with one field made hostile.
    const example = sampleBody(root, operation, ids);
    if (example !== null && typeof example === 'object' && !Array.isArray(example)) {
      const keys = Object.keys(example);
      validBodies.push({ weight: 2, arbitrary: text(fc.constant(JSON.stringify(example))) });
      if (keys.length > 0) {
        validBodies.push({
          weight: 3,
          arbitrary: text(
            fc
              .tuple(fc.constantFrom(...keys), hostileJson)
              .map(([key, value]) => JSON.stringify({ ...example, [key]: value }) ?? 'null'),
          ),
        });
        // Deep nesting inside an otherwise valid body, as raw text (deeper than JSON.stringify goes).
        validBodies.push({
          weight: 1,
          arbitrary: text(
            fc
              .tuple(fc.constantFrom(...keys), deepText)
              .map(([key, deep]) => `{${JSON.stringify(key)}:${deep},${JSON.stringify(example).slice(1)}`),
          ),
        });
      }
    }
  }
  if (content['message/rfc822']) {
    // Mail from the lead, as is or with one header made hostile.
    const mail = rawReplyText(ids.leadEmail);
    validBodies.push({ weight: 4, arbitrary: text(fc.constant(mail)) });
    validBodies.push({
      weight: 3,
      arbitrary: text(hostileString.map((value) => mail.replace('Subject: Re: Hello', `Subject: ${value}`))),
    });
  }
  if (content['application/x-www-form-urlencoded']) {
    validBodies.push({
      weight: 6,
      arbitrary: text(
        fc.oneof(
          fc.constantFrom(
            'List-Unsubscribe=One-Click',
            'confirm=yes',
            'confirm=no',
            'List-Unsubscribe=One-Click&confirm=yes',
          ),
          fc.tuple(hostileString, hostileString).map(([k, v]) => `${encode(k)}=${encode(v)}`),
        ),
      ),
    });
  }
  return fc.oneof(...validBodies, ...hostileBodies);
}

/** Requests for one operation: its own method and route, everything else arbitrary or hostile. */
export function requestsFor(
  root: SchemaRoot,
  operation: Operation,
  ids: SeededWorkspace,
  credentials: { apiKey: string; embedToken: string },
  bodyLimit: number,
): fc.Arbitrary<HostileRequest> {
  const segments = Object.fromEntries(
    pathParameters(operation).map((name) => [name, pathSegment(pathValue(operation, name, ids), ids)]),
  );
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const hostileQuery = fc.tuple(
    ...queryParameters.map((p) =>
      fc.option(
        queryValue(root, p.schema, ids, p.name).map((v) => `${encode(p.name)}=${v}`),
        { nil: null },
      ),
    ),
    fc.array(
      fc.tuple(hostileString, hostileString).map(([k, v]) => `${encode(k)}=${encode(v)}`),
      { maxLength: 2 },
    ),
  );
  // Plausible values only (no made-up opaque cursors: they are never valid), so that some get through.
  const plausibleQuery = fc.tuple(
    ...queryParameters
      .filter((p) => !/cursor|last_event_id/.test(p.name))
      .map((p) =>
        fc.option(
          validValue(root, p.schema ?? {}, ids, p.name, 3).map((v) => {
            const items = Array.isArray(v) ? v : [v];
            const text = items.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(',');
            return `${encode(p.name)}=${encode(text)}`;
          }),
          { nil: null },
        ),
      ),
  );
  const query = fc.oneof(hostileQuery, plausibleQuery);
  const authorization = fc.oneof(
    { weight: 12, arbitrary: fc.constant(`Bearer ${credentials.apiKey}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${credentials.embedToken}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Bearer ',
        'Bearer lsk_',
        'Bearer lsk_x_y',
        `Bearer ${credentials.apiKey}x`,
        'Bearer eyJhbGciOiJub25lIiwia2lkIjoid3NfMDEifQ.e30.',
        'Basic Zm9vOmJhcg==',
        `Bearer ${'a'.repeat(5_000)}`,
      ),
    },
  );
  return fc
    .record({
      segments: fc.record(segments),
      query,
      authorization,
      extra: fc.array(fc.tuple(fc.constantFrom(...EXTRA_HEADERS), headerValue), { maxLength: 3 }),
      body: bodyOf(root, operation, ids, bodyLimit),
    })
    .map(({ segments: values, query: parts, authorization: auth, extra, body }) => {
      const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] as string);
      const search = parts.flat().filter((part): part is string => typeof part === 'string');
      const headers: Array<[string, string]> = [['Authorization', auth], ...extra];
      if (body.contentType !== null && body.body !== null) headers.push(['Content-Type', body.contentType]);
      return {
        method: operation.method,
        path: search.length > 0 ? `${path}?${search.join('&')}` : path,
        headers,
        body: body.body,
      };
    });
}
