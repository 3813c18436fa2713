import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FILE,
  generateTypes,
  produceDocument,
  REGENERATE,
  readCommitted,
  summarizeDocumentDrift,
  TYPES_FILE,
} from '../scripts/contract.js';

// The committed document is the contract partners and this SDK build on: it must be exactly what the
// service's code produces, and the SDK's types exactly what that document generates.
describe('the contract', () => {
  it('packages/sdk/openapi.json is the document apps/api produces', async () => {
    const committed = readCommitted(DOCUMENT_FILE);
    const produced = await produceDocument();
    expect(
      committed === produced,
      [
        'packages/sdk/openapi.json is out of date with apps/api:',
        ...summarizeDocumentDrift(committed, produced).map((line) => `  ${line}`),
        `Regenerate it (and the types): ${REGENERATE}`,
      ].join('\n'),
    ).toBe(true);
  });

  it('src/generated/schema.ts is what openapi-typescript generates from the committed document', async () => {
    const committed = readCommitted(TYPES_FILE);
    const generated = await generateTypes(readCommitted(DOCUMENT_FILE));
    expect(
      committed === generated,
      `src/generated/schema.ts is out of date with packages/sdk/openapi.json (or was edited). Regenerate it: ${REGENERATE}`,
    ).toBe(true);
  });

  it('a stale document names what changed', () => {
    const before = JSON.stringify({
      paths: { '/a': { get: {} }, '/b': { get: {} } },
      components: { schemas: { A: {} } },
    });
    const after = JSON.stringify({
      paths: { '/a': { get: { x: 1 } }, '/c': { get: {} } },
      components: { schemas: {} },
    });
    expect(summarizeDocumentDrift(before, after)).toEqual([
      'changed path /a',
      'removed path /b',
      'added path /c',
      'removed schema A',
    ]);
  });

  it('the document is OpenAPI 3.1 and builds without a server or a database', async () => {
    const document = JSON.parse(await produceDocument()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/leads');
  });
});
