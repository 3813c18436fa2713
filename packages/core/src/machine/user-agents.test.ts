import { describe, expect, it } from 'vitest';
import { classifyUserAgent } from './user-agents.js';

/** User agents seen on open pixels and tracked links, as the machines send them. */
const MACHINES: Array<[string, string, string]> = [
  // Privacy proxies.
  [
    'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
    'privacy_proxy',
    'Google Image Proxy',
  ],
  [
    'YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html',
    'privacy_proxy',
    'Yahoo Mail Proxy',
  ],
  ['Mozilla/5.0', 'privacy_proxy', 'Apple Mail Privacy Protection'],
  // Security scanners.
  ['Barracuda Sentinel (EE)', 'security_scanner', 'Barracuda'],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.110 Safari/537.36 Barracuda',
    'security_scanner',
    'Barracuda',
  ],
  ['Mozilla/5.0 (compatible; Mimecast URL Protect)', 'security_scanner', 'Mimecast'],
  ['Proofpoint URL Defense', 'security_scanner', 'Proofpoint'],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.74 Safari/537.36 Edg/79.0.309.43 BingPreview/1.0b',
    'security_scanner',
    'Microsoft Defender / Safe Links',
  ],
  ['Microsoft-URLAnalyzer/1.0', 'security_scanner', 'Microsoft Defender / Safe Links'],
  ['Google-Safety', 'security_scanner', 'Google Safe Browsing'],
  [
    'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1) Symantec Email Security.cloud',
    'security_scanner',
    'Symantec',
  ],
  [
    'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; Trident/4.0) TMUFE',
    'security_scanner',
    'Trend Micro',
  ],
  ['Cisco IronPort URL Filtering', 'security_scanner', 'Cisco IronPort'],
  ['Mozilla/5.0 (compatible; Forcepoint Email Security)', 'security_scanner', 'Forcepoint'],
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.6099.71 Safari/537.36',
    'security_scanner',
    'Headless browser',
  ],
  // Link previews and libraries.
  ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'link_preview', 'Link preview'],
  [
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'link_preview',
    'Link preview',
  ],
  [
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'link_preview',
    'Link preview',
  ],
  ['curl/8.4.0', 'http_library', 'HTTP library'],
  ['python-requests/2.31.0', 'http_library', 'HTTP library'],
  ['Go-http-client/1.1', 'http_library', 'HTTP library'],
  ['Java/1.8.0_292', 'http_library', 'HTTP library'],
  ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'http_library', 'Bot'],
];

/** People's mail apps and browsers, which must never be taken for machines. */
const PEOPLE = [
  'Mozilla/4.0 (compatible; ms-office; MSOffice 16)',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.5.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
];

describe('classifyUserAgent', () => {
  it.each(MACHINES)('knows %s', (ua, category, name) => {
    expect(classifyUserAgent(ua)).toEqual({ category, name });
  });

  it.each(PEOPLE)('takes %s for a person', (ua) => {
    expect(classifyUserAgent(ua)).toBeNull();
  });

  it('takes a missing or blank user agent for a machine', () => {
    for (const ua of [null, undefined, '', '   ']) {
      expect(classifyUserAgent(ua)?.category).toBe('missing');
    }
  });
});
