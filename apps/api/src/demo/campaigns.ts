import type { Segment } from './names.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** When a campaign's leads get their first e-mail, within a window of `windowMs` that ends now. */
export type StartSchedule =
  /** Spread evenly over [from, from + spread). */
  | { kind: 'spread'; from: number; spread: number }
  /** A daily sending limit of new leads from `from` on: the rest are still waiting (Not Contacted). */
  | { kind: 'daily'; from: number; perDay: number };

export interface DemoCampaignSpec {
  key: 'saas' | 'agency' | 'reengage' | 'webinar' | 'fintech';
  name: string;
  steps: Array<{ subject: string; delayHours: number }>;
  /** Human reply rate of the leads that get every step: warm lists reply more. */
  replyRate: number;
  /** The share of the workspace's leads enrolled (the re-engagement campaign takes another's instead). */
  share: number;
  segment: Segment;
}

/** The demo campaigns, in the order they are created. */
export const DEMO_CAMPAIGNS: readonly DemoCampaignSpec[] = [
  {
    key: 'saas',
    name: 'Q4 SaaS founders',
    segment: 'saas',
    share: 0.34,
    replyRate: 0.055,
    steps: [
      { subject: 'Quick question about {{company}}’s outbound', delayHours: 0 },
      { subject: 'Re: Quick question about {{company}}’s outbound', delayHours: 72 },
      { subject: 'How Northstack booked 40 demos in a month', delayHours: 96 },
      { subject: 'Closing the loop, {{first_name}}', delayHours: 120 },
    ],
  },
  {
    key: 'agency',
    name: 'Agency outreach: Europe',
    segment: 'agency',
    share: 0.24,
    replyRate: 0.045,
    steps: [
      { subject: 'White-label outreach for {{company}} clients', delayHours: 0 },
      { subject: 'Re: White-label outreach', delayHours: 48 },
      { subject: 'Last note from me', delayHours: 72 },
    ],
  },
  {
    key: 'reengage',
    name: 'Agency re-engagement',
    segment: 'agency',
    share: 0,
    replyRate: 0.04,
    steps: [
      { subject: 'Still looking for more client meetings?', delayHours: 0 },
      { subject: 'New: pay-per-meeting pricing for agencies', delayHours: 72 },
      { subject: 'Should I close your file?', delayHours: 96 },
    ],
  },
  {
    key: 'webinar',
    name: 'Webinar follow-up: deliverability clinic',
    segment: 'events',
    share: 0.14,
    replyRate: 0.085,
    steps: [
      { subject: 'The recording and slides, as promised', delayHours: 0 },
      { subject: 'Your deliverability checklist', delayHours: 48 },
      { subject: 'Want us to audit your domain setup?', delayHours: 96 },
    ],
  },
  {
    key: 'fintech',
    name: 'Series A fintech CFOs',
    segment: 'fintech',
    share: 0.22,
    replyRate: 0.05,
    steps: [
      { subject: 'Month-end close at {{company}}', delayHours: 0 },
      { subject: 'Re: Month-end close', delayHours: 72 },
      { subject: 'A 2-minute teardown of your finance stack', delayHours: 72 },
      { subject: 'Break-up e-mail', delayHours: 96 },
    ],
  },
];

/** How long after the last step a sender declares the sequence completed, when nobody answered. */
export const COMPLETION_WAIT = 2 * DAY;

/**
 * When each campaign starts sending, as parts of the window so a short demo (`--days 10`) still shows
 * every stage; the re-engagement campaign starts once enough of the agency campaign has completed.
 */
export function startSchedule(key: DemoCampaignSpec['key'], windowMs: number, leads: number): StartSchedule {
  switch (key) {
    case 'agency':
      return { kind: 'spread', from: 0.01 * windowMs, spread: 0.1 * windowMs };
    case 'saas':
      return { kind: 'spread', from: 0.03 * windowMs, spread: 0.55 * windowMs };
    case 'webinar':
      return { kind: 'spread', from: 0.5 * windowMs, spread: 0.2 * windowMs };
    case 'reengage':
      return { kind: 'spread', from: reengageAt(windowMs) + 2 * HOUR, spread: 0.25 * windowMs };
    case 'fintech':
      // Still ramping up: launched a few days ago with a daily limit well below its list.
      return {
        kind: 'daily',
        from: windowMs - Math.min(4 * DAY, 0.3 * windowMs),
        perDay: Math.max(3, Math.round(leads * 0.06)),
      };
  }
}

/** When the re-engagement campaign takes the agency campaign's Completed leads (by filter). */
export function reengageAt(windowMs: number): number {
  return Math.min(Math.max(0.55 * windowMs, 8 * DAY), windowMs - DAY);
}
