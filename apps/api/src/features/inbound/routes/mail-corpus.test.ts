import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { CORPUS_NOW, type CorpusMail, corpusMails } from '../test-support/corpus.js';
import { createMailApp, type MailApp } from '../test-support/mail-app.js';

const MAILS = corpusMails();

/** The status an enrollment that was sent step 1 shows after this mail (DESIGN.md, "Reading mail"). */
function statusAfter(mail: CorpusMail): { status: string; status_reason: string | null } {
  const { expected } = mail;
  switch (expected.kind) {
    case 'reply':
      return { status: 'replied', status_reason: null };
    case 'auto_reply':
      return { status: 'sent', status_reason: null };
    case 'out_of_office':
      return { status: 'paused', status_reason: 'out_of_office' };
    case 'bounce':
      if (expected.bounce?.delayed || expected.bounce?.type === 'soft')
        return { status: 'sent', status_reason: null };
      return expected.bounce?.type === 'rejected'
        ? { status: 'bounced', status_reason: 'rejected' }
        : { status: 'bounced', status_reason: 'hard_bounce' };
    case 'complaint':
      return { status: 'unsubscribed', status_reason: 'complaint' };
    case 'unsubscribe_request':
      return { status: 'unsubscribed', status_reason: 'reply' };
  }
}

describeEachDatabase('the mail corpus, read through POST /v1/inbound/messages', ({ database }) => {
  let t: MailApp;
  const app = () => {
    t ??= createMailApp(database.handle);
    return t;
  };

  it('has a message of every kind', () => {
    const kinds = new Set(MAILS.map((m) => m.expected.kind));
    expect([...kinds].sort()).toEqual(
      ['auto_reply', 'bounce', 'complaint', 'out_of_office', 'reply', 'unsubscribe_request'].sort(),
    );
  });

  it.each(MAILS.map((mail) => [mail.name, mail] as const))(
    '%s: classified, matched to the message it answers, and recorded',
    async (_name, mail) => {
      const a = app();
      a.clock.set(CORPUS_NOW);
      const { key, workspaceId } = await a.newWorkspace();
      const campaignId = await a.campaign(key);
      const sentId = mail.sentIds[0] as string;
      const lead = await a.sendTo(
        key,
        campaignId,
        `lead.${workspaceId.slice(-8).toLowerCase()}@example.com`,
        sentId,
      );

      const { status, body } = await a.postMail(key, mail.raw);
      expect(status).toBe(202);
      expect(body.kind).toBe(mail.expected.kind);
      expect(body.match).toMatchObject({ enrollment_id: lead.enrollmentId, lead_id: lead.leadId });
      expect(['in_reply_to', 'references', 'original_message']).toContain(body.match.by);
      expect(body.enrollment).toMatchObject({ id: lead.enrollmentId, ...statusAfter(mail) });
      if (mail.expected.kind === 'bounce') {
        expect(body.bounce).toMatchObject({ type: mail.expected.bounce?.type });
        if (mail.expected.bounce?.status) expect(body.bounce.status).toBe(mail.expected.bounce.status);
      } else {
        expect(body.bounce).toBeNull();
      }
      if (mail.expected.kind === 'out_of_office') {
        expect(body.enrollment.paused_until).not.toBeNull();
        const until = mail.expected.outOfOfficeUntil;
        if (until) {
          const day = `${until.year}-${String(until.month).padStart(2, '0')}-${String(until.day).padStart(2, '0')}`;
          expect(body.out_of_office_until).toBe(day);
        }
      }
      const delayed = mail.expected.kind === 'bounce' && mail.expected.bounce?.delayed === true;
      expect(body.event_id === null).toBe(delayed);

      // The same mail again changes nothing.
      const before = await a.events(workspaceId);
      const again = await a.postMail(key, mail.raw);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: body.id, duplicate: true, kind: body.kind });
      expect(await a.events(workspaceId)).toEqual(before);
      expect(await a.inboundRows(workspaceId)).toHaveLength(1);
    },
  );
});
