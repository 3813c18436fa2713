import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
});
afterAll(() => database.drop());

interface Operation {
  parameters?: Array<{ in: string; name: string } | { $ref: string }>;
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  summary?: string;
  tags?: string[];
}

function operations() {
  const document = createApp({ database: database.handle }).openApiDocument();
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
      path,
      method,
      operation,
    })),
  );
}

describe('the OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', async () => {
    const document = createApp({ database: database.handle }).openApiDocument();
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does reject a broken document (so the test above can fail).
    const broken = await new Validator().validate({
      ...JSON.parse(JSON.stringify(document)),
      info: { title: 1 },
    });
    expect(broken.valid).toBe(false);
  });

  it('gives every operation a summary, a tag and a schema for each success response', () => {
    for (const { path, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.summary, where).toBeTruthy();
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('2') || status === '204') continue;
        const media = Object.values(response.content ?? {});
        expect(media.length, `${where} ${status}`).toBeGreaterThan(0);
        for (const m of media) expect(m.schema, `${where} ${status}`).toBeDefined();
      }
    }
  });

  it('declares the errors each operation can answer', () => {
    for (const { path, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(operation.responses);
      if (path.startsWith('/v1/'))
        expect(statuses, where).toEqual(expect.arrayContaining(['401', '429', '500']));
      const takesInput =
        operation.requestBody !== undefined ||
        (operation.parameters ?? []).some((p) => 'in' in p && p.in === 'query');
      if (takesInput) expect(statuses, where).toContain('400');
      if (path.includes('{')) expect(statuses, where).toContain('404');
      if (operation.requestBody) expect(statuses, where).toContain('413');
    }
  });
});
