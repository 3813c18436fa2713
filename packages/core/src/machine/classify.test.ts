import { describe, expect, it } from 'vitest';
import { classifyInteraction, DEFAULT_MACHINE_RULES } from './classify.js';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const OUTLOOK = 'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)';
const MIMECAST = 'Mozilla/5.0 (compatible; Mimecast URL Protect)';
const SENT = Date.UTC(2026, 10, 27, 10, 0, 0);
const MINUTE = 60_000;

describe('classifyInteraction', () => {
  it('takes a person’s open a while after the send for a person', () => {
    const verdict = classifyInteraction({
      kind: 'open',
      occurredAt: SENT + 30 * MINUTE,
      userAgent: OUTLOOK,
      method: 'GET',
      sentAt: SENT,
    });
    expect(verdict).toEqual({ machine: false, reasons: [], agent: null });
  });

  it('names the scanner of a known user agent', () => {
    const verdict = classifyInteraction({
      kind: 'click',
      occurredAt: SENT + MINUTE,
      userAgent: MIMECAST,
      link: 0,
    });
    expect(verdict.machine).toBe(true);
    expect(verdict.reasons).toEqual(['user_agent']);
    expect(verdict.agent).toEqual({ name: 'Mimecast', category: 'security_scanner' });
  });

  it('takes Apple Mail Privacy Protection and Gmail’s proxy for machines', () => {
    for (const ua of [
      'Mozilla/5.0',
      'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
    ]) {
      const verdict = classifyInteraction({ kind: 'open', occurredAt: SENT + 10 * MINUTE, userAgent: ua });
      expect(verdict.agent?.category, ua).toBe('privacy_proxy');
    }
  });

  it('takes a HEAD request for a machine', () => {
    const verdict = classifyInteraction({
      kind: 'open',
      occurredAt: SENT + MINUTE,
      userAgent: CHROME,
      method: 'HEAD',
    });
    expect(verdict.reasons).toEqual(['head_request']);
  });

  it('takes an open or click within seconds of the send for a machine', () => {
    expect(
      classifyInteraction({ kind: 'open', occurredAt: SENT + 2_000, userAgent: CHROME, sentAt: SENT })
        .reasons,
    ).toEqual(['too_soon_after_send']);
    expect(
      classifyInteraction({ kind: 'open', occurredAt: SENT + 5_000, userAgent: CHROME, sentAt: SENT })
        .machine,
    ).toBe(false);
    expect(
      classifyInteraction({
        kind: 'click',
        occurredAt: SENT + 9_000,
        userAgent: CHROME,
        sentAt: SENT,
        link: 0,
      }).reasons,
    ).toEqual(['too_soon_after_send']);
    // Before the send (clock skew, or a made-up time) is just as suspicious.
    expect(
      classifyInteraction({ kind: 'open', occurredAt: SENT - 60_000, userAgent: CHROME, sentAt: SENT })
        .machine,
    ).toBe(true);
  });

  it('takes SendGrid’s machine flag as given', () => {
    const verdict = classifyInteraction({ kind: 'open', occurredAt: SENT + MINUTE, providerMachine: true });
    expect(verdict.reasons).toEqual(['provider_flag']);
  });

  it('does not apply the user-agent rule when the user agent is not known', () => {
    expect(classifyInteraction({ kind: 'open', occurredAt: SENT + MINUTE }).machine).toBe(false);
    expect(classifyInteraction({ kind: 'open', occurredAt: SENT + MINUTE, userAgent: null }).reasons).toEqual(
      ['user_agent'],
    );
  });

  describe('honeypot and bursts', () => {
    const at = SENT + 10 * MINUTE;

    it('takes a click on the honeypot for a machine', () => {
      expect(
        classifyInteraction({ kind: 'click', occurredAt: at, userAgent: CHROME, link: 'honeypot' }).reasons,
      ).toEqual(['honeypot']);
    });

    it('takes the recipient’s clicks within two seconds of a honeypot click, before or after, for machines', () => {
      for (const delta of [-2_000, -500, 0, 1_500, 2_000]) {
        const verdict = classifyInteraction({
          kind: 'click',
          occurredAt: at,
          userAgent: CHROME,
          link: 0,
          messageId: 'm1',
          otherClicks: [{ occurredAt: at + delta, link: 'honeypot', messageId: 'm1' }],
        });
        expect(verdict.reasons, String(delta)).toEqual(['near_honeypot']);
      }
      const later = classifyInteraction({
        kind: 'click',
        occurredAt: at,
        userAgent: CHROME,
        link: 0,
        otherClicks: [{ occurredAt: at + 2_001, link: 'honeypot' }],
      });
      expect(later.machine).toBe(false);
    });

    it('takes every link of a message clicked within two seconds for a scanner', () => {
      const verdict = classifyInteraction({
        kind: 'click',
        occurredAt: at,
        userAgent: CHROME,
        link: 1,
        messageId: 'm1',
        otherClicks: [
          { occurredAt: at - 800, link: 0, messageId: 'm1' },
          { occurredAt: at + 600, link: 2, messageId: 'm1' },
        ],
      });
      expect(verdict.reasons).toEqual(['click_burst']);
    });

    it('lets a person click the same link twice, or two links minutes apart', () => {
      const twice = classifyInteraction({
        kind: 'click',
        occurredAt: at,
        userAgent: CHROME,
        link: 0,
        messageId: 'm1',
        otherClicks: [{ occurredAt: at - 300, link: 0, messageId: 'm1' }],
      });
      expect(twice.machine).toBe(false);
      const apart = classifyInteraction({
        kind: 'click',
        occurredAt: at,
        userAgent: CHROME,
        link: 1,
        messageId: 'm1',
        otherClicks: [{ occurredAt: at - 3 * MINUTE, link: 0, messageId: 'm1' }],
      });
      expect(apart.machine).toBe(false);
    });
  });

  it('lists every reason that applies, in a stable order', () => {
    const verdict = classifyInteraction(
      {
        kind: 'click',
        occurredAt: SENT + 1_000,
        userAgent: MIMECAST,
        method: 'HEAD',
        sentAt: SENT,
        link: 'honeypot',
      },
      DEFAULT_MACHINE_RULES,
    );
    expect(verdict.reasons).toEqual(['head_request', 'user_agent', 'too_soon_after_send', 'honeypot']);
  });
});
