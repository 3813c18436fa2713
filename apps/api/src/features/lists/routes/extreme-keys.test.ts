import { beforeAll, expect, it } from 'vitest';
import { type Json, readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { LIST_SORTS } from '../schemas.js';
import { type SeedEnrollment, seedCampaign, seedEnrollments } from '../test-support/seed.js';

const YEAR_1 = new Date('0001-01-01T00:00:00Z').getTime();
const YEAR_9999 = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const NOW = Date.UTC(2026, 5, 1);
/** 300 astral characters: 600 UTF-16 units, 1200 bytes of UTF-8, in a 320-character column. */
const ASTRAL_LOCAL = '\u{1D4B6}'.repeat(300);

/**
 * Issue 12, item 4: a row written before event times were bounded (year 1, say) made the list hand
 * out a cursor it then refused, so nothing after that row could be read. Every key a stored row can
 * hold must make a cursor the list accepts: these rows are written straight into the table.
 */
const EXTREMES: SeedEnrollment[] = [
  { lastEventAt: 0, statusChangedAt: NOW },
  { lastEventAt: YEAR_1, statusChangedAt: YEAR_1 },
  { lastEventAt: -1, statusChangedAt: -1 },
  { lastEventAt: YEAR_9999, statusChangedAt: YEAR_9999 },
  { lastEventAt: NOW, statusChangedAt: NOW },
  { lastEventAt: NOW, statusChangedAt: NOW, leadEmail: `${ASTRAL_LOCAL}@x.example` },
  { lastEventAt: YEAR_1, statusChangedAt: YEAR_1, leadEmail: 'legacy\u0000"\\@x.example' },
  { lastEventAt: 0, statusChangedAt: 0, leadEmail: '' },
];

describeEachDatabase('list cursors past rows with extreme sort keys', ({ database }) => {
  let app: ReturnType<typeof createTestApp>;
  let key: string;
  let expected: string[];

  beforeAll(async () => {
    app = createTestApp(database.handle);
    const workspace = await app.newWorkspace();
    key = workspace.apiKey;
    const campaignId = await seedCampaign(database.seed, workspace.workspaceId);
    const seeded = await seedEnrollments(database.seed, workspace.workspaceId, campaignId, EXTREMES);
    expected = seeded.map((s) => s.enrollmentId).sort();
  });

  it.each(LIST_SORTS)('sort=%s pages one row at a time through every row', async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page <= EXTREMES.length; page++) {
      const query = new URLSearchParams({ sort, limit: '1', ...(cursor ? { cursor } : {}) });
      const response = await app.request(`/v1/leads?${query}`, { key });
      expect(response.status, await response.clone().text()).toBe(200);
      const body = await readJson(response);
      seen.push(...body.data.map((row: Json) => row.enrollment_id));
      cursor = body.next_cursor;
      if (cursor === null) break;
    }
    expect(cursor).toBeNull();
    expect([...seen].sort()).toEqual(expected);
  });
});
