import { DAY, DEMO_CAMPAIGNS, type DemoCampaignSpec, HOUR, reengageAt, startSchedule } from './campaigns.js';
import type { DemoOptions } from './options.js';
import { type DemoLead, planLeads } from './people.js';
import { createRandom, type Random } from './random.js';
import { type PlannedEvent, planTimeline } from './timeline.js';
import { dealTraits } from './traits.js';

/** The events of one lead in one campaign (`campaign` and `lead` are indexes into the plan). */
export interface PlannedEnrollment {
  campaign: number;
  lead: number;
  events: PlannedEvent[];
}

export interface DemoPlan {
  options: DemoOptions;
  /** The window of events, ending now. */
  windowMs: number;
  leads: DemoLead[];
  campaigns: readonly DemoCampaignSpec[];
  /** Lead indexes enrolled at the start, per campaign (the re-engagement one starts empty). */
  enrollments: number[][];
  /** A customer's domain and a lead who asked by e-mail not to be contacted: enrolled as blocked. */
  dnc: { domain: string; email: string };
  timelines: PlannedEnrollment[];
  /** At `at`, campaign `to` enrolls the Completed leads of campaign `from` (enroll by filter). */
  reengage: { at: number; from: number; to: number };
  /** Leads paused by hand at the end, per campaign. */
  pauses: Array<{ campaign: number; leads: number[] }>;
}

const indexOf = (key: DemoCampaignSpec['key']) => DEMO_CAMPAIGNS.findIndex((c) => c.key === key);

/** What a sender ends a sequence on; auto-replies and single soft bounces do not count. */
function stops(event: PlannedEvent): boolean {
  return (
    (event.type === 'replied' && !event.autoReply) ||
    (event.type === 'bounced' && event.bounceType === 'hard') ||
    event.type === 'unsubscribed' ||
    event.type === 'complained' ||
    event.type === 'sequence_completed'
  );
}

/** The whole demo except the re-engagement campaign, which depends on what the engine made Completed. */
export function planDemo(options: DemoOptions): DemoPlan {
  const random = createRandom(options.seed);
  const windowMs = options.days * DAY;
  const leads = planLeads(random.fork('leads'), options.leads);
  const bySegment = (segment: DemoLead['company']['segment']) =>
    leads.filter((l) => l.company.segment === segment).map((l) => l.index);

  const order = random.fork('enrollments');
  const saas = order.shuffle(bySegment('saas'));
  const events = bySegment('events');
  // Webinar attendees: most of the events list, plus some SaaS prospects who are in two campaigns.
  const webinar = order.shuffle([
    ...events.slice(0, Math.round(events.length * 0.7)),
    ...order.shuffle(saas).slice(0, Math.round(saas.length * 0.3)),
  ]);
  const enrollments = DEMO_CAMPAIGNS.map((spec) => {
    if (spec.key === 'saas') return saas;
    if (spec.key === 'webinar') return webinar;
    if (spec.key === 'reengage') return [];
    return order.shuffle(bySegment(spec.segment));
  });

  const dnc = pickDnc(random.fork('dnc'), leads, saas);
  const blocked = new Set(
    leads.filter((l) => l.company.domain === dnc.domain || l.email === dnc.email).map((l) => l.index),
  );
  const complaints = options.leads >= 1000 ? 2 : 1;
  const timelines = DEMO_CAMPAIGNS.flatMap((spec, campaign) =>
    planCampaign(random.fork(`timelines:${spec.key}`), {
      campaign,
      leads,
      members: (enrollments[campaign] ?? []).filter((i) => !blocked.has(i)),
      windowMs,
      // "A complaint or two", in the two campaigns that started first.
      complaints: spec.key === 'saas' ? 1 : spec.key === 'agency' ? complaints - 1 : 0,
    }),
  );
  const settled = truncateAfterOptOuts(timelines);
  return {
    options,
    windowMs,
    leads,
    campaigns: DEMO_CAMPAIGNS,
    enrollments,
    dnc,
    timelines: settled,
    reengage: { at: reengageAt(windowMs), from: indexOf('agency'), to: indexOf('reengage') },
    pauses: pickPauses(random.fork('pauses'), settled, enrollments, blocked),
  };
}

/** The re-engagement campaign's timelines for the leads the filter enrolled. */
export function planReengagement(plan: DemoPlan, leadIndexes: readonly number[]): PlannedEnrollment[] {
  const spec = plan.campaigns[plan.reengage.to] as DemoCampaignSpec;
  return planCampaign(createRandom(plan.options.seed).fork(`timelines:${spec.key}`), {
    campaign: plan.reengage.to,
    leads: plan.leads,
    members: [...leadIndexes],
    windowMs: plan.windowMs,
    complaints: 0,
  });
}

function planCampaign(
  random: Random,
  input: { campaign: number; leads: DemoLead[]; members: number[]; windowMs: number; complaints: number },
): PlannedEnrollment[] {
  const spec = DEMO_CAMPAIGNS[input.campaign] as DemoCampaignSpec;
  const schedule = startSchedule(spec.key, input.windowMs, input.members.length);
  const traits = dealTraits(random.fork('traits'), input.members.length, spec.replyRate, input.complaints);
  const delays = spec.steps.map((s) => s.delayHours);
  return input.members.map((lead, i) => {
    const start =
      schedule.kind === 'spread'
        ? schedule.from + random.between(0, schedule.spread)
        : schedule.from + Math.floor(i / schedule.perDay) * DAY + random.between(0, 9 * HOUR);
    const events = planTimeline(random, {
      lead: input.leads[lead] as DemoLead,
      traits: traits[i] as NonNullable<(typeof traits)[number]>,
      start,
      delays,
    });
    // Only the past: what has not happened yet by now is left out (a sequence in progress).
    return { campaign: input.campaign, lead, events: events.filter((e) => e.at < input.windowMs - 1000) };
  });
}

/**
 * Opting out reaches across campaigns (the engine unsubscribes the lead's other enrollments), so no
 * campaign sends to, or hears from, a lead after it opted out anywhere.
 */
export function truncateAfterOptOuts(timelines: readonly PlannedEnrollment[]): PlannedEnrollment[] {
  const optedOut = new Map<number, number>();
  for (const t of timelines) {
    for (const e of t.events) {
      if (e.type !== 'unsubscribed' && e.type !== 'complained') continue;
      optedOut.set(t.lead, Math.min(optedOut.get(t.lead) ?? e.at, e.at));
    }
  }
  return timelines.map((t) => {
    const at = optedOut.get(t.lead);
    return at === undefined ? t : { ...t, events: t.events.filter((e) => e.at <= at) };
  });
}

function pickDnc(random: Random, leads: DemoLead[], saas: number[]): DemoPlan['dnc'] {
  // An existing customer's domain: a SaaS company with a few leads in the list.
  const counts = new Map<string, number>();
  for (const i of saas) {
    const domain = (leads[i] as DemoLead).company.domain;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const domains = [...counts].filter(([, n]) => n >= 2).map(([d]) => d);
  const domain =
    domains.length > 0 ? random.pick(domains.sort()) : (leads[saas[0] ?? 0] as DemoLead).company.domain;
  const fintech = leads.filter((l) => l.company.segment === 'fintech' && l.company.domain !== domain);
  const email = (fintech.length > 0 ? random.pick(fintech) : (leads[0] as DemoLead)).email;
  return { domain, email };
}

/**
 * A handful of leads a person paused: some mid-sequence in the SaaS campaign (a call got booked),
 * some of the ramping fintech campaign, contacted or still waiting.
 */
function pickPauses(
  random: Random,
  timelines: PlannedEnrollment[],
  enrollments: number[][],
  blocked: ReadonlySet<number>,
): DemoPlan['pauses'] {
  const total = Math.max(3, Math.round(enrollments.flat().length * 0.003));
  // A lead that opted out in another campaign is Unsubscribed here too: it cannot be paused.
  const optedOut = new Set(
    timelines
      .filter((t) => t.events.some((e) => e.type === 'unsubscribed' || e.type === 'complained'))
      .map((t) => t.lead),
  );
  const inProgress = (campaign: number) =>
    timelines
      .filter((t) => t.campaign === campaign && t.events.length > 0 && !t.events.some(stops))
      .filter((t) => !optedOut.has(t.lead))
      .filter((t) => t.events.filter((e) => e.bounceType === 'soft').length < 3)
      .map((t) => t.lead);
  const saas = indexOf('saas');
  const fintech = indexOf('fintech');
  const contacted = new Set(
    timelines.filter((t) => t.campaign === fintech && t.events.length > 0).map((t) => t.lead),
  );
  const notContacted = (enrollments[fintech] ?? []).filter((i) => !blocked.has(i) && !contacted.has(i));
  const fromSaas = random.shuffle(inProgress(saas)).slice(0, Math.ceil(total / 2));
  const started = random.shuffle(inProgress(fintech)).slice(0, 1);
  const rest = total - fromSaas.length - started.length;
  return [
    { campaign: saas, leads: fromSaas },
    { campaign: fintech, leads: [...started, ...random.shuffle(notContacted).slice(0, Math.max(1, rest))] },
  ];
}

/** Every event of these enrollments in time order (ties in a fixed order), for ingesting in batches. */
export function chronological(
  timelines: readonly PlannedEnrollment[],
  range: { from: number; to: number },
): Array<{ enrollment: PlannedEnrollment; seq: number; event: PlannedEvent }> {
  const out: Array<{ enrollment: PlannedEnrollment; seq: number; event: PlannedEvent }> = [];
  for (const enrollment of timelines) {
    enrollment.events.forEach((event, seq) => {
      if (event.at >= range.from && event.at < range.to) out.push({ enrollment, seq, event });
    });
  }
  return out.sort(
    (a, b) =>
      a.event.at - b.event.at ||
      a.enrollment.campaign - b.enrollment.campaign ||
      a.enrollment.lead - b.enrollment.lead ||
      a.seq - b.seq,
  );
}
