import { readFile } from 'node:fs/promises';
import type { InboundMessage, LeadStatusClient } from '@leadstatus/sdk';

/** Posts a mail your mailbox poller saved as an `.eml` file, its bytes unchanged. */
export async function postEml(client: LeadStatusClient, path: string) {
  const read = await client.inbound.messages.create(await readFile(path));
  // e.g. { kind: 'reply', status: 'replied', duplicate: false }; the same mail again is a duplicate
  return { kind: read.kind, status: read.enrollment?.status ?? null, duplicate: read.duplicate };
}

type Target = { lead_id: string; campaign_id: string };

/** The triage list: mail nothing matched, matched by hand where you know who sent it. */
export async function triage(client: LeadStatusClient, known: Map<string, Target>) {
  const unmatched: InboundMessage[] = [];
  for await (const mail of client.inbound.messages.iterate({ matched: false })) unmatched.push(mail);
  let matched = 0;
  for (const mail of unmatched) {
    const target = known.get(mail.from.email);
    if (!target) continue;
    await client.inbound.messages.match(mail.id, target); // a 409 LeadStatusError if matched meanwhile
    matched++;
  }
  return matched;
}
