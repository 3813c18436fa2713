// SIGKILL while the SQLite writer thread holds a batch's transaction open: the batch is all gone
// (nothing half-written), the database is consistent, and the same batch recorded again applies whole.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/engine/derived-state-check.js';
import { recordEvents } from '../../src/engine/record-events.js';
import { type RecordedEvent, recordedEvent } from '../../src/engine/recorded-event.js';
import { enrollLeads } from '../../src/features/enrollments/enroll.js';
import { createWorkspace } from '../../src/features/workspaces/workspaces.repository.js';
import { fixedClock } from '../../src/platform/clock.js';
import { createTestDatabase, type TestDatabase } from '../../src/test-support/test-databases.js';
import { storedExternalIds } from './verify.js';

const CHILD = fileURLToPath(new URL('./writer-child.ts', import.meta.url));
const EVENTS = 1000;

describe('SIGKILL during a batch on the SQLite writer thread', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('leaves nothing of the batch, and the same batch recorded again applies whole', async () => {
    const { writer } = database.handle;
    const now = Date.now();
    const clock = fixedClock(now);
    const { workspace } = await createWorkspace(writer, { name: 'Writer kill', now });
    const campaign = await database.seed
      .insertInto('campaigns')
      .values({
        workspace_id: workspace.id,
        id: 'cmp_writer_kill',
        name: 'Writer kill',
        created_at: now,
        updated_at: now,
      })
      .execute()
      .then(() => 'cmp_writer_kill');
    const emails = Array.from({ length: 200 }, (_, i) => `kill.${i}@writer.example.com`);
    const enrolled = await enrollLeads({ writer, clock }, workspace.id, campaign, { kind: 'emails', emails });
    const events: RecordedEvent[] = Array.from({ length: EVENTS }, (_, i) => {
      const target = enrolled[i % enrolled.length] as (typeof enrolled)[number];
      return recordedEvent({
        enrollmentId: target.enrollment_id as string,
        campaignId: campaign,
        leadId: target.lead_id as string,
        type: i % 5 === 4 ? 'unsubscribed' : i % 2 === 0 ? 'sent' : 'opened',
        occurredAt: now - 60_000 + i,
        externalId: `writer-kill-${i}`,
        step: i % 2 === 0 ? 1 : null,
      });
    });
    const command = { workspaceId: workspace.id, source: 'http' as const, events };
    const filename = database.url.replace(/^sqlite:/, '');
    const commandFile = join(dirname(filename), 'command.json');
    writeFileSync(commandFile, JSON.stringify({ ...command, now }));

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, filename, commandFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.once('exit', (_code, signal) => done(signal)),
    );
    await new Promise<void>((holding, failed) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('holding')) holding();
      });
      child.once('exit', (code) => failed(new Error(`the child exited (${code}) before holding\n${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect((await storedExternalIds(database.handle, workspace.id, 'writer-kill-')).size).toBe(0);
    expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);

    const outcomes = await recordEvents({ writer, clock }, command);
    expect(outcomes.filter((o) => o.result === 'applied')).toHaveLength(EVENTS);
    expect((await storedExternalIds(database.handle, workspace.id, 'writer-kill-')).size).toBe(EVENTS);
    expect(await consistencyProblems(database.handle.db, workspace.id)).toEqual([]);
  });
});
