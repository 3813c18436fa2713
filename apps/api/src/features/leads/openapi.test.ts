import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-databases.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
});
afterAll(() => database.drop());

describe('the OpenAPI document for leads and campaigns', () => {
  it('describes every operation and resolves every schema reference', () => {
    const document = createApp({ database: database.handle }).openApiDocument();
    const paths = document.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/v1/leads'] ?? {})).toContain('post');
    expect(Object.keys(paths['/v1/leads/batch'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/v1/leads/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(paths['/v1/campaigns'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/v1/campaigns/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);

    const schemas = document.components?.schemas ?? {};
    for (const name of [
      'Lead',
      'LeadInput',
      'LeadPatch',
      'LeadDetails',
      'LeadTimelineItem',
      'LeadBatchResponse',
    ]) {
      expect(schemas, name).toHaveProperty(name);
    }
    for (const name of ['Campaign', 'CampaignInput', 'CampaignPatch', 'CampaignList']) {
      expect(schemas, name).toHaveProperty(name);
    }
    const refs = [...JSON.stringify(document).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.filter((ref) => !(String(ref) in schemas))).toEqual([]);
  });
});
