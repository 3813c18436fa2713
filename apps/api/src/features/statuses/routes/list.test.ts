import { STATUSES } from '@leadstatus/core';
import { expect, it } from 'vitest';
import { readJson } from '../../../test-support/read-json.js';
import { createTestApp } from '../../../test-support/test-app.js';
import { describeEachDatabase } from '../../../test-support/test-databases.js';

describeEachDatabase('GET /v1/statuses', ({ database }) => {
  it('lists the eight statuses in display order with labels, reasons and pausability', async () => {
    const app = createTestApp(database.handle);
    const { apiKey } = await app.newWorkspace();
    const response = await app.request('/v1/statuses', { key: apiKey });
    expect(response.status).toBe(200);
    const { data } = await readJson(response);
    expect(data.map((s: { value: string }) => s.value)).toEqual([...STATUSES]);
    const byValue = Object.fromEntries(data.map((s: { value: string }) => [s.value, s]));
    expect(byValue.bounced).toMatchObject({
      label: 'Bounced / Blocked',
      stops_sending: true,
      can_pause: false,
      reasons: ['hard_bounce', 'rejected', 'repeated_soft_bounce', 'dnc_rule', 'opted_out'],
    });
    expect(byValue.sent).toMatchObject({ label: 'Sent', stops_sending: false, can_pause: true, reasons: [] });
    expect(byValue.unsubscribed.reasons).toEqual([
      'link',
      'one_click',
      'reply',
      'dnc_list',
      'complaint',
      'manual',
    ]);
  });

  it('requires a key', async () => {
    const response = await createTestApp(database.handle).request('/v1/statuses');
    expect(response.status).toBe(401);
  });
});
