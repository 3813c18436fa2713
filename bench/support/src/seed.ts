import type { Db, DialectName } from '@leadstatus/api/platform/db/database';
import { CompiledQuery } from 'kysely';
import { withIndexesBuiltAfter } from './bulk-indexes.js';

/** mulberry32: a small seeded generator, so every run seeds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A campaign some weeks in: most leads sent or engaged, a few replied, bounced, opted out or paused. */
const STATUS_MIX: ReadonlyArray<readonly [string, number, string | null]> = [
  ['not_contacted', 12, null],
  ['sent', 38, null],
  ['engaged', 22, null],
  ['replied', 5, null],
  ['bounced', 6, 'hard_bounce'],
  ['unsubscribed', 2, 'link'],
  ['completed', 13, null],
  ['paused', 2, null],
];
const TOTAL = STATUS_MIX.reduce((sum, [, weight]) => sum + weight, 0);

function pickStatus(random: () => number): readonly [string, number, string | null] {
  let r = random() * TOTAL;
  for (const entry of STATUS_MIX) {
    r -= entry[1];
    if (r < 0) return entry;
  }
  return STATUS_MIX[1] as (typeof STATUS_MIX)[number];
}

/** Time-ordered ids of the same length as the service's ULIDs (26 characters after the prefix). */
const idOf = (prefix: string, n: number) => `${prefix}_01J${n.toString(36).padStart(23, '0')}`;

const NINETY_DAYS = 90 * 86_400_000;
const FIRST_NAMES = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Finn', 'Gus', 'Hana', 'Ivo', 'Jo'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell'];

export interface SeedOptions {
  db: Db;
  dialect: DialectName;
  workspaceId: string;
  campaignId: string;
  rows: number;
  now: number;
  onProgress?: (done: number) => void;
}

interface Chunk {
  /** Multi-row INSERT statements for `leads`, then for `enrollments`. */
  leads: CompiledQuery[];
  enrollments: CompiledQuery[];
}

const LEAD_COLUMNS =
  'workspace_id, id, email, email_normalized, email_domain, first_name, last_name, company, custom_fields, created_at, updated_at';
const ENROLLMENT_COLUMNS =
  'workspace_id, id, campaign_id, lead_id, lead_email, status, status_reason, base_status, base_reason, paused, contacted, sent_count, opened_count, clicked_count, replied_count, last_event_at, status_changed_at, created_at, updated_at';

/** Rows `from..to` of the campaign: created over 90 days in id order, status changes and events since. */
function buildChunk(
  options: SeedOptions,
  random: () => number,
  from: number,
  to: number,
  perStatement: number,
) {
  const { workspaceId: ws, campaignId, rows, now } = options;
  const start = now - NINETY_DAYS;
  const chunk: Chunk = { leads: [], enrollments: [] };
  for (let first = from; first < to; first += perStatement) {
    const leads: string[] = [];
    const enrollments: string[] = [];
    for (let i = first; i < Math.min(to, first + perStatement); i++) {
      const created = start + Math.floor((i / rows) * NINETY_DAYS);
      const [status, , reason] = pickStatus(random);
      const changed = status === 'not_contacted' ? created : created + Math.floor(random() * (now - created));
      const lastEvent = status === 'not_contacted' ? 0 : changed + Math.floor(random() * (now - changed));
      const email = `lead${i}@company${i % 5_000}.example`;
      const leadId = idOf('lead', i);
      const base = status === 'paused' ? 'sent' : status;
      const why = reason ? `'${reason}'` : 'null';
      const sent = status === 'not_contacted' ? 0 : 1 + (i % 3);
      const opened = status === 'engaged' || status === 'replied' ? 1 + (i % 4) : 0;
      leads.push(
        `('${ws}','${leadId}','${email}','${email}','company${i % 5_000}.example','${FIRST_NAMES[i % 10]}','Lead${i}','${COMPANIES[i % 8]}','{}',${created},${created})`,
      );
      enrollments.push(
        `('${ws}','${idOf('enr', i)}','${campaignId}','${leadId}','${email}','${status}',${why},'${base}',${why},${status === 'paused' ? 1 : 0},${sent > 0 ? 1 : 0},${sent},${opened},${opened > 1 ? 1 : 0},${status === 'replied' ? 1 : 0},${lastEvent},${changed},${created},${Math.max(changed, lastEvent)})`,
      );
    }
    chunk.leads.push(CompiledQuery.raw(`insert into leads (${LEAD_COLUMNS}) values ${leads.join(',')}`));
    chunk.enrollments.push(
      CompiledQuery.raw(`insert into enrollments (${ENROLLMENT_COLUMNS}) values ${enrollments.join(',')}`),
    );
  }
  return chunk;
}

async function inOneTransaction(db: Db, statements: readonly CompiledQuery[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await trx.executeQuery(statement);
  });
}

/**
 * Inserts `rows` leads and one enrollment each into one campaign, fast: multi-row INSERTs of literal
 * values (our own ASCII, so nothing needs quoting) in transactions of 50,000 rows, the next chunk
 * generated while the last one is written, leads and enrollments on two connections on MySQL, and
 * the secondary indexes built once at the end.
 */
export async function seedCampaignRows(options: SeedOptions): Promise<void> {
  const { db, dialect, workspaceId: ws, campaignId, rows, now } = options;
  const random = seededRandom(7);
  const perStatement = dialect === 'mysql' ? 5_000 : 2_000;
  const perTransaction = 50_000;
  const start = now - NINETY_DAYS;
  await db.executeQuery(
    CompiledQuery.raw(
      `insert into campaigns (workspace_id, id, name, created_at, updated_at) values ('${ws}', '${campaignId}', 'Benchmark', ${start}, ${start})`,
    ),
  );
  await withIndexesBuiltAfter(db, dialect, ['leads', 'enrollments'], async () => {
    let writing: Promise<unknown> = Promise.resolve();
    for (let first = 0; first < rows; first += perTransaction) {
      const last = Math.min(rows, first + perTransaction);
      const chunk = buildChunk(options, random, first, last, perStatement);
      await writing;
      writing = (
        dialect === 'mysql'
          ? Promise.all([inOneTransaction(db, chunk.leads), inOneTransaction(db, chunk.enrollments)])
          : inOneTransaction(db, [...chunk.leads, ...chunk.enrollments])
      ).then(() => options.onProgress?.(last));
    }
    await writing;
  });
  if (dialect === 'mysql') await db.executeQuery(CompiledQuery.raw('analyze table leads, enrollments'));
}
