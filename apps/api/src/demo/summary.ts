import { STATUSES, type Status } from '@leadstatus/core';
import { readSummary } from '../features/analytics/summary.js';
import type { DbOrTrx } from '../platform/db/database.js';
import type { DemoSeedResult } from './demo-seed.js';

export interface CampaignDistribution {
  id: string;
  name: string;
  enrolled: number;
  distribution: Record<Status, number>;
}

/** Each demo campaign's status distribution, read from the counters (as the analytics endpoint does). */
export async function readDistributions(
  db: DbOrTrx,
  result: Pick<DemoSeedResult, 'workspaceId' | 'campaigns'>,
): Promise<CampaignDistribution[]> {
  const rows: CampaignDistribution[] = [];
  for (const campaign of result.campaigns) {
    const summary = await readSummary(db, result.workspaceId, [campaign.id]);
    rows.push({ ...campaign, enrolled: summary.enrolled, distribution: summary.distribution });
  }
  return rows;
}

/** What `leadstatus seed --demo` prints: the workspace, its key (shown once) and a table of statuses. */
export function formatDemoSummary(
  result: DemoSeedResult,
  rows: readonly CampaignDistribution[],
  elapsedMs: number,
): string {
  const header = ['campaign', 'enrolled', ...STATUSES];
  const table = [
    header,
    ...rows.map((r) => [r.name, String(r.enrolled), ...STATUSES.map((s) => String(r.distribution[s]))]),
  ];
  const widths = header.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
  const lines = table.map((row) =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
      .join('  '),
  );
  return (
    `Created the demo workspace ${result.workspaceId} in ${(elapsedMs / 1000).toFixed(1)} s: ` +
    `${rows.length} campaigns, ${result.leads} leads, ${result.enrollments} enrollments, ${result.events} events.\n` +
    `API key (shown once, store it now): ${result.apiKey}\n\n` +
    `${lines.join('\n')}\n\n` +
    `With \`pnpm start\` running: curl -H "Authorization: Bearer ${result.apiKey}" http://127.0.0.1:8787/v1/analytics\n`
  );
}
