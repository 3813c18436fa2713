import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  SelectQueryNode,
  TableNode,
  type UnknownRow,
} from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestApp } from '../../test-support/test-app.js';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { countingQueriesInFlight, untilQuiet } from '../../test-support/until-quiet.js';
import { seedCampaign, seedEnrollments } from '../lists/test-support/seed.js';
import { EXPORT_PAGE_SIZE } from './export-pages.js';

/** Counts the reads of enrollment pages (each page's index range is one SELECT from `enrollments`). */
class PageReads implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    const froms = SelectQueryNode.is(node) ? (node.from?.froms ?? []) : [];
    const reads = froms.some((from) =>
      TableNode.is(from)
        ? from.table.identifier.name === 'enrollments'
        : RawNode.is(from) && from.sqlFragments.join('').startsWith('enrollments'),
    );
    if (reads) this.count += 1;
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

const ROWS = 16_000;

describeEachDatabase('an export to a slow client', ({ database }) => {
  let apiKey = '';

  beforeAll(async () => {
    const db = database.seed;
    const workspace = await createTestApp(database.handle).newWorkspace('Slow');
    apiKey = workspace.apiKey;
    const campaign = await seedCampaign(db, workspace.workspaceId, 'Big rows');
    // About 800 bytes a row, 13 MB in all: more than the socket buffers between server and client hold.
    await seedEnrollments(
      db,
      workspace.workspaceId,
      campaign,
      Array.from({ length: ROWS }, (_, i) => ({
        lead: {
          email: `lead${i}@example.com`,
          first_name: `First ${'f'.repeat(230)}`,
          last_name: `Last ${'l'.repeat(230)}`,
          company: `Company ${'c'.repeat(230)}`,
        },
      })),
    );
  }, 120_000);

  it('reads no further than the client takes, over real HTTP, then finishes', async () => {
    const reads = new PageReads();
    const { db, inFlight } = countingQueriesInFlight(database.handle.db.withPlugin(reads));
    const { app } = createApp({ database: { ...database.handle, db } });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        get(
          `http://127.0.0.1:${port}/v1/leads/export`,
          { headers: { Authorization: `Bearer ${apiKey}` } },
          resolve,
        ).on('error', reject);
      });
      expect(response.statusCode).toBe(200);
      let bytes = 0;
      let lines = 0;
      const first = new Promise((resolve) => {
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
          // The client takes one chunk, then stops reading: the socket buffers fill up and the
          // server must wait for them to drain instead of reading on and holding the export.
          if (!response.isPaused() && bytes === chunk.length) {
            response.pause();
            resolve(undefined);
          }
        });
      });
      await first;
      // The server reads on until the socket buffers are full, then waits for them to drain.
      await untilQuiet(
        () => reads.count,
        () => inFlight() > 0,
      );
      const stalled = reads.count;
      await untilQuiet(
        () => reads.count,
        () => inFlight() > 0,
      );
      expect(reads.count, 'pages read while the client does not read').toBe(stalled);
      const pages = ROWS / EXPORT_PAGE_SIZE;
      expect(stalled).toBeLessThan(pages / 2);

      response.resume();
      await new Promise((resolve) => response.once('end', resolve));
      expect(bytes).toBeGreaterThan(ROWS * 750);
      expect(lines).toBe(ROWS + 1);
      expect(reads.count).toBe(pages);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
