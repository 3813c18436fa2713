/**
 * User agents that are not the recipient: security scanners that follow every link and fetch every
 * image before (or instead of) the person, mail privacy proxies that fetch images on delivery, link
 * previewers and plain HTTP libraries. Matched on distinctive tokens only, so a person's mail app or
 * browser (Outlook, Apple Mail, Chrome, Firefox, Thunderbird…) is never caught by a broad word.
 */

export const USER_AGENT_CATEGORIES = [
  'security_scanner',
  'privacy_proxy',
  'link_preview',
  'http_library',
  'missing',
] as const;
export type UserAgentCategory = (typeof USER_AGENT_CATEGORIES)[number];

export interface KnownAgent {
  /** Who it is, for logs and metadata: `Mimecast`, `Apple Mail Privacy Protection`, … */
  readonly name: string;
  readonly category: UserAgentCategory;
}

interface AgentRule extends KnownAgent {
  readonly pattern: RegExp;
}

/** In order: the first match names the agent. */
const RULES: readonly AgentRule[] = [
  // Mail privacy proxies: they fetch the open pixel when the mail is delivered or first shown.
  { name: 'Google Image Proxy', category: 'privacy_proxy', pattern: /GoogleImageProxy|via ggpht\.com/i },
  { name: 'Yahoo Mail Proxy', category: 'privacy_proxy', pattern: /YahooMailProxy/i },
  // Apple Mail Privacy Protection prefetches through Apple's proxies with the bare "Mozilla/5.0".
  { name: 'Apple Mail Privacy Protection', category: 'privacy_proxy', pattern: /^Mozilla\/5\.0$/ },

  // Security gateways and link scanners (they click every link to inspect the landing page).
  { name: 'Barracuda', category: 'security_scanner', pattern: /Barracuda/i },
  { name: 'Mimecast', category: 'security_scanner', pattern: /Mimecast/i },
  { name: 'Proofpoint', category: 'security_scanner', pattern: /Proofpoint|URL ?Defense/i },
  {
    name: 'Microsoft Defender / Safe Links',
    category: 'security_scanner',
    pattern: /SafeLinks?\b|Microsoft-URLAnalyzer|MSDefender|Microsoft Defender|BingPreview/i,
  },
  { name: 'Google Safe Browsing', category: 'security_scanner', pattern: /Google-Safety/i },
  { name: 'Symantec', category: 'security_scanner', pattern: /Symantec|MessageLabs|Broadcom/i },
  { name: 'Trend Micro', category: 'security_scanner', pattern: /Trend ?Micro|\bTMUFE\b/i },
  { name: 'Cisco IronPort', category: 'security_scanner', pattern: /IronPort|Cisco Secure Email/i },
  { name: 'Forcepoint', category: 'security_scanner', pattern: /Forcepoint|Websense/i },
  { name: 'Sophos', category: 'security_scanner', pattern: /Sophos/i },
  { name: 'Fortinet', category: 'security_scanner', pattern: /Forti(Mail|Guard|net)/i },
  { name: 'FireEye / Trellix', category: 'security_scanner', pattern: /FireEye|Trellix/i },
  { name: 'Check Point', category: 'security_scanner', pattern: /Check ?Point|Avanan/i },
  { name: 'Zscaler', category: 'security_scanner', pattern: /Zscaler/i },
  { name: 'McAfee', category: 'security_scanner', pattern: /McAfee/i },
  { name: 'Kaspersky', category: 'security_scanner', pattern: /Kaspersky/i },
  { name: 'SonicWall', category: 'security_scanner', pattern: /SonicWall/i },
  { name: 'Headless browser', category: 'security_scanner', pattern: /HeadlessChrome|PhantomJS|Puppeteer/i },

  // Link previews in chat apps: someone pasted the link, the recipient did not click it.
  {
    name: 'Link preview',
    category: 'link_preview',
    pattern:
      /Slackbot|facebookexternalhit|Twitterbot|LinkedInBot|WhatsApp\/|TelegramBot|Discordbot|SkypeUriPreview/i,
  },

  // HTTP libraries and command-line tools.
  {
    name: 'HTTP library',
    category: 'http_library',
    pattern:
      /^(curl|Wget|python-requests|python-urllib|Python-urllib|Go-http-client|okhttp|Java|Apache-HttpClient|axios|node-fetch|undici|libwww-perl|Ruby|PycURL|aiohttp|HTTPie)\b/i,
  },
  // Crawlers that say so (after the above, so named scanners keep their names).
  {
    name: 'Bot',
    category: 'http_library',
    pattern: /\b(bot|crawler|spider|scanner)\b|Googlebot|bingbot|YandexBot|AhrefsBot|DuckDuckBot|Applebot/i,
  },
];

const MISSING: KnownAgent = Object.freeze({ name: 'No user agent', category: 'missing' });

/**
 * The machine agent `userAgent` names, or null for what looks like a person's mail app or browser.
 * A missing or blank user agent is a machine: every mail app and browser sends one.
 */
export function classifyUserAgent(userAgent: string | null | undefined): KnownAgent | null {
  const ua = userAgent?.trim() ?? '';
  if (ua === '') return MISSING;
  for (const rule of RULES) {
    if (rule.pattern.test(ua)) return { name: rule.name, category: rule.category };
  }
  return null;
}
