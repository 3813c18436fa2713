import { writeFile } from 'node:fs/promises';
import type { LeadStatusClient } from '@leadstatus/sdk';

/** Streams every unsubscribed lead of a campaign to a CSV file, however many there are. */
export async function exportUnsubscribed(client: LeadStatusClient, campaignId: string, path: string) {
  const csv = await client.exports.csv({
    campaign_id: [campaignId],
    status: ['unsubscribed'],
    sort: 'email',
  });
  await writeFile(path, csv);
}

/** The same rows as objects, one JSON line at a time. */
export async function* unsubscribedRows(client: LeadStatusClient, campaignId: string) {
  const ndjson = await client.exports.ndjson({ campaign_id: [campaignId], status: ['unsubscribed'] });
  let buffer = '';
  for await (const text of ndjson.pipeThrough(new TextDecoderStream())) {
    buffer += text;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line) yield JSON.parse(line) as { lead: { email: string } };
  }
}
