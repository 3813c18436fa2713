import { recordEvents } from '../engine/record-events.js';
import { type RecordedEvent, recordedEvent } from '../engine/recorded-event.js';
import { createCampaign } from '../features/campaigns/campaigns.repository.js';
import { addToDnc } from '../features/dnc/add-dnc.js';
import { leadsInCampaign } from '../features/enrollments/campaign-lookup.js';
import { type EnrollResult, enrollLeads } from '../features/enrollments/enroll.js';
import { setPaused } from '../features/enrollments/pause.js';
import { upsertLeadBatch } from '../features/leads/batch-upsert.js';
import { MAX_LEAD_BATCH } from '../features/leads/schemas.js';
import { createWorkspace } from '../features/workspaces/workspaces.repository.js';
import type { Services } from '../platform/services/services.js';
import {
  chronological,
  type DemoPlan,
  type PlannedEnrollment,
  planDemo,
  planReengagement,
  truncateAfterOptOuts,
} from './demo-plan.js';
import { SEGMENTS } from './names.js';
import type { DemoOptions } from './options.js';
import type { DemoLead } from './people.js';
import type { PlannedEvent } from './timeline.js';

/** Events per engine batch: the most `POST /v1/events/batch` takes. */
const EVENT_BATCH = 1000;

export const DEMO_WORKSPACE_NAME = 'Demo workspace';

export interface DemoProgress {
  events: number;
  totalEvents: number;
}

export interface DemoSeedResult {
  workspaceId: string;
  apiKey: string;
  campaigns: Array<{ id: string; name: string }>;
  leads: number;
  enrollments: number;
  events: number;
}

interface Seeding {
  services: Services;
  plan: DemoPlan;
  workspaceId: string;
  campaignIds: string[];
  leadIds: string[];
  /** Enrollment ids by `"<campaign index> <lead id>"`, as enrolling answered them. */
  enrollmentIds: Map<string, string>;
  /** Now minus the window: plan times are offsets from here. */
  origin: number;
  progress: DemoProgress;
  onProgress: (progress: DemoProgress) => void;
}

/**
 * Creates a demo workspace through the same functions the API uses: campaigns, leads, DNC entries,
 * enrollments (one campaign by filter on another's Completed leads), then the planned events in
 * chronological batches through the ingest path, and a few manual pauses. Statuses, counters and
 * status changes therefore come out exactly as if a sender had reported the events over 30 days.
 */
export async function seedDemo(
  services: Services,
  options: DemoOptions & { onProgress?: (progress: DemoProgress) => void },
): Promise<DemoSeedResult> {
  const plan = planDemo(options);
  const now = services.clock.now();
  const { workspace, apiKey } = await createWorkspace(services.writer, {
    name: DEMO_WORKSPACE_NAME,
    now,
    demo: true,
  });
  const campaignIds: string[] = [];
  for (const spec of plan.campaigns) {
    const created = await createCampaign(
      services.writer,
      workspace.id,
      { name: spec.name, steps: spec.steps },
      now,
    );
    campaignIds.push(created.id);
  }
  const seeding: Seeding = {
    services,
    plan,
    workspaceId: workspace.id,
    campaignIds,
    leadIds: await insertLeads(services, workspace.id, plan.leads, now),
    enrollmentIds: new Map(),
    origin: now - plan.windowMs,
    progress: { events: 0, totalEvents: expectedEvents(plan) },
    onProgress: options.onProgress ?? (() => {}),
  };
  seeding.onProgress(seeding.progress);

  // Listed before enrolling, so those leads are enrolled Bounced / Blocked and never sent to.
  await addToDnc(services, workspace.id, `@${plan.dnc.domain}`);
  await addToDnc(services, workspace.id, plan.dnc.email);
  let enrollments = 0;
  for (const [campaign, members] of plan.enrollments.entries()) {
    if (members.length === 0) continue;
    const leadIds = members.map((i) => seeding.leadIds[i] as string);
    const enrolled = await enrollLeads(services, workspace.id, campaignIds[campaign] as string, {
      kind: 'lead_ids',
      leadIds,
    });
    remember(seeding, campaign, enrolled);
    enrollments += enrolled.length;
  }

  const { at, from, to } = plan.reengage;
  await ingest(seeding, chronological(plan.timelines, { from: 0, to: at }));
  const completed = await leadsInCampaign(services.db, workspace.id, campaignIds[from] as string, [
    'completed',
  ]);
  const reengaged = await enrollLeads(services, workspace.id, campaignIds[to] as string, {
    kind: 'leads',
    leads: completed,
  });
  remember(seeding, to, reengaged);
  enrollments += reengaged.length;
  const leadIndex = new Map(seeding.leadIds.map((id, i) => [id, i]));
  const followUp = planReengagement(
    plan,
    reengaged.flatMap((r) =>
      r.result === 'enrolled' && r.lead_id ? [leadIndex.get(r.lead_id) as number] : [],
    ),
  );
  const rest = truncateAfterOptOuts([...plan.timelines, ...followUp]);
  const remaining = chronological(rest, { from: at, to: plan.windowMs });
  seeding.progress.totalEvents = seeding.progress.events + remaining.length;
  await ingest(seeding, remaining);

  for (const { campaign, leads } of plan.pauses) {
    if (leads.length === 0) continue;
    const leadIds = leads.map((i) => seeding.leadIds[i] as string);
    await setPaused(services, workspace.id, campaignIds[campaign] as string, { leadIds }, 'pause');
  }

  return {
    workspaceId: workspace.id,
    apiKey,
    campaigns: plan.campaigns.map((spec, i) => ({ id: campaignIds[i] as string, name: spec.name })),
    leads: plan.leads.length,
    enrollments,
    events: seeding.progress.events,
  };
}

/**
 * The events to ingest, for the progress bar: the planned ones, plus a guess for the re-engagement
 * campaign (planned only once the engine has made the leads Completed) of the agency campaign's
 * completions by then times the average events of a contacted enrollment.
 */
function expectedEvents(plan: DemoPlan): number {
  const planned = plan.timelines.reduce((n, t) => n + t.events.length, 0);
  const contacted = plan.timelines.filter((t) => t.events.length > 0).length;
  const completions = plan.timelines.filter(
    (t) =>
      t.campaign === plan.reengage.from &&
      t.events.some((e) => e.type === 'sequence_completed' && e.at < plan.reengage.at),
  ).length;
  return planned + Math.round((completions * planned) / Math.max(1, contacted));
}

/** Upserts the leads through the batch function `POST /v1/leads/batch` uses; their ids by plan index. */
async function insertLeads(services: Services, workspaceId: string, leads: DemoLead[], now: number) {
  const ids: string[] = [];
  for (let i = 0; i < leads.length; i += MAX_LEAD_BATCH) {
    const items = leads.slice(i, i + MAX_LEAD_BATCH).map((lead) => ({
      email: lead.email,
      first_name: lead.firstName,
      last_name: lead.lastName,
      company: lead.company.name,
      custom_fields: {
        title: lead.title,
        industry: SEGMENTS[lead.company.segment].industry,
        company_size: lead.company.size,
        city: lead.company.city,
      },
    }));
    for (const result of await upsertLeadBatch(services.writer, workspaceId, items, now)) {
      if (!result.lead_id) throw new Error(`demo lead ${i + result.index} was rejected`);
      ids.push(result.lead_id);
    }
  }
  return ids;
}

function remember(seeding: Seeding, campaign: number, enrolled: readonly EnrollResult[]): void {
  for (const r of enrolled)
    if (r.lead_id && r.enrollment_id) seeding.enrollmentIds.set(`${campaign} ${r.lead_id}`, r.enrollment_id);
}

/** Records planned events through the engine in chronological batches, as a sender's would arrive. */
async function ingest(
  seeding: Seeding,
  events: Array<{ enrollment: PlannedEnrollment; seq: number; event: PlannedEvent }>,
): Promise<void> {
  const { services, workspaceId } = seeding;
  for (let i = 0; i < events.length; i += EVENT_BATCH) {
    const batch = events.slice(i, i + EVENT_BATCH).map((item) => toRecordedEvent(seeding, item));
    const results = await recordEvents(services, { workspaceId, source: 'demo', events: batch });
    const failed = results.find((r) => r.result !== 'applied');
    if (failed) throw new Error(`demo event not applied: ${JSON.stringify(failed)}`);
    seeding.progress.events += batch.length;
    seeding.onProgress(seeding.progress);
  }
}

/** A planned event, resolved to the enrollment it was planned for. */
function toRecordedEvent(
  seeding: Seeding,
  { enrollment, seq, event }: { enrollment: PlannedEnrollment; seq: number; event: PlannedEvent },
): RecordedEvent {
  const spec = seeding.plan.campaigns[enrollment.campaign];
  const leadId = seeding.leadIds[enrollment.lead] as string;
  const enrollmentId = seeding.enrollmentIds.get(`${enrollment.campaign} ${leadId}`);
  if (!enrollmentId)
    throw new Error(`demo lead ${enrollment.lead} is not enrolled in campaign ${enrollment.campaign}`);
  return recordedEvent({
    enrollmentId,
    campaignId: seeding.campaignIds[enrollment.campaign] as string,
    leadId,
    type: event.type,
    occurredAt: seeding.origin + Math.round(event.at),
    externalId: `demo-${spec?.key}-${enrollment.lead}-${seq}`,
    step: event.step ?? null,
    bounceType: event.type === 'bounced' ? (event.bounceType ?? 'hard') : null,
    autoReply: event.autoReply ?? false,
    machine: event.machine ?? false,
    reason: event.reason ?? null,
    userAgent: event.userAgent ?? null,
    metadata: event.metadata ?? {},
  });
}
