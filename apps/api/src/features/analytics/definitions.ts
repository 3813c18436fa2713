/**
 * Every analytics metric and rate in words: the one table that `GET /v1/metrics/definitions` serves
 * and docs/analytics.md reproduces (a test keeps the two in step).
 */
export interface MetricDefinition {
  name: string;
  kind: 'count' | 'rate';
  description: string;
  numerator: string;
  /** Null for counts. */
  denominator: string | null;
}

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    name: 'enrolled',
    kind: 'count',
    description: 'Enrollments (leads in the campaign), whatever their status.',
    numerator: 'enrollments',
    denominator: null,
  },
  {
    name: 'contacted',
    kind: 'count',
    description:
      'Enrollments a message reached or was tried on, whether or not its `sent` was reported: the denominator of every rate.',
    numerator:
      'enrollments with at least one sent, open or click (human or machine), reply (human or automatic), bounce (hard or soft), rejection, unsubscribe by link, one-click or reply, or complaint; not a DNC block, a pause, sequence_completed, an unsubscribe with reason dnc_list or manual, nor an opt-out fanned out from another campaign',
    denominator: null,
  },
  {
    name: 'blocked',
    kind: 'count',
    description: 'Enrollments blocked by the do-not-contact list: counted apart, in no rate.',
    numerator: 'enrollments whose status is bounced with reason dnc_rule or opted_out',
    denominator: null,
  },
  {
    name: 'distribution',
    kind: 'count',
    description: 'Enrollments per status as shown (paused counts as paused); sums to `enrolled`.',
    numerator: 'enrollments whose current status is the given status',
    denominator: null,
  },
  {
    name: 'opens.human',
    kind: 'count',
    description: 'Enrollments with at least one human (not machine-made) open.',
    numerator: 'enrollments with at least one human open',
    denominator: null,
  },
  {
    name: 'opens.machine',
    kind: 'count',
    description: 'Enrollments with at least one machine-made open (security scanner, privacy proxy).',
    numerator: 'enrollments with at least one machine open',
    denominator: null,
  },
  {
    name: 'replies_automatic',
    kind: 'count',
    description:
      'Enrollments with at least one automatic reply (out-of-office, autoresponder): counted apart, in no rate.',
    numerator: 'enrollments with at least one replied event marked auto_reply',
    denominator: null,
  },
  {
    name: 'out_of_office_holds',
    kind: 'count',
    description:
      'Enrollments paused now by an out-of-office reply; the sequence resumes by itself after the return date.',
    numerator: 'enrollments whose status is paused with reason out_of_office',
    denominator: null,
  },
  {
    name: 'company_stops',
    kind: 'count',
    description:
      'Enrollments paused now because another lead at their company replied (campaign setting stop_on_company_reply).',
    numerator: 'enrollments whose status is paused with reason company_replied',
    denominator: null,
  },
  {
    name: 'reply_rate',
    kind: 'rate',
    description: 'Share of contacted leads that replied (human replies; auto-replies do not count).',
    numerator: 'contacted enrollments with at least one human reply',
    denominator: 'contacted enrollments',
  },
  {
    name: 'engagement_rate',
    kind: 'rate',
    description: 'Share of contacted leads that opened, clicked or replied (human events only).',
    numerator: 'contacted enrollments with at least one human open, click or reply',
    denominator: 'contacted enrollments',
  },
  {
    name: 'open_rate',
    kind: 'rate',
    description: 'Share of contacted leads with a human open.',
    numerator: 'contacted enrollments with at least one human open',
    denominator: 'contacted enrollments',
  },
  {
    name: 'click_rate',
    kind: 'rate',
    description: 'Share of contacted leads with a human click.',
    numerator: 'contacted enrollments with at least one human click',
    denominator: 'contacted enrollments',
  },
  {
    name: 'bounce_rate',
    kind: 'rate',
    description:
      'Share of contacted leads that bounced by delivery. Leads blocked by the do-not-contact list are counted apart (`blocked`).',
    numerator:
      'contacted enrollments whose status is bounced with reason hard_bounce, rejected or repeated_soft_bounce',
    denominator: 'contacted enrollments',
  },
  {
    name: 'completion_rate',
    kind: 'rate',
    description: 'Share of contacted leads that reached the end of the sequence.',
    numerator: 'contacted enrollments whose status is completed',
    denominator: 'contacted enrollments',
  },
  {
    name: 'unsubscribe_rate',
    kind: 'rate',
    description:
      'Share of contacted leads that opted out, for any reason (in this campaign, another one, or through the DNC list).',
    numerator: 'contacted enrollments whose status is unsubscribed',
    denominator: 'contacted enrollments',
  },
  ...trendDefinitions(),
];

/**
 * The points of `GET /v1/campaigns/{id}/analytics/trends`: leads per local day with at least one
 * event of a kind. A week point is the sum of its daily counts, so a lead active on two days of a
 * week counts twice in it.
 */
function trendDefinitions(): MetricDefinition[] {
  const perDay = (name: string, events: string, description: string): MetricDefinition => ({
    name: `trends.${name}`,
    kind: 'count',
    description: `${description} Per local day (UTC or the reporting zone); a week point sums its days.`,
    numerator: `enrollments with at least one ${events} that day`,
    denominator: null,
  });
  return [
    perDay('sent', '`sent` event', 'Leads sent an email that day.'),
    perDay('opened', 'human open (not machine-made)', 'Leads that opened that day.'),
    perDay('clicked', 'human click (not machine-made)', 'Leads that clicked that day.'),
    perDay('replied', 'human reply (not an auto-reply)', 'Leads that replied that day.'),
    perDay(
      'bounced',
      '`bounced` (hard or soft), `rejected` or `blocked` event',
      'Leads that bounced or were blocked that day.',
    ),
    perDay('unsubscribed', '`unsubscribed` or `complained` event', 'Leads that opted out that day.'),
    perDay(
      'machine_opened',
      'machine-made open (scanner, privacy proxy)',
      'Leads with a machine-made open that day.',
    ),
  ];
}

/** The definitions as a Markdown table (docs/analytics.md embeds this output). */
export function definitionsMarkdown(): string {
  const lines = ['| metric | kind | numerator | denominator |', '|---|---|---|---|'];
  for (const d of METRIC_DEFINITIONS) {
    lines.push(`| \`${d.name}\` | ${d.kind} | ${d.numerator} | ${d.denominator ?? '—'} |`);
  }
  return lines.join('\n');
}
