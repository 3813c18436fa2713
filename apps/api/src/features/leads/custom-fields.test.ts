import { describe, expect, it } from 'vitest';
import {
  customFieldsProblem,
  mergeCustomFields,
  parseCustomFields,
  sameCustomFields,
} from './custom-fields.js';

describe('custom fields', () => {
  it('merge key by key, a null value removing the key', () => {
    expect(mergeCustomFields({ a: 1, b: 'x', c: true }, { b: null, c: false, d: 'new' })).toEqual({
      a: 1,
      c: false,
      d: 'new',
    });
  });

  it('compare regardless of key order', () => {
    expect(sameCustomFields({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameCustomFields({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameCustomFields({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('allow at most 50 fields after a merge', () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, i]));
    expect(customFieldsProblem(fifty)).toBeNull();
    expect(customFieldsProblem({ ...fifty, one: 1 })).toBe('At most 50 custom fields');
  });

  it('read stored JSON, treating anything unreadable as no fields', () => {
    expect(parseCustomFields('{"a":1}')).toEqual({ a: 1 });
    expect(parseCustomFields('not json')).toEqual({});
    expect(parseCustomFields('[1]')).toEqual({});
  });
});
