/** How an outcome label reads for the team: what `positive_rate` counts. */
export const LABEL_SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type LabelSentiment = (typeof LABEL_SENTIMENTS)[number];

export interface LabelInfo {
  readonly key: string;
  readonly name: string;
  readonly sentiment: LabelSentiment;
}

/**
 * The outcome labels every workspace has (API.md, "Outcome labels"): what came of a lead, beside
 * its status. A label is independent of the status: a Replied lead can be Meeting booked.
 */
export const BUILTIN_LABELS: readonly LabelInfo[] = Object.freeze([
  { key: 'interested', name: 'Interested', sentiment: 'positive' },
  { key: 'meeting_booked', name: 'Meeting booked', sentiment: 'positive' },
  { key: 'meeting_completed', name: 'Meeting completed', sentiment: 'positive' },
  { key: 'won', name: 'Won', sentiment: 'positive' },
  { key: 'not_now', name: 'Not now', sentiment: 'neutral' },
  { key: 'wrong_person', name: 'Wrong person', sentiment: 'neutral' },
  { key: 'not_interested', name: 'Not interested', sentiment: 'negative' },
  { key: 'lost', name: 'Lost', sentiment: 'negative' },
]);

const BUILTIN_KEYS: ReadonlySet<string> = new Set(BUILTIN_LABELS.map((label) => label.key));

/** The longest label key: a name's key is cut to it. */
export const MAX_LABEL_KEY_LENGTH = 40;

export function isBuiltinLabel(key: string): boolean {
  return BUILTIN_KEYS.has(key);
}

export function isLabelSentiment(value: unknown): value is LabelSentiment {
  return (LABEL_SENTIMENTS as readonly unknown[]).includes(value);
}

/**
 * The key of a label named `name`: lower-case ASCII letters, digits and `_` (accents dropped,
 * everything else one `_`), at most 40 characters; null when nothing of the name is left (e.g. a name
 * in another script: the caller then makes one).
 */
export function labelKeyOf(name: string): string | null {
  const key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_LABEL_KEY_LENGTH)
    .replace(/_+$/, '');
  return key === '' ? null : key;
}

/** A well-formed key (as `labelKeyOf` makes them, `none` excepted: it means "no label" in filters). */
export function isLabelKey(value: string): boolean {
  return value !== 'none' && value.length <= MAX_LABEL_KEY_LENGTH && /^[a-z0-9]+(_[a-z0-9]+)*$/.test(value);
}
