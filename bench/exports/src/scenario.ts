import { ROW_COLUMNS } from '@leadstatus/api/features/lists/keyset';
import type { DatabaseHandle } from '@leadstatus/api/platform/db/open-database';
import { CompiledQuery } from 'kysely';
import { type ServerProcess, watchMemory } from './server.js';

export const PAGE = 500;
export const JOINED_SCAN = 'baseline: raw keyset scan joined with leads';

export interface Figure {
  name: string;
  rows: number;
  bytes: number;
  seconds: number;
  /** Peak RSS of the server process, MB; undefined for the in-process baseline. */
  peakMb?: number;
  startMb?: number;
}

/**
 * A baseline: the rows an export of the workspace reads, by the same keyset over the same index
 * (`enr_ws_changed`: -status_changed_at, id) with the same driver, 500 a query, and nothing else (no
 * HTTP, no CSV). `withLeads` joins each row's lead in the same query, as the export does: the rows
 * an export reads, at the rate the database and driver give them, a ceiling for the export.
 */
export async function rawKeysetScan(
  handle: DatabaseHandle,
  workspaceId: string,
  options: { withLeads: boolean },
): Promise<Figure> {
  const { db, dialect } = handle;
  const hint = dialect === 'mysql' ? 'force index (enr_ws_changed)' : 'indexed by enr_ws_changed';
  const columns = ROW_COLUMNS.map((c) => `e.${c}`);
  const join = options.withLeads
    ? ' join leads l on l.workspace_id = e.workspace_id and l.id = e.lead_id'
    : '';
  if (options.withLeads) columns.push('l.email', 'l.first_name', 'l.last_name', 'l.company');
  const select = `select ${columns.join(', ')} from enrollments e ${hint}${join} where e.workspace_id = ?`;
  const order = `order by e.status_changed_at desc, e.id desc limit ${PAGE}`;
  const started = performance.now();
  let rows = 0;
  let after: { key: number; id: string } | undefined;
  for (;;) {
    const query = after
      ? CompiledQuery.raw(
          `${select} and e.status_changed_at <= ? and (e.status_changed_at < ? or e.id < ?) ${order}`,
          [workspaceId, after.key, after.key, after.id],
        )
      : CompiledQuery.raw(`${select} ${order}`, [workspaceId]);
    const page = (await db.executeQuery<{ id: string; status_changed_at: number }>(query)).rows;
    rows += page.length;
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    after = { key: last.status_changed_at, id: last.id };
  }
  return {
    name: options.withLeads ? JOINED_SCAN : 'baseline: raw keyset scan',
    rows,
    bytes: 0,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Downloads one export over HTTP, counting bytes and lines as they arrive (nothing is kept). */
export async function download(
  server: ServerProcess,
  name: string,
  path: string,
  apiKey: string,
): Promise<Figure> {
  const memory = watchMemory(server.pid);
  const started = performance.now();
  const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${apiKey}` } });
  if (response.status !== 200 || !response.body) {
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    bytes += buffer.byteLength;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const { peakMb, startMb } = memory.stop();
  // The seeded cells hold no line breaks: a CSV has one line per row plus the header.
  const rows = path.includes('format=ndjson') ? lines : lines - 1;
  return { name, rows, bytes, seconds, peakMb, startMb };
}
