import { describe, expect, it } from 'vitest';
import { DAY } from './campaigns.js';
import { chronological, planDemo } from './demo-plan.js';
import { DEFAULT_DEMO_OPTIONS } from './options.js';

describe('the demo plan', () => {
  const plan = planDemo(DEFAULT_DEMO_OPTIONS);
  const events = plan.timelines.flatMap((t) => t.events.map((e) => ({ ...e, campaign: t.campaign })));

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(planDemo(DEFAULT_DEMO_OPTIONS))).toBe(JSON.stringify(plan));
    const other = planDemo({ ...DEFAULT_DEMO_OPTIONS, seed: DEFAULT_DEMO_OPTIONS.seed + 1 });
    expect(other.leads.map((l) => l.email)).not.toEqual(plan.leads.map((l) => l.email));
  });

  it('has 4 to 5 campaigns of 3 to 4 steps, and unique leads on reserved example domains only', () => {
    expect(plan.campaigns.length).toBeGreaterThanOrEqual(4);
    expect(plan.campaigns.length).toBeLessThanOrEqual(5);
    for (const c of plan.campaigns) expect(c.steps.length).toBeGreaterThanOrEqual(3);
    for (const c of plan.campaigns) expect(c.steps.length).toBeLessThanOrEqual(4);
    expect(plan.leads).toHaveLength(3000);
    expect(new Set(plan.leads.map((l) => l.email.toLowerCase())).size).toBe(3000);
    for (const lead of plan.leads) expect(lead.email).toMatch(/^[a-z0-9.]+@[a-z]+\.example\.(com|org|net)$/);
  });

  it('puts some leads in two campaigns', () => {
    const seen = new Map<number, number>();
    for (const members of plan.enrollments) for (const i of members) seen.set(i, (seen.get(i) ?? 0) + 1);
    expect([...seen.values()].filter((n) => n === 2).length).toBeGreaterThan(100);
  });

  it('keeps every event inside the window, in order per enrollment', () => {
    for (const t of plan.timelines) {
      const times = t.events.map((e) => e.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      for (const at of times) expect(at).toBeGreaterThanOrEqual(0);
      for (const at of times) expect(at).toBeLessThan(30 * DAY);
    }
    const ordered = chronological(plan.timelines, { from: 0, to: plan.windowMs }).map((x) => x.event.at);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
  });

  it('has realistic rates among contacted enrollments', () => {
    const contacted = plan.timelines.filter((t) => t.events.some((e) => e.type === 'sent'));
    const share = (test: (e: (typeof events)[number]) => boolean) =>
      contacted.filter((t) => t.events.some((e) => test({ ...e, campaign: t.campaign }))).length /
      contacted.length;
    expect(share((e) => e.type === 'opened' && !e.machine)).toBeGreaterThan(0.4);
    expect(share((e) => e.type === 'opened' && !e.machine)).toBeLessThan(0.55);
    expect(share((e) => e.type === 'opened' && e.machine === true)).toBeGreaterThan(0.1);
    expect(share((e) => e.type === 'clicked' && !e.machine)).toBeGreaterThan(0.05);
    expect(share((e) => e.type === 'clicked' && !e.machine)).toBeLessThan(0.1);
    expect(share((e) => e.type === 'replied' && !e.autoReply)).toBeGreaterThan(0.03);
    expect(share((e) => e.type === 'replied' && !e.autoReply)).toBeLessThan(0.08);
    const bounced = contacted.filter(
      (t) =>
        t.events.some((e) => e.bounceType === 'hard') ||
        t.events.filter((e) => e.bounceType === 'soft').length >= 3,
    ).length;
    expect(bounced / contacted.length).toBeGreaterThan(0.02);
    expect(bounced / contacted.length).toBeLessThan(0.04);
    expect(share((e) => e.bounceType === 'soft')).toBeGreaterThan(0.01);
    expect(share((e) => e.type === 'unsubscribed')).toBeGreaterThan(0.005);
    expect(share((e) => e.type === 'unsubscribed')).toBeLessThan(0.02);
    expect(events.filter((e) => e.type === 'complained').length).toBeGreaterThanOrEqual(1);
    expect(events.filter((e) => e.type === 'complained').length).toBeLessThanOrEqual(2);
    expect(events.filter((e) => e.type === 'replied' && e.autoReply).length).toBeGreaterThan(0);
  });

  it('leaves much of the ramping campaign not contacted yet', () => {
    const fintech = plan.campaigns.findIndex((c) => c.key === 'fintech');
    const mine = plan.timelines.filter((t) => t.campaign === fintech);
    const waiting = mine.filter((t) => t.events.length === 0).length;
    expect(waiting / mine.length).toBeGreaterThan(0.5);
  });
});
