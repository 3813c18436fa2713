/** Word lists for demo leads and events. Invented people and companies; e-mails use reserved example domains only. */

export const FIRST_NAMES: readonly string[] = (
  'Olivia Liam Emma Noah Ava Lucas Sofia Mateo Mia Elias Amara Ethan Priya Arjun Chloe Leo ' +
  'Hannah Jonas Zoe Tomás Yuki Kenji Fatima Omar Grace Daniel Isabel Marco Nadia Samuel Leah ' +
  'Felix Aisha Victor Clara Henrik Maya Diego Ingrid Rafael Julia Kwame Elena Oscar Sara ' +
  'Adrian Mei Patrick Lena Ibrahim Nora Gabriel Ruth Anton Camille Tariq Freya Hugo Alice Ravi'
).split(' ');

export const LAST_NAMES: readonly string[] = (
  'Smith García Müller Rossi Kowalski Nguyen Johansson Okafor Patel Silva Dubois Tanaka Kim ' +
  'Novak Jensen Fischer Moreau Costa Lindqvist Haddad Brown Martin Schmidt Romano Nowak Chen ' +
  'Andersen Mensah Sharma Santos Lefebvre Sato Park Horvat Nielsen Weber Laurent Ferreira Berg ' +
  'Khalil Walker López Becker Greco Wiśniewski Wong Hansen Owusu Reddy Pereira Girard Suzuki ' +
  'Choi Kovač Larsen Wagner Fontaine Almeida Holm Aziz'
).split(' ');

/** Company names are a prefix and a suffix ("Bright" + "wave"), unique within a segment. */
export const COMPANY_PREFIXES: readonly string[] = (
  'Bright North Blue Swift Silver Clear Iron Green Open True Red Deep Sun Cloud Stone Rapid ' +
  'Quiet Bold Pine Nova Terra Atlas Echo Harbor Summit Maple Orbit Pixel Vector Lumen'
).split(' ');

export const COMPANY_SUFFIXES: readonly string[] = (
  'wave stack path forge leaf field grid loop mint line spark bridge works shift point base ' +
  'flow yard scale labs'
).split(' ');

/** The parent domains of every demo e-mail: reserved for examples (RFC 2606), so no mail can ever reach anyone. */
export const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

export type Segment = 'saas' | 'agency' | 'fintech' | 'events';

export const SEGMENTS: Record<
  Segment,
  { industry: string; companyKinds: readonly string[]; titles: readonly string[] }
> = {
  saas: {
    industry: 'B2B SaaS',
    companyKinds: ['', ' Software', ' HQ', ' App'],
    titles: ['Founder', 'Co-founder & CEO', 'CEO', 'Co-founder & CTO', 'Head of Growth'],
  },
  agency: {
    industry: 'Marketing agency',
    companyKinds: [' Agency', ' Digital', ' Creative', ' Partners', ' Studio'],
    titles: ['Managing Director', 'Founder', 'Head of Client Services', 'Growth Lead', 'Account Director'],
  },
  fintech: {
    industry: 'Fintech',
    companyKinds: [' Pay', ' Capital', ' Finance', ' Ledger', ''],
    titles: ['CFO', 'VP Finance', 'Head of Finance', 'Finance Director', 'Controller'],
  },
  events: {
    industry: 'Sales & marketing',
    companyKinds: ['', ' Group', ' Inc.', ' Ltd', ' Co.'],
    titles: ['Head of Sales', 'SDR Manager', 'Marketing Manager', 'RevOps Lead', 'VP Sales'],
  },
};

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '501-1000'] as const;

export const CITIES: readonly string[] = (
  'London, Berlin, Amsterdam, Paris, Lisbon, Stockholm, Austin, New York, Toronto, Dublin, ' +
  'Barcelona, Warsaw, Singapore, Sydney, San Francisco, Copenhagen'
).split(', ');

/** What mail clients send when a person opens: a real open. */
export const HUMAN_USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0',
  'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
] as const;

/** What security gateways send when they scan a message on delivery: a machine open, seconds after the send. */
export const SCANNER_USER_AGENTS = [
  'Barracuda Sentinel (EE)',
  'Mimecast URL Protect',
  'Proofpoint URL Defense Scanner',
  'Microsoft Defender for Office 365 Safe Links',
] as const;

export const CLICK_URLS = [
  'https://example.com/case-study',
  'https://example.com/pricing',
  'https://example.com/book-a-call',
  'https://example.com/webinar-recording',
] as const;

export const REPLY_SNIPPETS = [
  'Sounds interesting. Can you send over pricing?',
  'Happy to chat next week. Tuesday afternoon works.',
  'Not a priority right now, maybe in Q1.',
  'We already use a tool for this, thanks.',
  'Looping in my colleague who owns this.',
  'Can you share a case study from a team our size?',
] as const;

export const AUTO_REPLY_SNIPPETS = [
  'I am out of the office until Monday with limited access to e-mail.',
  'Thanks for your message. I am on parental leave and will reply when I am back.',
  'Automatic reply: I am travelling this week and will respond on my return.',
] as const;

export const HARD_BOUNCE_DIAGNOSTICS = [
  '550 5.1.1 The email account that you tried to reach does not exist',
  '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found',
] as const;

export const SOFT_BOUNCE_DIAGNOSTICS = [
  '452 4.2.2 The recipient’s mailbox is full',
  '421 4.7.0 Try again later, closing connection',
] as const;
