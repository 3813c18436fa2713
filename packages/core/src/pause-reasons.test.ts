import { describe, expect, it } from 'vitest';
import { deriveStatus } from './derive.js';
import { canPause } from './manual.js';
import { at, ev, fold } from './test-support/events.js';

const ooo = (minutes: number, untilMinutes: number) =>
  ev('paused', minutes, { reason: 'out_of_office', until: at(untilMinutes) });
const companyStop = (minutes: number) => ev('paused', minutes, { reason: 'company_replied' });
const oooEnds = (minutes: number) => ev('resumed', minutes, { reason: 'out_of_office' });
const autoReply = (minutes: number) => ev('replied', minutes, { auto_reply: true });

describe('pause reasons', () => {
  it('a pause by hand shows reason manual and no end', () => {
    expect(fold([ev('sent', 1), ev('paused', 2)])).toMatchObject({
      status: 'paused',
      reason: 'manual',
      pauseReason: 'manual',
      pausedUntil: null,
    });
  });

  it('an out-of-office hold shows its reason and when it ends; a sent lead that opened resumes engaged', () => {
    const held = fold([ev('sent', 1), autoReply(2), ooo(2, 100), ev('opened', 3)]);
    expect(held).toMatchObject({
      status: 'paused',
      reason: 'out_of_office',
      pausedUntil: at(100),
      base: 'engaged',
    });
    expect(held.counters).toMatchObject({ replied: 0, auto_replied: 1 });
    expect(fold([oooEnds(100)], held)).toMatchObject({
      status: 'engaged',
      reason: null,
      pauseReason: null,
      pausedUntil: null,
    });
  });

  it('the end of an out-of-office hold resumes nothing else', () => {
    const manual = fold([ev('sent', 1), ev('paused', 2)]);
    expect(fold([oooEnds(50)], manual)).toMatchObject({ status: 'paused', reason: 'manual' });
    const stopped = fold([ev('sent', 1), companyStop(2)]);
    expect(fold([oooEnds(50)], stopped)).toMatchObject({ status: 'paused', reason: 'company_replied' });
  });

  it('a manual pause is never replaced by an automatic one', () => {
    const manual = fold([ev('sent', 1), ev('paused', 2), ooo(3, 100), companyStop(4)]);
    expect(manual).toMatchObject({ status: 'paused', reason: 'manual', pausedUntil: null });
  });

  it('a person may make an automatic pause manual, and then it no longer ends by itself', () => {
    const held = fold([ev('sent', 1), ooo(2, 100)]);
    expect(canPause(held).ok).toBe(true);
    const manual = fold([ev('paused', 3), oooEnds(100)], held);
    expect(manual).toMatchObject({ status: 'paused', reason: 'manual', pausedUntil: null });
    expect(canPause(manual).ok).toBe(false);
  });

  it('a company stop outranks an out-of-office hold; a later out-of-office moves the hold', () => {
    expect(fold([ev('sent', 1), ooo(2, 100), companyStop(3)])).toMatchObject({
      reason: 'company_replied',
      pausedUntil: null,
    });
    expect(fold([ev('sent', 1), companyStop(2), ooo(3, 100)])).toMatchObject({ reason: 'company_replied' });
    expect(fold([ev('sent', 1), ooo(2, 100), ooo(3, 200)])).toMatchObject({
      reason: 'out_of_office',
      pausedUntil: at(200),
    });
  });

  it('a human reply, a bounce or an opt-out ends any pause at once', () => {
    for (const end of [ev('replied', 5), ev('bounced', 5), ev('unsubscribed', 5)]) {
      for (const pause of [ev('paused', 2), ooo(2, 100), companyStop(2)]) {
        const state = fold([ev('sent', 1), pause, end]);
        expect(state.paused).toBe(false);
        expect(state.pauseReason).toBeNull();
        expect(state.pausedUntil).toBeNull();
      }
    }
  });

  it('an automatic pause applies only from a pausable status', () => {
    expect(fold([ev('sent', 1), ev('replied', 2), companyStop(3)])).toMatchObject({
      status: 'replied',
      reason: null,
    });
    expect(fold([ev('sent', 1), ev('sequence_completed', 2), ooo(3, 100)])).toMatchObject({
      status: 'completed',
    });
  });

  it('a late event derives the same hold as events in order', () => {
    const events = [ev('sent', 1), ooo(3, 100), ev('paused', 5), oooEnds(100)];
    const late = [events[0], events[2], events[3], events[1]].filter((e) => e !== undefined);
    expect(deriveStatus(late)).toEqual(fold(events));
  });
});
