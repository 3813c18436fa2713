// The figure of the whole path: the same messages posted to POST /v1/inbound/messages of the real
// server process (read, matched, recorded), over loopback, a few at a time.
import { createWorkspace } from '@leadstatus/api/features/workspaces/workspaces.repository';
import type { DialectName } from '@leadstatus/api/platform/db/database';
import { createBenchDatabase } from '@leadstatus/bench-support/databases';
import { profilingArgs, startRealServer } from '@leadstatus/bench-support/processes';
import type { Figure } from './measure.js';

/** Leads with a sent message each: the mail of a pass answers them in turn. */
const LEADS = 200;
/** Requests in flight: enough to keep the server's request thread and its writer thread busy. */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 4);

export interface RecordedFigure {
  figure: Figure;
  /** Posts that did not answer 202 (each must be new mail, matched and recorded). */
  failures(): number;
  stop(): Promise<void>;
}

const SENT_ID = /<ls-\d+@mail\.acme\.test>/g;
const MESSAGE_ID = /^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*/im;

/**
 * The message as the n-th post sends it: a Message-ID of its own (else it is a duplicate) and the
 * ids of our sent mail pointing at one of the benchmark's leads.
 */
function variant(message: Buffer, n: number): Buffer {
  const text = message.toString('latin1').replace(SENT_ID, `<bench-${n % LEADS}@mail.acme.test>`);
  const id = `Message-ID: <post-${n}@bench.example>`;
  return Buffer.from(MESSAGE_ID.test(text) ? text.replace(MESSAGE_ID, id) : `${id}\r\n${text}`, 'latin1');
}

export async function recordedFigure(
  messages: readonly Buffer[],
  dialect: DialectName,
): Promise<RecordedFigure> {
  const database = await createBenchDatabase(dialect, { label: 'mail' });
  const server = await startRealServer({ DATABASE_URL: database.url }, profilingArgs());
  try {
    const { apiKey } = await createWorkspace(database.handle.writer, { name: 'Bench mail', now: Date.now() });
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    const campaign = await post('/v1/campaigns', {
      name: 'Bench mail',
      steps: [{ subject: 'Hello', delay_hours: 0 }],
      stop_on_company_reply: true,
    });
    const emails = Array.from({ length: LEADS }, (_, i) => `lead${i}@company${i % 40}.example`);
    await post(`/v1/campaigns/${campaign.id}/leads`, { emails });
    for (const [i, email] of emails.entries()) {
      await post('/v1/messages', {
        campaign_id: campaign.id,
        email,
        step: 1,
        rfc822_message_id: `<bench-${i}@mail.acme.test>`,
      });
    }

    let posted = 0;
    let failed = 0;
    const send = async (body: Buffer) => {
      const response = await fetch(`${server.url}/v1/inbound/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'message/rfc822' },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 202) failed += 1;
    };
    const figure: Figure = {
      name: `POST /v1/inbound/messages: read, matched, recorded (${dialect}, ${IN_FLIGHT} in flight)`,
      messages: messages.length,
      pass: async () => {
        const queue = messages.map((message) => variant(message, posted++));
        const worker = async () => {
          for (let body = queue.shift(); body; body = queue.shift()) await send(body);
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        return posted;
      },
    };
    return {
      figure,
      failures: () => failed,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await server.stop();
    await database.drop();
    throw error;
  }
}
