import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMail } from '../src/index.js';
import { corpusFiles, readCorpusFile } from './support/corpus.js';

const options = { now: Date.UTC(2026, 11, 1, 9), timeZone: 'Europe/Berlin' };
const corpus = corpusFiles().map(readCorpusFile);

// Bounded runs and an explicit time budget: this must pass on a loaded 2-core machine.
const RUNS = { numRuns: 200, interruptAfterTimeLimit: 20_000 };

function isResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ('error' in value || 'kind' in value);
}

/** A corpus message cut short and with some bytes overwritten. */
const mutatedMessage = fc
  .record({
    index: fc.nat({ max: corpus.length - 1 }),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      maxLength: 20,
    }),
  })
  .map(({ index, cut, edits }) => {
    const source = corpus[index] ?? new Uint8Array(0);
    const bytes = source.slice(0, Math.floor(source.length * cut));
    for (const [where, value] of edits) {
      if (bytes.length > 0) bytes[Math.floor(where * (bytes.length - 1))] = value;
    }
    return bytes;
  });

describe('readMail never throws', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (raw) => {
        expect(isResult(await readMail(raw, options))).toBe(true);
      }),
      RUNS,
    );
  }, 60_000);

  it('on arbitrary text that looks a bit like mail', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        'From: bob@example.com',
        'Content-Type: multipart/report; boundary=x',
        '--x',
        '',
        '> q',
      ),
      fc.string({ maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (lines) => {
        const raw = new TextEncoder().encode(lines.join('\r\n'));
        expect(isResult(await readMail(raw, options))).toBe(true);
      }),
      RUNS,
    );
  }, 60_000);

  it('on truncated and mutated corpus messages', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedMessage, async (raw) => {
        expect(isResult(await readMail(raw, options))).toBe(true);
      }),
      RUNS,
    );
  }, 60_000);

  it('with any zone and instant', async () => {
    const raw = corpus[0] ?? new Uint8Array(0);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.double(), async (timeZone, now) => {
        expect(isResult(await readMail(raw, { timeZone, now }))).toBe(true);
      }),
      { ...RUNS, numRuns: 50 },
    );
  }, 60_000);
});
