/**
 * The contract pipeline: the service's OpenAPI document (from the code, no server, no database), the
 * committed copy of it, and the TypeScript types generated from that copy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '@leadstatus/api/app';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';
import openapiTS, { astToString } from 'openapi-typescript';

export const DOCUMENT_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));
export const TYPES_FILE = fileURLToPath(new URL('../src/generated/schema.ts', import.meta.url));
export const REGENERATE = 'pnpm --filter @leadstatus/sdk contract:write';

const TYPES_HEADER = `// Generated from packages/sdk/openapi.json by \`${REGENERATE}\`. Do not edit.\n\n`;

/**
 * Building the document only walks the route definitions: createApp touches the database when a
 * request arrives, never before. This stand-in throws on any use, so if that ever changed the script
 * would say so instead of quietly opening a database.
 */
function noDatabase(): DatabaseHandle {
  const refuse = (): never => {
    throw new Error('The OpenAPI document must be built without a database, but createApp used it.');
  };
  return {
    db: new Proxy({}, { get: refuse }) as DatabaseHandle['db'],
    writer: { run: async () => refuse(), close: async () => {} },
    dialect: 'sqlite',
    ping: async () => refuse(),
    close: async () => {},
  };
}

/** The document's own sections in their usual reading order; every other key is sorted. */
const TOP_LEVEL = ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components'];

/** Keys sorted, recursively: the file's order never depends on the order routes are registered in. */
function sortKeys(value: unknown, order: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}

/** The document the service's code produces now, as the committed file should read. */
export async function produceDocument(): Promise<string> {
  const service = createApp({ database: noDatabase() });
  try {
    return `${JSON.stringify(sortKeys(service.openApiDocument(), TOP_LEVEL), null, 2)}\n`;
  } finally {
    await service.close();
  }
}

/** The types openapi-typescript generates from a document. */
export async function generateTypes(documentJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentJson), { silent: true });
  return TYPES_HEADER + astToString(ast);
}

export function readCommitted(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function writeFile(file: string, contents: string): void {
  writeFileSync(file, contents);
}

type Json = Record<string, unknown>;

function section(document: string, ...keys: string[]): Json {
  let value: unknown = document ? JSON.parse(document) : {};
  for (const key of keys) value = (value as Json | undefined)?.[key];
  return (value as Json | undefined) ?? {};
}

/** Which paths and schemas the code adds, drops or changes compared with the committed document. */
export function summarizeDocumentDrift(committed: string, produced: string): string[] {
  const lines: string[] = [];
  for (const keys of [['paths'], ['components', 'schemas']]) {
    const before = section(committed, ...keys);
    const after = section(produced, ...keys);
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const name of names) {
      const was = JSON.stringify(before[name]);
      const is = JSON.stringify(after[name]);
      if (was === is) continue;
      const change = was === undefined ? 'added' : is === undefined ? 'removed' : 'changed';
      lines.push(`${change} ${keys.at(-1) === 'paths' ? 'path' : 'schema'} ${name}`);
    }
  }
  return lines.length > 0 ? lines : ['other parts of the document changed (info, tags, parameters)'];
}

export interface ContractDrift {
  file: string;
  reason: string;
}

/** What differs between the code, the committed document and the committed types. */
export async function findDrift(): Promise<ContractDrift[]> {
  const drift: ContractDrift[] = [];
  const committedDocument = readCommitted(DOCUMENT_FILE);
  const producedDocument = await produceDocument();
  if (committedDocument !== producedDocument) {
    const changes = summarizeDocumentDrift(committedDocument, producedDocument).join('; ');
    drift.push({
      file: 'packages/sdk/openapi.json',
      reason: `differs from what apps/api produces: ${changes}`,
    });
  }
  if (readCommitted(TYPES_FILE) !== (await generateTypes(committedDocument || '{}'))) {
    drift.push({
      file: 'packages/sdk/src/generated/schema.ts',
      reason: 'differs from what openapi-typescript generates from packages/sdk/openapi.json',
    });
  }
  return drift;
}

export function describeDrift(drift: ContractDrift[]): string {
  return [
    'The SDK contract is out of date:',
    ...drift.map((d) => `  - ${d.file} ${d.reason}`),
    `Regenerate both with: ${REGENERATE}`,
  ].join('\n');
}
