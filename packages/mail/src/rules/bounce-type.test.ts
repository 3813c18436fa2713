import { describe, expect, it } from 'vitest';
import { bounceTypeOf } from './bounce-type.js';

const facts = (over: Partial<Parameters<typeof bounceTypeOf>[0]>) => ({
  status: null,
  code: null,
  action: 'failed',
  diagnostic: null,
  ...over,
});

describe('bounceTypeOf', () => {
  it.each([
    ['5.1.1', 'hard'],
    ['5.1.10', 'hard'],
    ['5.4.1', 'hard'],
    ['5.7.1', 'rejected'],
    ['5.7.26', 'rejected'],
    ['5.2.2', 'soft'],
    ['4.2.2', 'soft'],
    ['4.4.7', 'soft'],
  ] as const)('status %s is %s', (status, type) => {
    expect(bounceTypeOf(facts({ status }))).toEqual({ type, delayed: false });
  });

  it('a delayed action is soft and delayed, whatever the code', () => {
    expect(bounceTypeOf(facts({ status: '4.4.7', action: 'delayed' }))).toEqual({
      type: 'soft',
      delayed: true,
    });
  });

  it('without an enhanced code the basic code decides', () => {
    expect(bounceTypeOf(facts({ code: '550', diagnostic: '550 No such user' })).type).toBe('hard');
    expect(bounceTypeOf(facts({ code: '550', diagnostic: '550 Message rejected as spam' })).type).toBe(
      'rejected',
    );
    expect(bounceTypeOf(facts({ code: '554', diagnostic: '554 blocked by policy' })).type).toBe('rejected');
    expect(bounceTypeOf(facts({ code: '452', diagnostic: '452 too many recipients' })).type).toBe('soft');
  });

  it('a failed action without any code is hard', () => {
    expect(bounceTypeOf(facts({}))).toEqual({ type: 'hard', delayed: false });
  });
});
