import type { LeadListRow, Schemas, Status, StatusChange } from '@leadstatus/sdk';
import { STATUSES } from '../shared/statuses.js';

const BASE_TIME = Date.parse('2026-11-27T10:00:00.000Z');

/** A list row; `index` makes ids, e-mails and times distinct and ordered (newest first). */
export function makeRow(index: number, overrides: Partial<LeadListRow> = {}): LeadListRow {
  const id = String(index).padStart(6, '0');
  const at = new Date(BASE_TIME - index * 60_000).toISOString();
  return {
    enrollment_id: `enr_${id}`,
    lead: {
      id: `lead_${id}`,
      email: `lead${id}@example.com`,
      first_name: 'Lead',
      last_name: id,
      company: `Company ${index % 7}`,
    },
    campaign: { id: 'cmp_1', name: 'Q4 outreach' },
    status: STATUSES[index % STATUSES.length] as Status,
    status_reason: null,
    paused_until: null,
    label: null,
    label_changed_at: null,
    status_changed_at: at,
    last_event_at: at,
    counters: { sent: 2, opened: 1, clicked: 0, replied: 0 },
    ...overrides,
  };
}

export function makeRows(count: number, overrides: Partial<LeadListRow> = {}): LeadListRow[] {
  return Array.from({ length: count }, (_, i) => makeRow(i, overrides));
}

export function makeSummary(distribution: Partial<Record<Status, number>> = {}): Schemas['AnalyticsSummary'] {
  const full = Object.fromEntries(STATUSES.map((s) => [s, distribution[s] ?? 0])) as Record<Status, number>;
  const enrolled = Object.values(full).reduce((a, b) => a + b, 0);
  return {
    enrolled,
    contacted: enrolled - full.not_contacted,
    blocked: 0,
    distribution: full,
    rates: {
      reply_rate: 0.125,
      engagement_rate: 0.5,
      open_rate: 0.25,
      click_rate: 0,
      bounce_rate: 0.04,
      completion_rate: null,
      unsubscribe_rate: 0.01,
    },
    opens: { human: 1, machine: 0 },
    replies_automatic: 0,
    out_of_office_holds: 0,
    company_stops: 0,
  };
}

export function makeTrends(days: number): Schemas['Trends'] {
  const points = Array.from({ length: days }, (_, i) => ({
    date: `2026-11-${String(i + 1).padStart(2, '0')}`,
    sent: 100 + i,
    opened: 40 + i,
    clicked: 5,
    replied: 3 + (i % 3),
    bounced: i % 2,
    unsubscribed: 0,
    machine_opened: 7,
  }));
  return {
    points,
    interval: 'day',
    tz: 'UTC',
    from: points[0]?.date ?? '2026-11-01',
    to: points.at(-1)?.date ?? '2026-11-01',
  };
}

export function makeChange(
  row: LeadListRow,
  to: Status,
  reason: StatusChange['reason'] = null,
  pausedUntil: string | null = null,
): StatusChange {
  return {
    enrollment_id: row.enrollment_id,
    lead_id: row.lead.id,
    campaign_id: row.campaign.id,
    from: row.status,
    to,
    reason,
    paused_until: pausedUntil,
    at: '2026-11-27T11:00:00.000Z',
  };
}
