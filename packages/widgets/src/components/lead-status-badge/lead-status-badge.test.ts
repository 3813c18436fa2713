import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('<lead-status-badge> for a paused lead', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // A fixed day and language; midday timestamps fall on the same day in every zone from UTC-11 to UTC+11.
  it.each([
    ['out_of_office', '2026-12-15T12:00:00.000Z', 'en-GB', 'Paused · out of office until 15 Dec'],
    ['out_of_office', '2026-12-15T12:00:00.000Z', 'en-US', 'Paused · out of office until Dec 15'],
    ['out_of_office', '2027-01-04T12:00:00.000Z', 'en-GB', 'Paused · out of office until 4 Jan 2027'],
    ['company_replied', '', 'en-GB', 'Paused · company replied'],
    ['manual', '', 'en-GB', 'Paused · by hand'],
  ])('reason %s until "%s" in %s reads "%s"', async (reason, pausedUntil, lang, expected) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const attributes = {
      status: 'paused',
      reason,
      lang,
      ...(pausedUntil ? { 'paused-until': pausedUntil } : {}),
    };
    const badge = await mount('lead-status-badge', {}, attributes);
    const pill = $(badge, '[part="badge"]');
    expect(text(pill)).toBe(expected);
    expect(pill?.dataset.status).toBe('paused');
  });

  it('shows no reason for a paused lead without one, nor for other statuses', async () => {
    const paused = await mount('lead-status-badge', {}, { status: 'paused' });
    expect(text($(paused, '.badge'))).toBe('Paused');
    const bounced = await mount('lead-status-badge', {}, { status: 'bounced', reason: 'hard_bounce' });
    expect(text($(bounced, '.badge'))).toBe('Bounced / Blocked');
  });

  it('follows a reason set as a property, as text', async () => {
    const badge = await mount('lead-status-badge', { reason: '<b>legal_hold</b>' }, { status: 'paused' });
    expect(text($(badge, '.badge'))).toBe('Paused · <b>legal hold</b>');
    expect($(badge, 'b')).toBeNull();
  });
});
