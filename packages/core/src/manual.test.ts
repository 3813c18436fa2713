import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply.js';
import type { LeadEvent } from './events.js';
import { canPause, canResume } from './manual.js';
import { reasonsFor } from './reasons.js';
import type { EnrollmentState } from './state.js';
import { PAUSABLE_STATUSES, STATUSES, type Status } from './statuses.js';
import { at, ev, fold, historyReaching } from './test-support/events.js';

const soft = { bounce_type: 'soft' } as const;

function stateShowing(status: Status): EnrollmentState {
  return status === 'paused' ? fold([ev('sent', 1), ev('paused', 2)]) : fold(historyReaching(status));
}

describe('pause', () => {
  it.each(STATUSES)('from %s follows PAUSABLE_STATUSES', (status) => {
    const state = stateShowing(status);
    expect(state.status).toBe(status);
    const allowed = PAUSABLE_STATUSES.includes(status);
    const next = applyEvent(state, ev('paused', 9));
    expect(canPause(state).ok).toBe(allowed);
    if (allowed) {
      expect(next).toMatchObject({ status: 'paused', paused: true, base: status, reason: 'manual' });
      expect(next.statusChangedAt).toBe(at(9));
    } else {
      expect(next).toEqual({ ...state, lastEventAt: at(9) });
    }
  });

  it('is allowed exactly from Not Contacted, Sent and Engaged', () => {
    expect(PAUSABLE_STATUSES).toEqual(['not_contacted', 'sent', 'engaged']);
  });

  it('is refused with a message that names the allowed statuses and the current one', () => {
    expect(canPause(stateShowing('replied'))).toEqual({
      ok: false,
      error: {
        code: 'pause_not_allowed',
        message: 'A lead can be paused only when Not Contacted, Sent or Engaged; this one is Replied.',
      },
    });
    expect(canPause(stateShowing('bounced'))).toMatchObject({
      error: {
        message:
          'A lead can be paused only when Not Contacted, Sent or Engaged; this one is Bounced / Blocked.',
      },
    });
    expect(canPause(stateShowing('paused'))).toEqual({
      ok: false,
      error: { code: 'pause_not_allowed', message: 'This lead is already paused.' },
    });
    expect(canPause(stateShowing('sent'))).toEqual({ ok: true, value: true });
  });
});

describe('resume', () => {
  it.each(STATUSES)('from %s is allowed only when paused', (status) => {
    const state = stateShowing(status);
    const next = applyEvent(state, ev('resumed', 9));
    expect(canResume(state).ok).toBe(status === 'paused');
    if (status === 'paused') {
      expect(next).toMatchObject({ status: 'sent', paused: false, base: 'sent', statusChangedAt: at(9) });
    } else {
      expect(next).toEqual({ ...state, lastEventAt: at(9) });
    }
  });

  it('is refused with a message naming the current status', () => {
    expect(canResume(stateShowing('engaged'))).toEqual({
      ok: false,
      error: {
        code: 'resume_not_allowed',
        message: 'Only a paused lead can be resumed; this one is Engaged.',
      },
    });
  });

  it('shows Engaged for a paused Sent lead that opened meanwhile', () => {
    const state = fold([ev('sent', 1), ev('paused', 2), ev('opened', 3), ev('resumed', 4)]);
    expect(state).toMatchObject({
      status: 'engaged',
      base: 'engaged',
      paused: false,
      statusChangedAt: at(4),
    });
  });
});

describe('events while paused', () => {
  const pausedSent = [ev('sent', 1), ev('paused', 2)];

  it.each<[string, LeadEvent[], string]>([
    ['sent', [ev('sent', 3)], 'sent'],
    ['opened', [ev('opened', 3)], 'engaged'],
    ['clicked', [ev('clicked', 3)], 'engaged'],
    ['machine open', [ev('opened', 3, { machine: true })], 'sent'],
    ['auto-reply', [ev('replied', 3, { auto_reply: true })], 'sent'],
    ['one soft bounce', [ev('bounced', 3, soft)], 'sent'],
    ['two soft bounces', [ev('bounced', 3, soft), ev('bounced', 4, soft)], 'sent'],
    ['sequence_completed', [ev('sequence_completed', 3)], 'sent'],
  ])('%s keeps the lead paused with base %s underneath', (_name, events, base) => {
    const state = fold([...pausedSent, ...events]);
    expect(state).toMatchObject({
      status: 'paused',
      paused: true,
      base,
      reason: 'manual',
      statusChangedAt: at(2),
    });
    expect(fold([ev('resumed', 10)], state)).toMatchObject({ status: base, paused: false });
  });

  it.each<[string, LeadEvent[], Status, string | null]>([
    ['human reply', [ev('replied', 3)], 'replied', null],
    ['hard bounce', [ev('bounced', 3)], 'bounced', 'hard_bounce'],
    ['rejected', [ev('rejected', 3)], 'bounced', 'rejected'],
    [
      'third soft bounce',
      [ev('bounced', 1.5, soft), ev('bounced', 2.5, soft), ev('bounced', 3, soft)],
      'bounced',
      'repeated_soft_bounce',
    ],
    ['blocked', [ev('blocked', 3, { reason: 'opted_out' })], 'bounced', 'opted_out'],
    ['unsubscribed', [ev('unsubscribed', 3, { reason: 'one_click' })], 'unsubscribed', 'one_click'],
    ['complained', [ev('complained', 3)], 'unsubscribed', 'complaint'],
  ])('%s ends the pause and shows at once', (_name, events, status, reason) => {
    const state = fold(
      [ev('sent', 1), ev('paused', 2), ...events].sort(
        (a, b) => Number(a.occurred_at) - Number(b.occurred_at),
      ),
    );
    expect(state).toMatchObject({ status, base: status, paused: false, reason, baseReason: reason });
    expect(state.statusChangedAt).toBe(at(3));
    expect(reasonsFor(status).length === 0 || reason !== null).toBe(true);
  });

  it('sequence_completed is ignored entirely: the lead resumes as it was, not Completed', () => {
    const paused = fold(pausedSent);
    const state = fold([ev('sequence_completed', 3)], paused);
    expect(state).toEqual({ ...paused, lastEventAt: at(3) });
    expect(fold([ev('resumed', 4)], state).status).toBe('sent');
  });

  it('a second pause changes nothing', () => {
    const paused = fold(pausedSent);
    expect(fold([ev('paused', 5)], paused)).toEqual({ ...paused, lastEventAt: at(5) });
  });
});

describe('unsubscribed is terminal', () => {
  it('pause and resume never change it', () => {
    const state = fold([ev('sent', 1), ev('unsubscribed', 2, { reason: 'manual' })]);
    expect(canPause(state).ok).toBe(false);
    expect(canResume(state).ok).toBe(false);
    const after = fold([ev('paused', 3), ev('resumed', 4), ev('paused', 5)], state);
    expect(after).toEqual({ ...state, lastEventAt: at(5) });
  });

  it('no event changes its status or reason', () => {
    const state = fold([ev('sent', 1), ev('complained', 2)]);
    const after = fold(
      [
        ev('replied', 3),
        ev('bounced', 4),
        ev('blocked', 5),
        ev('unsubscribed', 6, { reason: 'link' }),
        ev('opened', 7),
      ],
      state,
    );
    expect(after).toMatchObject({ status: 'unsubscribed', reason: 'complaint', statusChangedAt: at(2) });
  });
});
