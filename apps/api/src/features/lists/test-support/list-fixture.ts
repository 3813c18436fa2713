import type { Db } from '../../../platform/db/database.js';
import type { TestApp } from '../../../test-support/test-app.js';
import { seedCampaign, seedEnrollments } from './seed.js';

export const T0 = Date.UTC(2026, 2, 1, 12);
export const at = (seconds: number) => T0 + seconds * 1000;

/**
 * Two workspaces. A: campaigns Alpha (ann, bob, cy, dee) and Beta (ann again, eve); B: Gamma, with
 * an `ann@acme.com` of its own, which A must never see.
 */
export async function seedListFixture(db: Db, app: TestApp) {
  const a = await app.newWorkspace('A');
  const b = await app.newWorkspace('B');
  const alpha = await seedCampaign(db, a.workspaceId, 'Alpha');
  const beta = await seedCampaign(db, a.workspaceId, 'Beta');
  const gamma = await seedCampaign(db, b.workspaceId, 'Gamma');
  const [ann, bob, cy, dee] = await seedEnrollments(db, a.workspaceId, alpha, [
    {
      status: 'engaged',
      statusChangedAt: at(5),
      lastEventAt: at(6),
      counters: { sent: 2, opened: 3, clicked: 1 },
      lead: { email: 'ann@acme.com', first_name: 'Ann', last_name: 'Lee', company: 'Acme' },
    },
    {
      status: 'replied',
      statusChangedAt: at(9),
      lastEventAt: at(9),
      counters: { sent: 1, replied: 1 },
      lead: { email: 'bob@globex.com', first_name: 'Bob', last_name: 'Stone', company: 'Globex' },
    },
    { status: 'sent', statusChangedAt: at(1), lead: { email: 'cy@initech.com', first_name: 'Cy' } },
    {
      status: 'bounced',
      statusReason: 'hard_bounce',
      statusChangedAt: at(7),
      lastEventAt: at(7),
      lead: { email: 'DEE@Acme.com', first_name: 'Dee' },
    },
  ]);
  const [annInBeta, eve] = await seedEnrollments(db, a.workspaceId, beta, [
    { status: 'not_contacted', statusChangedAt: at(3), leadId: ann?.leadId ?? '', leadEmail: 'ann@acme.com' },
    {
      status: 'unsubscribed',
      statusReason: 'link',
      statusChangedAt: at(8),
      lastEventAt: at(8),
      lead: { email: 'eve@umbrella.com', first_name: 'Eve', company: 'Umbrella' },
    },
  ]);
  const [other] = await seedEnrollments(db, b.workspaceId, gamma, [
    { status: 'replied', statusChangedAt: at(99), lead: { email: 'ann@acme.com', company: 'Acme' } },
  ]);
  const id = (s: { enrollmentId: string } | undefined) => s?.enrollmentId ?? '';
  return {
    a,
    b,
    campaigns: { alpha, beta, gamma },
    e: { ann: id(ann), bob: id(bob), cy: id(cy), dee: id(dee), annInBeta: id(annInBeta), eve: id(eve) },
    otherWorkspaceEnrollment: id(other),
    leadIds: { ann: ann?.leadId ?? '' },
  };
}
