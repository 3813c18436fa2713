// The fake data source of the benchmark pages, in the browser: `total` list rows generated on demand
// (deterministic, realistic fields), answered by cursor pages after `latency` ms, as the API would.
// `client` has the SDK methods <lead-status-table> calls (the shape of
// packages/widgets/src/test-support/fake-client.ts, without Vitest); the bare baseline page reads
// the same `list`.

const STATUS_MIX = [
  ['not_contacted', 12, [null]],
  ['sent', 38, [null]],
  ['engaged', 22, [null]],
  ['replied', 5, [null]],
  ['bounced', 6, ['hard_bounce', 'repeated_soft_bounce', 'rejected']],
  ['unsubscribed', 2, ['link', 'one_click', 'reply']],
  ['completed', 13, [null]],
  ['paused', 2, ['manual']],
];
const MIX_TOTAL = STATUS_MIX.reduce((sum, [, weight]) => sum + weight, 0);
const FIRST_NAMES = [
  'Ann',
  'Bob',
  'Cyril',
  'Dee',
  'Eve',
  'Finn',
  'Gustavo',
  'Hana',
  'Ivo',
  'Josephine',
  'Kofi',
];
const LAST_NAMES = ['Lee', 'Okafor', 'Nakamura', 'García', 'Schmidt', 'Rossi', 'Novak', 'Dubois', 'Kowalski'];
const COMPANIES = [
  'Acme Analytics',
  'Globex',
  'Initech Software GmbH',
  'Umbrella Health',
  'Hooli',
  'Stark Logistics',
  'Wayne Capital Partners',
  'Tyrell Robotics',
  null,
];
const CAMPAIGNS = [
  { id: 'cmp_01JBENCHWIDGETS00000000001', name: 'Q4 SaaS founders' },
  { id: 'cmp_01JBENCHWIDGETS00000000002', name: 'Agency outreach: Europe' },
  { id: 'cmp_01JBENCHWIDGETS00000000003', name: 'Webinar follow-up: deliverability clinic' },
  { id: 'cmp_01JBENCHWIDGETS00000000004', name: 'Series A fintech CFOs' },
];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net'];
const NOW = Date.parse('2026-11-27T10:00:00.000Z');

/** A 32-bit hash of (index, salt): the same row every time, without a generator's state. */
function hash(index, salt) {
  let t = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
const pick = (list, index, salt) => list[hash(index, salt) % list.length];

/** Row `index` of the list sorted `-status_changed_at` (newest first), shaped like `LeadListRow`. */
export function makeRow(index) {
  const id = index.toString(36).padStart(23, '0');
  let r = hash(index, 1) % MIX_TOTAL;
  let entry = STATUS_MIX[1];
  for (const candidate of STATUS_MIX) {
    r -= candidate[1];
    if (r < 0) {
      entry = candidate;
      break;
    }
  }
  const [status, , reasons] = entry;
  const first = pick(FIRST_NAMES, index, 2);
  const last = pick(LAST_NAMES, index, 3);
  const changed = NOW - index * 37_000 - (hash(index, 4) % 30_000);
  const sent = status === 'not_contacted' ? 0 : 1 + (hash(index, 5) % 4);
  const opened = status === 'engaged' || status === 'replied' ? 1 + (hash(index, 6) % 5) : 0;
  return {
    enrollment_id: `enr_01J${id}`,
    lead: {
      id: `lead_01J${id}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}${index}@${pick(DOMAINS, index, 7)}`,
      first_name: first,
      last_name: hash(index, 8) % 10 === 0 ? null : last,
      company: pick(COMPANIES, index, 9),
    },
    campaign: pick(CAMPAIGNS, index, 10),
    status,
    status_reason: pick(reasons, index, 11),
    status_changed_at: new Date(changed).toISOString(),
    last_event_at: sent === 0 ? null : new Date(changed + (hash(index, 12) % 3_600_000)).toISOString(),
    counters: {
      sent,
      opened,
      clicked: opened > 0 ? hash(index, 13) % 2 : 0,
      replied: status === 'replied' ? 1 : 0,
    },
  };
}

function after(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('aborted', 'AbortError'));
    });
  });
}

/** The source: `list(query)` pages by offset cursors; `client` is what the table is given. */
export function createSource({ total, latency }) {
  let pages = 0;
  const list = async (query = {}, options = {}) => {
    await after(latency, options.signal);
    options.signal?.throwIfAborted();
    const start = query.cursor ? Number(query.cursor) : 0;
    const end = Math.min(total, start + (query.limit ?? 50));
    const data = [];
    for (let index = start; index < end; index++) data.push(makeRow(index));
    pages++;
    return { data, next_cursor: end < total ? String(end) : null };
  };
  const summary = {
    enrolled: total,
    contacted: total,
    distribution: Object.fromEntries(STATUS_MIX.map(([status]) => [status, 0])),
    rates: {},
    opens: { human: 0, machine: 0 },
  };
  const client = {
    leads: { list: (query, options) => list(query, options) },
    campaigns: { leads: (_id, query, options) => list(query, options) },
    analytics: {
      summary: async () => summary,
      workspace: async () => summary,
      trends: async () => ({ points: [], interval: 'day', tz: 'UTC', from: '2026-11-01', to: '2026-11-01' }),
    },
    exports: { csv: async () => new Response('email,status\r\n').body },
    stream: {
      // Nothing changes during the benchmark: a subscription that stays open and is silent.
      statusChanges: () => {
        let close = () => {};
        const done = new Promise((resolve) => {
          close = resolve;
        });
        return { lastEventId: undefined, close, done };
      },
    },
  };
  return {
    client,
    list,
    get pages() {
      return pages;
    },
  };
}

/** The benchmark's settings, from the page's query string. */
export function settings() {
  const query = new URLSearchParams(location.search);
  const number = (name, fallback) => Number(query.get(name) ?? fallback);
  return {
    mode: query.get('mode') ?? 'first',
    total: number('total', 100_000),
    latency: number('latency', 20),
    pageSize: number('pageSize', 100),
    step: number('step', 2000),
    maxMs: number('maxMs', 60_000),
  };
}
