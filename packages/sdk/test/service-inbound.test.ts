import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LeadStatusClient, LeadStatusError } from '../src/index.js';
import {
  campaignWithLeads,
  type InProcessService,
  sendStep1,
  startService,
  uniqueEmail,
} from './support/service.js';

let service: InProcessService;
beforeAll(async () => {
  service = await startService();
});
afterAll(async () => {
  await service.close();
});

/** A mail as a mailbox keeps it: header lines, a blank line, the body, CRLF line ends. */
function mail(headers: string[], body: string): string {
  return [...headers, '', body, ''].join('\r\n');
}

let sequence = 0;
/** A plain reply from `from`, answering `inReplyTo` when given. */
function reply(from: string, text: string, inReplyTo?: string): string {
  sequence += 1;
  return mail(
    [
      `From: Lead <${from}>`,
      'To: Sam <sam@acme.test>',
      'Subject: Re: Hello',
      'Date: Tue, 1 Dec 2026 10:15:00 +0100',
      `Message-ID: <sdk-reply-${sequence}-${Date.now()}@mail.example>`,
      ...(inReplyTo ? [`In-Reply-To: ${inReplyTo}`, `References: ${inReplyTo}`] : []),
      'Content-Type: text/plain; charset=UTF-8',
    ],
    text,
  );
}

/** One lead in a fresh campaign, sent step 1 with a Message-ID: what a reply names. */
async function sentLead(client: LeadStatusClient, email = uniqueEmail('in')) {
  const { campaign, leadIds } = await campaignWithLeads(client, [email]);
  const leadId = leadIds[0] ?? '';
  const messageId = `<sdk-sent-${leadId}@mail.acme.test>`;
  await sendStep1(client, campaign.id, leadId, messageId);
  return { campaignId: campaign.id, leadId, email, messageId };
}

describe('inbound mail, against the real service', () => {
  it('a reply to a sent message makes the lead Replied; the same mail again is a duplicate', async () => {
    const client = service.client();
    const lead = await sentLead(client);
    const raw = reply(lead.email, 'Sounds good, can we talk on Thursday?', lead.messageId);

    const read = await client.inbound.messages.create(raw);
    expect(read).toMatchObject({
      id: expect.stringMatching(/^inb_/),
      kind: 'reply',
      duplicate: false,
      match: { lead_id: lead.leadId, campaign_id: lead.campaignId, by: 'in_reply_to' },
      enrollment: { status: 'replied', paused_until: null },
    });
    const again = await client.inbound.messages.create(raw, { campaignId: lead.campaignId });
    expect(again).toMatchObject({ id: read.id, duplicate: true });

    const rows = await client.campaigns.leads(lead.campaignId);
    expect(rows.data.map((row) => [row.lead.id, row.status, row.paused_until])).toEqual([
      [lead.leadId, 'replied', null],
    ]);
  });

  it('sends 8-bit bytes unchanged: a Latin-1 mail is read as its charset says', async () => {
    const client = service.client();
    const lead = await sentLead(client);
    const head = reply(lead.email, '', lead.messageId).replace('charset=UTF-8', 'charset=ISO-8859-1');
    // "Viele Grüße" in ISO-8859-1: 0xFC and 0xDF are not UTF-8, so any re-encoding would garble them.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(`${head}Viele Gr`),
      0xfc,
      0xdf,
      0x65,
      0x0d,
      0x0a,
    ]);
    const read = await client.inbound.messages.create(bytes);
    const shown = await client.inbound.messages.get(read.id);
    expect(shown.snippet).toContain('Viele Grüße');
  });

  it('list filters by campaign and kind, iterate walks every page, get shows the mail', async () => {
    const client = service.client();
    const first = await sentLead(client);
    const { leadIds } = await client.enrollments
      .add(first.campaignId, { emails: [uniqueEmail('in2')] })
      .then((enrolled) => ({ leadIds: enrolled.data.map((row) => row.lead_id ?? '') }));
    const second = await client.leads.get(leadIds[0] ?? '');
    const a = await client.inbound.messages.create(reply(first.email, 'Yes, Thursday.', first.messageId));
    const b = await client.inbound.messages.create(reply(second.email, 'Who is this?'));
    expect(b.match).toMatchObject({ lead_id: second.id, by: 'sender' });

    const page = await client.inbound.messages.list({ campaign_id: first.campaignId, kind: 'reply' });
    expect(page.data.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(page.next_cursor).toBeNull();

    const ids: string[] = [];
    for await (const m of client.inbound.messages.iterate({ campaign_id: first.campaignId, limit: 1 })) {
      ids.push(m.id);
    }
    expect(ids.sort()).toEqual([a.id, b.id].sort());

    const shown = await client.inbound.messages.get(a.id);
    expect(shown).toMatchObject({
      id: a.id,
      kind: 'reply',
      source: 'api',
      from: { email: first.email },
      in_reply_to: [first.messageId],
      snippet: expect.stringContaining('Yes, Thursday.'),
    });
  });

  it('an unmatched mail waits in the triage list, is matched by hand once, then 409', async () => {
    const client = service.client();
    const lead = await sentLead(client);
    const stranger = uniqueEmail('other-address');
    const read = await client.inbound.messages.create(reply(stranger, 'Writing from my other address.'));
    expect(read).toMatchObject({ match: null, enrollment: null, event_id: null });

    const triage = await client.inbound.messages.list({ matched: false });
    expect(triage.data.map((m) => m.id)).toContain(read.id);

    const matched = await client.inbound.messages.match(read.id, {
      lead_id: lead.leadId,
      campaign_id: lead.campaignId,
    });
    expect(matched).toMatchObject({
      match: { lead_id: lead.leadId, by: 'manual' },
      enrollment: { status: 'replied' },
    });
    const unmatched = [];
    for await (const m of client.inbound.messages.iterate({ matched: false })) unmatched.push(m.id);
    expect(unmatched).not.toContain(read.id);

    const again = await client.inbound.messages
      .match(read.id, { lead_id: lead.leadId, campaign_id: lead.campaignId })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(LeadStatusError);
    expect(again).toMatchObject({ kind: 'http', status: 409, type: '/problems/conflict' });
  });

  it('a body that is not a mail is a 400 LeadStatusError that carries the problem', async () => {
    const client = service.client();
    const error = await client.inbound.messages
      .create('hello there, this is not a mail')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadStatusError);
    const problem = (error as LeadStatusError).problem;
    expect(problem).toMatchObject({ status: 400, type: '/problems/validation-error' });
    expect(problem.errors?.map((e) => e.path)).toEqual(['body']);
  });

  it('an out-of-office pauses the lead with its reason and paused_until', async () => {
    const client = service.client();
    const lead = await sentLead(client);
    // A return date a month ahead: the reader takes dates near the mail, not years away.
    const back = new Date(Date.now() + 30 * 86_400_000);
    const written = back.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const day = back.toISOString().slice(0, 10);
    const dayAfter = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    const raw = mail(
      [
        `From: Lead <${lead.email}>`,
        'Subject: Automatic reply: Hello',
        `Message-ID: <sdk-ooo-${lead.leadId}@mail.example>`,
        `In-Reply-To: ${lead.messageId}`,
        'Auto-Submitted: auto-replied',
        'Content-Type: text/plain; charset=UTF-8',
      ],
      `I am out of the office and back on ${written}.`,
    );
    const read = await client.inbound.messages.create(raw);
    expect(read).toMatchObject({
      kind: 'out_of_office',
      out_of_office_until: day,
      enrollment: { status: 'paused', status_reason: 'out_of_office' },
    });
    // Until the day after the return date, 09:00 in the workspace's zone (UTC here).
    const [row] = (await client.campaigns.leads(lead.campaignId)).data;
    expect(row).toMatchObject({ status: 'paused', status_reason: 'out_of_office' });
    expect(row?.paused_until).toBe(`${dayAfter}T09:00:00.000Z`);
  });

  it('a retry after a lost answer records the mail once and answers the first answer again', async () => {
    const lead = await sentLead(service.client());
    let calls = 0;
    const keys: Array<string | null> = [];
    // The service reads the first attempt, but its answer is lost on the way back.
    const lossy = service.client({
      retries: { baseDelayMs: 1 },
      fetch: async (request) => {
        keys.push(request.headers.get('Idempotency-Key'));
        const response = await service.fetch(request);
        if (calls++ === 0) throw new TypeError('fetch failed: connection reset');
        return response;
      },
    });
    const read = await lossy.inbound.messages.create(reply(lead.email, 'Count me in.', lead.messageId));
    expect(calls).toBe(2);
    expect(keys[0]).not.toBeNull();
    expect(keys[1]).toBe(keys[0]);
    // The first attempt recorded it: the retry, under the same key, gets its answer again.
    expect(read).toMatchObject({ kind: 'reply', duplicate: false, match: { lead_id: lead.leadId } });
    const page = await service.client().inbound.messages.list({ campaign_id: lead.campaignId });
    expect(page.data.map((m) => m.id)).toEqual([read.id]);
  });
});
