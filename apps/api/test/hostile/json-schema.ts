/**
 * The part of JSON Schema (2020-12, as @hono/zod-openapi writes it into the OpenAPI 3.1 document)
 * that the hostile-input tests need: resolving `$ref`, checking a value against a schema, and a
 * deterministic valid sample. Small on purpose: no validator dependency for a few keywords.
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  example?: unknown;
  default?: unknown;
}

export interface SchemaRoot {
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Follows `#/components/schemas/X` references (and chains of them). */
export function resolve(root: SchemaRoot, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined; hops += 1) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(current.$ref)?.[1];
    const target = name === undefined ? undefined : root.components?.schemas?.[name];
    if (!target || hops > 20) throw new Error(`cannot resolve ${current.$ref}`);
    current = target;
  }
  return current;
}

function patternOf(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Every way `value` breaks `schema`, as `path: problem` lines; empty when it conforms. */
export function schemaErrors(root: SchemaRoot, schema: JsonSchema, value: unknown, path = '$'): string[] {
  const s = resolve(root, schema);
  const errors: string[] = [];
  if (s.allOf) for (const part of s.allOf) errors.push(...schemaErrors(root, part, value, path));
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives && !alternatives.some((alt) => schemaErrors(root, alt, value, path).length === 0)) {
    errors.push(
      `${path}: matches none of ${alternatives.length} alternatives (${JSON.stringify(value)?.slice(0, 120)})`,
    );
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(t, value))) {
      return [...errors, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
    }
  }
  if (s.enum && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(value)) {
    errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && [...value].length < s.minLength) errors.push(`${path}: too short`);
    if (s.maxLength !== undefined && [...value].length > s.maxLength) errors.push(`${path}: too long`);
    if (s.pattern !== undefined && !patternOf(s.pattern).test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match /${s.pattern}/`);
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: too few items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: too many items`);
    const items = s.items;
    if (items) {
      for (const [i, item] of value.entries())
        errors.push(...schemaErrors(root, items, item, `${path}[${i}]`));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (!(key in object)) errors.push(`${path}: missing required "${key}"`);
    }
    for (const [key, item] of Object.entries(object)) {
      const declared = s.properties?.[key];
      if (declared) errors.push(...schemaErrors(root, declared, item, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
      else if (typeof s.additionalProperties === 'object') {
        errors.push(...schemaErrors(root, s.additionalProperties, item, `${path}.${key}`));
      }
    }
  }
  return errors;
}

/**
 * A plausible valid value: the schema's example where it has one, else the smallest value its
 * keywords allow (required properties, and the optional ones `includeOptional` names). `overrides`
 * gives values by property name (ids).
 */
export function sampleOf(
  root: SchemaRoot,
  schema: JsonSchema,
  overrides: (name: string) => unknown = () => undefined,
  name = '',
  includeOptional: (name: string) => boolean = () => false,
): unknown {
  const named = overrides(name);
  if (named !== undefined) return named;
  const s = resolve(root, schema);
  if (s.example !== undefined) return structuredClone(s.example);
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  if (s.allOf)
    return Object.assign(
      {},
      ...s.allOf.map((part) => sampleOf(root, part, overrides, name, includeOptional)),
    );
  const alternative = (s.anyOf ?? s.oneOf)?.[0];
  if (alternative) return sampleOf(root, alternative, overrides, name, includeOptional);
  const type = (Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : [s.type])[0];
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || includeOptional(key)) {
          out[key] = sampleOf(root, property, overrides, key, includeOptional);
        }
      }
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () =>
        sampleOf(root, s.items ?? {}, overrides, name, includeOptional),
      );
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'date-time') return '2026-11-27T10:00:00Z';
      if (s.format === 'date') return '2026-11-27';
      if (s.format === 'email') return 'someone@example.com';
      if (s.format === 'uri') return 'https://example.com/';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return null;
  }
}

/** Whether a property of `schema` (at any depth) is named by `matches`. */
export function hasPropertyNamed(
  root: SchemaRoot,
  schema: JsonSchema,
  matches: (name: string) => boolean,
  depth = 0,
): boolean {
  if (depth > 8) return false;
  const s = resolve(root, schema);
  const parts = [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.items ? [s.items] : [])];
  return (
    Object.entries(s.properties ?? {}).some(
      ([key, property]) => matches(key) || hasPropertyNamed(root, property, matches, depth + 1),
    ) || parts.some((part) => hasPropertyNamed(root, part, matches, depth + 1))
  );
}
