import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, STATUSES } from '../../shared/statuses.js';
import { $, mount, text } from '../../test-support/dom.js';

describe('<lead-status-badge>', () => {
  it.each(STATUSES)('shows the label of %s as text, not only a colour', async (status) => {
    const badge = await mount('lead-status-badge', {}, { status });
    const pill = $(badge, '[part="badge"]');
    expect(text(pill)).toBe(STATUS_LABELS[status]);
    expect(pill?.dataset.status).toBe(status);
  });

  it('labels the eight statuses as the product names them', () => {
    expect(Object.values(STATUS_LABELS)).toEqual([
      'Not Contacted',
      'Sent',
      'Engaged',
      'Replied',
      'Bounced / Blocked',
      'Unsubscribed',
      'Completed',
      'Paused',
    ]);
  });

  it('shows an unknown status as plain text', async () => {
    const badge = await mount('lead-status-badge', {}, { status: '<b>new</b>' });
    expect(text($(badge, '.badge'))).toBe('<b>new</b>');
    expect($(badge, 'b')).toBeNull();
  });

  it('takes its colours from --lead-status-<status>-bg and -fg', async () => {
    const badge = await mount('lead-status-badge', {}, { status: 'not_contacted' });
    badge.style.setProperty('--lead-status-not-contacted-bg', 'rgb(1, 2, 3)');
    badge.style.setProperty('--lead-status-not-contacted-fg', 'rgb(4, 5, 6)');
    const pill = $(badge, '.badge') as HTMLElement;
    expect(getComputedStyle(pill).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(pill).color).toBe('rgb(4, 5, 6)');
  });

  it('switches to dark colours with theme="dark" and back with theme="light"', async () => {
    const badge = await mount('lead-status-badge', {}, { status: 'replied', theme: 'light' });
    const pill = $(badge, '.badge') as HTMLElement;
    const light = getComputedStyle(pill).backgroundColor;
    badge.setAttribute('theme', 'dark');
    const dark = getComputedStyle(pill).backgroundColor;
    expect(dark).not.toBe(light);
    expect(dark).toBe('rgb(3, 58, 22)');
  });

  it('inherits the host font', async () => {
    const badge = await mount('lead-status-badge', {}, { status: 'sent' });
    badge.style.fontFamily = 'monospace';
    expect(getComputedStyle($(badge, '.badge') as HTMLElement).fontFamily).toBe('monospace');
  });
});
