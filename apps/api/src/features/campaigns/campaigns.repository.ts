import type { DbOrTrx } from '../../platform/db/database.js';
import type { CampaignsTable, OutOfOfficeAction } from '../../platform/db/tables/campaigns.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { writeCommand } from '../../platform/db/write-command.js';
import type { Writer } from '../../platform/db/writer.js';
import { newId } from '../../platform/ids.js';

/** What a campaign does with the mail its leads send back (docs/replies-and-bounces.md). */
export interface CampaignMailSettings {
  /** A human reply pauses the other leads of the campaign at the same company. */
  stopOnCompanyReply: boolean;
  outOfOffice: OutOfOfficeAction;
  /** Days an out-of-office hold lasts when the reply gives no return date. */
  outOfOfficeDefaultDays: number;
}

export const DEFAULT_MAIL_SETTINGS: CampaignMailSettings = {
  stopOnCompanyReply: false,
  outOfOffice: 'pause',
  outOfOfficeDefaultDays: 7,
};

export interface Campaign {
  id: string;
  name: string;
  mail: CampaignMailSettings;
  createdAt: number;
  updatedAt: number;
}

type StoredCampaign = Pick<CampaignsTable, 'id' | 'name' | 'created_at' | 'updated_at'> & {
  stop_on_company_reply: number;
  out_of_office: OutOfOfficeAction;
  out_of_office_default_days: number;
};

function campaignFromRow(row: StoredCampaign): Campaign {
  return {
    id: row.id,
    name: row.name,
    mail: {
      stopOnCompanyReply: row.stop_on_company_reply === 1,
      outOfOffice: row.out_of_office,
      outOfOfficeDefaultDays: row.out_of_office_default_days,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function mailColumns(mail: CampaignMailSettings) {
  return {
    stop_on_company_reply: mail.stopOnCompanyReply ? 1 : 0,
    out_of_office: mail.outOfOffice,
    out_of_office_default_days: mail.outOfOfficeDefaultDays,
  };
}

export interface CampaignStep {
  /** From 1. */
  position: number;
  subject: string;
  /** Hours after the previous step (after enrollment, for step 1). */
  delayHours: number;
}

export interface CampaignWithSteps extends Campaign {
  steps: CampaignStep[];
}

export interface StepInput {
  subject: string;
  delayHours: number;
}

export async function findCampaign(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<Campaign | undefined> {
  const row = await db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && campaignFromRow(row);
}

/** The campaign's steps in sequence order. */
export async function findCampaignSteps(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
): Promise<CampaignStep[]> {
  return (await findStepsOf(db, workspaceId, [campaignId])).get(campaignId) ?? [];
}

/** Steps of several campaigns with one query, by campaign id. */
async function findStepsOf(
  db: DbOrTrx,
  workspaceId: string,
  campaignIds: readonly string[],
): Promise<Map<string, CampaignStep[]>> {
  const byCampaign = new Map<string, CampaignStep[]>();
  if (campaignIds.length === 0) return byCampaign;
  const rows = await db
    .selectFrom('campaign_steps')
    .select(['campaign_id', 'position', 'subject', 'delay_hours'])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', 'in', campaignIds)
    .orderBy('campaign_id')
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const steps = byCampaign.get(row.campaign_id) ?? [];
    steps.push({ position: row.position, subject: row.subject, delayHours: row.delay_hours });
    byCampaign.set(row.campaign_id, steps);
  }
  return byCampaign;
}

async function insertSteps(
  db: DbOrTrx,
  workspaceId: string,
  campaignId: string,
  steps: readonly StepInput[],
): Promise<CampaignStep[]> {
  const rows = steps.map((step, i) => ({
    workspace_id: workspaceId,
    campaign_id: campaignId,
    position: i + 1,
    subject: step.subject,
    delay_hours: step.delayHours,
  }));
  if (rows.length > 0) await db.insertInto('campaign_steps').values(rows).execute();
  return rows.map((row) => ({ position: row.position, subject: row.subject, delayHours: row.delay_hours }));
}

/** A campaign and its steps, in one transaction. */
export function createCampaign(
  writer: Writer,
  workspaceId: string,
  input: CampaignInput,
  now: number,
): Promise<CampaignWithSteps> {
  return writer.run(createCampaignCommand, { workspaceId, input, now });
}

export interface CampaignInput {
  name: string;
  steps: readonly StepInput[];
  mail?: Partial<CampaignMailSettings> | undefined;
}

interface CreateCampaignInput {
  workspaceId: string;
  input: CampaignInput;
  now: number;
}

export const createCampaignCommand = writeCommand(
  import.meta.url,
  'createCampaignCommand',
  ({ db }, { workspaceId, input, now }: CreateCampaignInput): Promise<CampaignWithSteps> => {
    const id = newId('cmp', now);
    const mail = { ...DEFAULT_MAIL_SETTINGS, ...definedOnly(input.mail) };
    return inTransaction(db, async (trx) => {
      await trx
        .insertInto('campaigns')
        .values({
          workspace_id: workspaceId,
          id,
          name: input.name,
          ...mailColumns(mail),
          created_at: now,
          updated_at: now,
        })
        .execute();
      const steps = await insertSteps(trx, workspaceId, id, input.steps);
      return { id, name: input.name, mail, createdAt: now, updatedAt: now, steps };
    });
  },
);

/** A page of campaigns, newest first (ids are time-ordered), after the id of a previous page's last. */
export async function listCampaigns(
  db: DbOrTrx,
  workspaceId: string,
  options: { limit: number; afterId?: string | undefined; onlyIds?: readonly string[] | undefined },
): Promise<{ campaigns: CampaignWithSteps[]; hasMore: boolean }> {
  if (options.onlyIds?.length === 0) return { campaigns: [], hasMore: false };
  let query = db
    .selectFrom('campaigns')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.afterId !== undefined) query = query.where('id', '<', options.afterId);
  if (options.onlyIds !== undefined) query = query.where('id', 'in', options.onlyIds);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  const steps = await findStepsOf(
    db,
    workspaceId,
    page.map((row) => row.id),
  );
  return {
    hasMore: rows.length > options.limit,
    campaigns: page.map((row) => ({ ...campaignFromRow(row), steps: steps.get(row.id) ?? [] })),
  };
}

/**
 * Renames a campaign and/or replaces all its steps, in one transaction that holds the campaign's
 * row lock on MySQL, so two concurrent edits apply one after the other. Undefined when not found.
 */
export function updateCampaign(
  writer: Writer,
  workspaceId: string,
  id: string,
  changes: CampaignChanges,
  now: number,
): Promise<CampaignWithSteps | undefined> {
  return writer.run(updateCampaignCommand, { workspaceId, id, changes, now });
}

export interface CampaignChanges {
  name?: string | undefined;
  steps?: readonly StepInput[] | undefined;
  mail?: Partial<CampaignMailSettings> | undefined;
}

/** The settings given, without the keys left out (an absent key keeps the stored value). */
function definedOnly(mail: Partial<CampaignMailSettings> | undefined): Partial<CampaignMailSettings> {
  return Object.fromEntries(Object.entries(mail ?? {}).filter(([, value]) => value !== undefined));
}

interface UpdateCampaignInput {
  workspaceId: string;
  id: string;
  changes: CampaignChanges;
  now: number;
}

export const updateCampaignCommand = writeCommand(
  import.meta.url,
  'updateCampaignCommand',
  (
    { db, dialect },
    { workspaceId, id, changes, now }: UpdateCampaignInput,
  ): Promise<CampaignWithSteps | undefined> =>
    inTransaction(db, async (trx) => {
      let query = trx
        .selectFrom('campaigns')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id);
      if (dialect === 'mysql') query = query.forUpdate();
      const row = await query.executeTakeFirst();
      if (!row) return undefined;
      const name = changes.name ?? row.name;
      const mail = { ...campaignFromRow(row).mail, ...definedOnly(changes.mail) };
      await trx
        .updateTable('campaigns')
        .set({ name, ...mailColumns(mail), updated_at: now })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
      let steps: CampaignStep[];
      if (changes.steps) {
        await trx
          .deleteFrom('campaign_steps')
          .where('workspace_id', '=', workspaceId)
          .where('campaign_id', '=', id)
          .execute();
        steps = await insertSteps(trx, workspaceId, id, changes.steps);
      } else {
        steps = await findCampaignSteps(trx, workspaceId, id);
      }
      return { id, name, mail, createdAt: row.created_at, updatedAt: now, steps };
    }),
);
