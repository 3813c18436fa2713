import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LABELS, isBuiltinLabel, isLabelKey, labelKeyOf } from './labels.js';

describe('outcome labels', () => {
  it('has the built-in labels of the contract, each with a well-formed key', () => {
    expect(BUILTIN_LABELS.map((l) => [l.key, l.sentiment])).toEqual([
      ['interested', 'positive'],
      ['meeting_booked', 'positive'],
      ['meeting_completed', 'positive'],
      ['won', 'positive'],
      ['not_now', 'neutral'],
      ['wrong_person', 'neutral'],
      ['not_interested', 'negative'],
      ['lost', 'negative'],
    ]);
    for (const label of BUILTIN_LABELS) {
      expect(isLabelKey(label.key)).toBe(true);
      expect(labelKeyOf(label.name)).toBe(label.key);
      expect(isBuiltinLabel(label.key)).toBe(true);
    }
  });

  it.each([
    ['Demo scheduled', 'demo_scheduled'],
    ['  Réunion prévue!! ', 'reunion_prevue'],
    ['Q4 — follow up', 'q4_follow_up'],
    ['Größe', 'grosse'],
    ['会议', null],
    ['---', null],
  ])('makes the key of %j', (name, key) => {
    expect(labelKeyOf(name)).toBe(key);
  });

  it('cuts keys at 40 characters, never ending in _', () => {
    const key = labelKeyOf(`${'a'.repeat(39)} b and more`);
    expect(key).toBe('a'.repeat(39));
  });

  it('refuses none and malformed keys', () => {
    for (const key of ['none', '', 'A', 'a-b', '_a', 'a_', 'a__b', 'x'.repeat(41)])
      expect(isLabelKey(key)).toBe(false);
  });

  it('always makes a well-formed key or none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const key = labelKeyOf(name);
        return key === null || isLabelKey(key) || key === 'none';
      }),
      { numRuns: 500 },
    );
  });
});
