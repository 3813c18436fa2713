import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter, rowsPerSecond } from './progress-bar.js';

function fakeStream(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, {
    isTTY,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream, written: () => written };
}

describe('the import progress bar', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const reporter = createProgressReporter(stream);
    reporter.update({ bytesRead: 0, totalBytes: 100, rows: 0 });
    reporter.update({ bytesRead: 100, totalBytes: 100, rows: 10 });
    reporter.stop();
    expect(written()).toBe('');
  });

  it('shows bytes as a percentage and rows per second on a terminal', () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const reporter = createProgressReporter(stream, () => now);
    reporter.update({ bytesRead: 0, totalBytes: 1000, rows: 0 });
    now = 2000;
    reporter.update({ bytesRead: 500, totalBytes: 1000, rows: 4000 });
    reporter.stop();
    expect(written()).toContain('50% | 4000 rows | 2000 rows/s');
  });

  it('computes rows per second', () => {
    expect(rowsPerSecond(1500, 1000)).toBe(1500);
    expect(rowsPerSecond(10, 0)).toBe(0);
  });
});
