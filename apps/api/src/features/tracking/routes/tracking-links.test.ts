import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { PIXEL_GIF } from '../pixel.js';
import {
  CHROME,
  createTrackingApp,
  GOOGLE_PROXY,
  MIMECAST,
  OUTLOOK,
  type TrackingApp,
} from '../test-support/tracking-app.js';

const MINUTE = 60_000;

/** Flips one character of the token part of a URL (keeps it base64url). */
function tamper(url: string, at = -5): string {
  const i = url.length + at;
  const c = url[i] === 'A' ? 'B' : 'A';
  return url.slice(0, i) + c + url.slice(i + 1);
}

describeEachDatabase('tracking links', ({ database }) => {
  let t: TrackingApp;
  const app = () => {
    t ??= createTrackingApp(database.handle);
    return t;
  };
  const LINKS = ['https://example.com/pricing', 'https://example.com/docs?x=1'];

  async function sent(options: { links?: string[]; count?: number } = {}) {
    const ctx = await app().setup(options.count ?? 1);
    const lead = ctx.leads[0] as { leadId: string; enrollmentId: string; email: string };
    const { body } = await app().sendMessage(ctx.key, {
      campaign_id: ctx.campaignId,
      lead_id: lead.leadId,
      step: 1,
      links: options.links ?? LINKS,
    });
    return { ...ctx, lead, assets: body };
  }

  const get = (url: string, userAgent: string | null = CHROME, method = 'GET') =>
    app().request(url, { method, headers: userAgent === null ? {} : { 'User-Agent': userAgent } });

  describe('GET /t/o/{token}', () => {
    it('answers the GIF, uncached, and records a human open that makes the lead engaged', async () => {
      const { assets, workspaceId, lead } = await sent();
      app().clock.advance(10 * MINUTE);
      const response = await get(assets.open_pixel_url, OUTLOOK);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/gif');
      expect(response.headers.get('cache-control')).toContain('no-store');
      // An image on other origins: CORP must allow it there.
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PIXEL_GIF);
      const opened = (await app().events(workspaceId, lead.enrollmentId)).filter((e) => e.type === 'opened');
      expect(opened).toHaveLength(1);
      expect(opened[0]).toMatchObject({ machine: 0, user_agent: OUTLOOK, step: 1 });
      expect((await app().enrollment(workspaceId, lead.enrollmentId)).status).toBe('engaged');
    });

    it('records scanner, proxy, too-early and HEAD opens as machine opens that change no status', async () => {
      const { assets, workspaceId, lead } = await sent();
      await get(assets.open_pixel_url, CHROME); // within seconds of the send
      app().clock.advance(10 * MINUTE);
      await get(assets.open_pixel_url, MIMECAST);
      await get(assets.open_pixel_url, GOOGLE_PROXY);
      await get(assets.open_pixel_url, 'Mozilla/5.0');
      await get(assets.open_pixel_url, null);
      const head = await get(assets.open_pixel_url, CHROME, 'HEAD');
      expect(head.status).toBe(200);
      const opened = (await app().events(workspaceId, lead.enrollmentId)).filter((e) => e.type === 'opened');
      expect(opened.map((e) => e.machine)).toEqual([1, 1, 1, 1, 1, 1]);
      expect(opened.map((e) => JSON.parse(e.metadata).machine_reasons)).toEqual([
        ['too_soon_after_send'],
        ['user_agent'],
        ['user_agent'],
        ['user_agent'],
        ['user_agent'],
        ['head_request'],
      ]);
      const enrollment = await app().enrollment(workspaceId, lead.enrollmentId);
      expect(enrollment.status).toBe('sent');
      expect(enrollment.machine_opened_count).toBe(6);
    });

    it('answers the same GIF for tampered, unknown and other-kind tokens and records nothing', async () => {
      const { assets, workspaceId, lead } = await sent();
      app().clock.advance(10 * MINUTE);
      for (const url of [
        tamper(assets.open_pixel_url),
        tamper(assets.open_pixel_url, -60),
        `${assets.open_pixel_url.slice(0, -68)}${'A'.repeat(68)}`,
        assets.open_pixel_url.replace('/t/o/', '/t/o/x'),
        assets.unsubscribe_url.replace('/u/', '/t/o/'),
        assets.click_urls[LINKS[0] as string].replace('/t/c/', '/t/o/'),
      ]) {
        const response = await get(url);
        expect(response.status, url).toBe(200);
        expect(Buffer.from(await response.arrayBuffer())).toEqual(PIXEL_GIF);
      }
      expect((await app().events(workspaceId, lead.enrollmentId)).map((e) => e.type)).toEqual(['sent']);
      expect((await get(`/t/o/${'a'.repeat(600)}`)).status).toBe(404);
    });
  });

  describe('GET /t/c/{token}', () => {
    it('redirects to exactly the signed URL, never to one from the query, and records the click once settled', async () => {
      const { assets, workspaceId, lead } = await sent();
      app().clock.advance(10 * MINUTE);
      const tracked = assets.click_urls[LINKS[1] as string];
      const response = await get(`${tracked}?url=https://evil.example.net&next=//evil.example.net`);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(LINKS[1]);
      expect(response.headers.get('cache-control')).toContain('no-store');
      // Not recorded until the clicks around it are known.
      expect((await app().events(workspaceId, lead.enrollmentId)).map((e) => e.type)).toEqual(['sent']);
      app().clock.advance(5_000);
      await app().sweeper.runOnce();
      const clicked = (await app().events(workspaceId, lead.enrollmentId)).filter(
        (e) => e.type === 'clicked',
      );
      expect(clicked).toHaveLength(1);
      expect(clicked[0]).toMatchObject({ machine: 0, user_agent: CHROME });
      expect(JSON.parse(clicked[0]?.metadata ?? '{}')).toMatchObject({
        url: LINKS[1],
        source: 'tracked_link',
      });
      expect((await app().enrollment(workspaceId, lead.enrollmentId)).status).toBe('engaged');
      // A second sweep (or another process's) records nothing more.
      await app().sweeper.runOnce();
      expect(
        (await app().events(workspaceId, lead.enrollmentId)).filter((e) => e.type === 'clicked'),
      ).toHaveLength(1);
    });

    it('answers 404 for tampered or other-kind tokens and records nothing', async () => {
      const { assets, workspaceId, lead } = await sent();
      for (const url of [
        tamper(assets.click_urls[LINKS[0] as string]),
        assets.open_pixel_url.replace('/t/o/', '/t/c/'),
        assets.unsubscribe_url.replace('/u/', '/t/c/'),
        '/t/c/nonsense',
      ]) {
        const response = await get(url);
        expect(response.status, url).toBe(404);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(response.headers.get('location')).toBeNull();
      }
      app().clock.advance(MINUTE);
      await app().sweeper.runOnce();
      expect((await app().events(workspaceId, lead.enrollmentId)).map((e) => e.type)).toEqual(['sent']);
    });

    it('takes a scanner walking every link, a HEAD, a known scanner and a honeypot click for machines', async () => {
      const { assets, workspaceId, lead } = await sent();
      app().clock.advance(10 * MINUTE);
      // Every link within a second: a burst.
      await get(assets.click_urls[LINKS[0] as string]);
      app().clock.advance(700);
      await get(assets.click_urls[LINKS[1] as string]);
      app().clock.advance(MINUTE);
      await get(assets.click_urls[LINKS[0] as string], CHROME, 'HEAD');
      app().clock.advance(MINUTE);
      await get(assets.click_urls[LINKS[0] as string], MIMECAST);
      app().clock.advance(MINUTE);
      // A click, then the honeypot 1.5 s later: both machine.
      await get(assets.click_urls[LINKS[1] as string]);
      app().clock.advance(1_500);
      const honeypot = await get(assets.honeypot_url);
      expect(honeypot.status).toBe(200);
      expect(honeypot.headers.get('location')).toBeNull();
      app().clock.advance(MINUTE);
      await app().sweeper.runOnce();
      const clicked = (await app().events(workspaceId, lead.enrollmentId)).filter(
        (e) => e.type === 'clicked',
      );
      expect(clicked.map((e) => [e.machine, JSON.parse(e.metadata).machine_reasons])).toEqual([
        [1, ['click_burst']],
        [1, ['click_burst']],
        [1, ['head_request']],
        [1, ['user_agent']],
        [1, ['near_honeypot']],
        [1, ['honeypot']],
      ]);
      expect((await app().enrollment(workspaceId, lead.enrollmentId)).status).toBe('sent');
    });

    it('takes a click within seconds of the send for a machine', async () => {
      const { assets, workspaceId, lead } = await sent();
      app().clock.advance(3_000);
      await get(assets.click_urls[LINKS[0] as string]);
      app().clock.advance(MINUTE);
      await app().sweeper.runOnce();
      const [clicked] = (await app().events(workspaceId, lead.enrollmentId)).filter(
        (e) => e.type === 'clicked',
      );
      expect(JSON.parse(clicked?.metadata ?? '{}').machine_reasons).toEqual(['too_soon_after_send']);
    });
  });

  describe('tenant isolation', () => {
    it('never lets a token of one workspace touch another', async () => {
      const a = await sent();
      const b = await sent();
      app().clock.advance(10 * MINUTE);
      // Workspace bytes are the start of the token (after the version byte): put B's in A's token.
      const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
      const swap = (urlA: string, urlB: string) => {
        const bytesA = Buffer.from(tokenOf(urlA), 'base64url');
        Buffer.from(tokenOf(urlB), 'base64url').copy(bytesA, 1, 1, 17);
        return urlA.slice(0, urlA.lastIndexOf('/') + 1) + bytesA.toString('base64url');
      };
      expect((await get(swap(a.assets.open_pixel_url, b.assets.open_pixel_url))).status).toBe(200);
      const click = swap(a.assets.click_urls[LINKS[0] as string], b.assets.click_urls[LINKS[0] as string]);
      expect((await get(click)).status).toBe(404);
      const unsubscribe = swap(a.assets.unsubscribe_url, b.assets.unsubscribe_url);
      const post = await app().request(unsubscribe, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(post.status).toBe(404);
      await app().sweeper.runOnce();
      for (const ctx of [a, b]) {
        expect((await app().events(ctx.workspaceId)).map((e) => e.type)).toEqual(['sent']);
      }
    });
  });

  describe('/u/{token}', () => {
    const form = (url: string, body: string, type = 'application/x-www-form-urlencoded') =>
      app().request(url, { method: 'POST', headers: { 'Content-Type': type, 'User-Agent': CHROME }, body });

    it('shows an escaped confirmation page with a strict CSP and changes nothing on GET', async () => {
      const { assets, workspaceId, lead } = await sent();
      const response = await get(assets.unsubscribe_url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const html = await response.text();
      expect(html).toContain('<form method="post">');
      expect(html).toContain('name="confirm" value="yes"');
      expect(html).not.toContain(lead.email);
      expect(html).toContain(lead.email.slice(lead.email.indexOf('@')));
      expect((await app().events(workspaceId, lead.enrollmentId)).map((e) => e.type)).toEqual(['sent']);
    });

    it('unsubscribes with reason one_click on the RFC 8058 POST, once', async () => {
      const { assets, workspaceId, lead } = await sent();
      const response = await form(assets.unsubscribe_url, 'List-Unsubscribe=One-Click');
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('You are unsubscribed');
      const again = await form(assets.unsubscribe_url, 'List-Unsubscribe=One-Click');
      expect(again.status).toBe(200);
      const unsubscribed = (await app().events(workspaceId, lead.enrollmentId)).filter(
        (e) => e.type === 'unsubscribed',
      );
      expect(unsubscribed).toHaveLength(1);
      expect(unsubscribed[0]?.reason).toBe('one_click');
      const enrollment = await app().enrollment(workspaceId, lead.enrollmentId);
      expect([enrollment.status, enrollment.status_reason]).toEqual(['unsubscribed', 'one_click']);
      // The page now says so, and the lead is on the do-not-contact list.
      expect(await (await get(assets.unsubscribe_url)).text()).toContain('You are unsubscribed');
      const dnc = await database.handle.db
        .selectFrom('dnc_entries')
        .select('value')
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(dnc.map((d) => d.value)).toContain(lead.email.toLowerCase());
    });

    it('takes the one-click body as multipart/form-data too', async () => {
      const { assets, workspaceId, lead } = await sent();
      const body = new FormData();
      body.set('List-Unsubscribe', 'One-Click');
      const response = await app().request(assets.unsubscribe_url, { method: 'POST', body });
      expect(response.status).toBe(200);
      expect((await app().enrollment(workspaceId, lead.enrollmentId)).status_reason).toBe('one_click');
    });

    it('unsubscribes with reason link from the page’s button', async () => {
      const { assets, workspaceId, lead } = await sent();
      expect((await form(assets.unsubscribe_url, 'confirm=yes')).status).toBe(200);
      const enrollment = await app().enrollment(workspaceId, lead.enrollmentId);
      expect([enrollment.status, enrollment.status_reason]).toEqual(['unsubscribed', 'link']);
    });

    it('answers 400 for a POST without either field, and 404 for a tampered token, recording nothing', async () => {
      const { assets, workspaceId, lead } = await sent();
      const empty = await form(assets.unsubscribe_url, 'foo=bar');
      expect(empty.status).toBe(400);
      expect(empty.headers.get('content-type')).toBe('application/problem+json');
      expect((await form(tamper(assets.unsubscribe_url), 'List-Unsubscribe=One-Click')).status).toBe(404);
      expect((await get(tamper(assets.unsubscribe_url))).status).toBe(404);
      expect(
        (await form(assets.open_pixel_url.replace('/t/o/', '/u/'), 'List-Unsubscribe=One-Click')).status,
      ).toBe(404);
      expect((await app().events(workspaceId, lead.enrollmentId)).map((e) => e.type)).toEqual(['sent']);
    });
  });
});
