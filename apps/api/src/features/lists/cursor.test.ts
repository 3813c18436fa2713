import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from './cursor.js';

describe('list cursors', () => {
  it('round-trip a position for its sort, as base64url', () => {
    const cursor = encodeCursor('-status_changed_at', { key: 1_798_000_000_123, id: 'enr_01ABC' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('-status_changed_at', cursor)).toEqual({
      ok: true,
      position: { key: 1_798_000_000_123, id: 'enr_01ABC' },
    });
    const byEmail = encodeCursor('email', { key: 'ann@example.com', id: 'enr_1' });
    expect(decodeCursor('email', byEmail)).toEqual({
      ok: true,
      position: { key: 'ann@example.com', id: 'enr_1' },
    });
  });

  it('refuse a cursor of another sort, saying which', () => {
    const cursor = encodeCursor('-last_event_at', { key: 5, id: 'enr_1' });
    const result = decodeCursor('-status_changed_at', cursor);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('sort=-last_event_at') });
  });

  it('refuse edited, cut and made-up cursors', () => {
    const cursor = encodeCursor('-status_changed_at', { key: 5, id: 'enr_1' });
    const json = Buffer.from(cursor, 'base64url').toString();
    const edited = Buffer.from(json.replace('enr_1', 'enr_2')).toString('base64url');
    const forged = Buffer.from(JSON.stringify([1, '-status_changed_at', 5, 'enr_1', 'x'])).toString(
      'base64url',
    );
    for (const bad of [edited, forged, cursor.slice(0, -4), 'not a cursor', '!!!', 'e30', '']) {
      expect(decodeCursor('-status_changed_at', bad).ok, bad).toBe(false);
    }
  });

  it('refuse a key of the wrong type for the sort', () => {
    const stringKey = encodeCursor('-status_changed_at', { key: 'x', id: 'enr_1' });
    const fraction = encodeCursor('last_event_at', { key: 1.5, id: 'enr_1' });
    const unsafe = encodeCursor('last_event_at', { key: 2 ** 60, id: 'enr_1' });
    const longId = encodeCursor('email', { key: 'a', id: 'x'.repeat(65) });
    expect(decodeCursor('-status_changed_at', stringKey).ok).toBe(false);
    expect(decodeCursor('last_event_at', fraction).ok).toBe(false);
    expect(decodeCursor('last_event_at', unsafe).ok).toBe(false);
    expect(decodeCursor('email', longId).ok).toBe(false);
  });

  it('accept every key a stored row can hold: times before 1970, no event (0), long e-mails', () => {
    const keys: Array<['last_event_at' | '-status_changed_at' | 'email', number | string]> = [
      ['last_event_at', new Date('0001-01-01T00:00:00Z').getTime()],
      ['last_event_at', 0],
      ['-status_changed_at', -1],
      ['-status_changed_at', 8.64e15],
      ['email', `${'\u{1D4B6}'.repeat(320)}@x.example`],
      ['email', 'legacy\u0000"\\@x.example'],
    ];
    for (const [sort, key] of keys) {
      const cursor = encodeCursor(sort, { key, id: 'enr_01ABC' });
      expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
      expect(decodeCursor(sort, cursor), String(key)).toEqual({
        ok: true,
        position: { key, id: 'enr_01ABC' },
      });
    }
  });
});
