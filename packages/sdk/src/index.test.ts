import { describe, expect, it } from 'vitest';
import * as sdk from './index.js';

describe('@leadstatus/sdk', () => {
  it('builds as an ES module (the client arrives with the SDK issue)', () => {
    expect(typeof sdk).toBe('object');
  });
});
