import {
  CITIES,
  COMPANY_PREFIXES,
  COMPANY_SIZES,
  COMPANY_SUFFIXES,
  EXAMPLE_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  SEGMENTS,
  type Segment,
} from './names.js';
import type { Random } from './random.js';

export interface DemoCompany {
  name: string;
  /** A subdomain of a reserved example domain, e.g. `brightwave.example.com`. */
  domain: string;
  segment: Segment;
  size: string;
  city: string;
  /** How this company spells addresses: companies are consistent, so lists look real. */
  pattern: (first: string, last: string) => string;
}

export interface DemoLead {
  index: number;
  email: string;
  firstName: string;
  lastName: string;
  company: DemoCompany;
  title: string;
  /** `invalid` addresses hard-bounce; a `full` mailbox soft-bounces every time. */
  address: 'valid' | 'invalid' | 'full';
  /** Mail goes through a security gateway that opens (and clicks) every message on delivery. */
  gateway: boolean;
}

/** The share of leads of each segment; `events` includes leads in no campaign yet. */
export const SEGMENT_SHARES: Record<Segment, number> = {
  saas: 0.34,
  agency: 0.24,
  fintech: 0.22,
  events: 0.2,
};

const PATTERNS: ReadonlyArray<DemoCompany['pattern']> = [
  (f, l) => `${f}.${l}`,
  (f, l) => `${f}.${l}`,
  (f) => f,
  (f, l) => `${f[0]}${l}`,
  (f, l) => `${f}${l[0]}`,
];

/** Lower-case ASCII for the local part of an address: "Wiśniewski" -> "wisniewski". */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/**
 * Counts that add up to `total` in these proportions (largest remainders), so a small demo still
 * gets each kind it is owed instead of whatever independent coin flips give.
 */
export function apportion<K extends string>(total: number, shares: Record<K, number>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const exact = keys.map((k) => (total * shares[k]) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest);
  for (let r = total - counts.reduce((s, c) => s + c, 0), j = 0; r > 0; r--, j++) {
    const slot = order[j % order.length]?.i as number;
    counts[slot] = (counts[slot] as number) + 1;
  }
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]])) as Record<K, number>;
}

/** `count` labels in random order: quota sampling, exact counts per label. */
export function dealt<K extends string>(random: Random, counts: Record<K, number>): K[] {
  const out: K[] = [];
  for (const key of Object.keys(counts) as K[]) for (let i = 0; i < counts[key]; i++) out.push(key);
  return random.shuffle(out);
}

function planCompanies(random: Random, perSegment: Record<Segment, number>): Map<Segment, DemoCompany[]> {
  const names = random.shuffle(COMPANY_PREFIXES.flatMap((p) => COMPANY_SUFFIXES.map((s) => `${p}${s}`)));
  const bySegment = new Map<Segment, DemoCompany[]>();
  let next = 0;
  for (const segment of Object.keys(perSegment) as Segment[]) {
    // About six leads a company, and never more companies than names.
    const wanted = Math.max(1, Math.ceil(perSegment[segment] / 6));
    const count = Math.min(wanted, Math.floor(names.length / 4));
    const companies: DemoCompany[] = [];
    for (let i = 0; i < count; i++) {
      const base = names[next++ % names.length] as string;
      companies.push({
        name: `${base}${random.pick(SEGMENTS[segment].companyKinds)}`,
        domain: `${base.toLowerCase()}.${random.pick(EXAMPLE_DOMAINS)}`,
        segment,
        size: random.pick(COMPANY_SIZES),
        city: random.pick(CITIES),
        pattern: random.pick(PATTERNS),
      });
    }
    bySegment.set(segment, companies);
  }
  return bySegment;
}

/** The workspace's leads: people at companies of four segments, each address unique. */
export function planLeads(random: Random, count: number): DemoLead[] {
  const perSegment = apportion(count, SEGMENT_SHARES);
  const companies = planCompanies(random.fork('companies'), perSegment);
  const segments = dealt(random.fork('segments'), perSegment);
  const addresses = dealt(random.fork('addresses'), {
    invalid: Math.round(count * 0.023),
    full: Math.round(count * 0.008),
    valid: count - Math.round(count * 0.023) - Math.round(count * 0.008),
  });
  const gateways = dealt(random.fork('gateways'), {
    yes: Math.round(count * 0.15),
    no: count - Math.round(count * 0.15),
  });
  const people = random.fork('people');
  const taken = new Set<string>();
  return segments.map((segment, index) => {
    const firstName = people.pick(FIRST_NAMES);
    const lastName = people.pick(LAST_NAMES);
    const company = people.pick(companies.get(segment) as DemoCompany[]);
    const local = company.pattern(ascii(firstName), ascii(lastName));
    let email = `${local}@${company.domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}${n}@${company.domain}`;
    taken.add(email);
    return {
      index,
      email,
      firstName,
      lastName,
      company,
      title: people.pick(SEGMENTS[segment].titles),
      address: addresses[index] as DemoLead['address'],
      gateway: gateways[index] === 'yes',
    };
  });
}
