import { describe, expect, it } from 'vitest';
import * as sdk from './index.js';

describe('@leadstatus/widgets', () => {
  it('builds as an ES module (the components arrive with the widgets issue)', () => {
    expect(typeof sdk).toBe('object');
  });
});
