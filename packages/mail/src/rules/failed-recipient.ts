import { MAX_TEXT_CHARS } from '../limits.js';
import { addressesIn } from '../parse/address.js';

// Postfix and qmail start the failure line with the recipient: `<ann@example.com>: host … said:`.
const RECIPIENT_LINE = /^[ \t]*<([^<>\s]{1,254}@[^<>\s]{1,254})>:/m;
// Exim puts the recipient alone on an indented line above the error.
const RECIPIENT_ALONE = /^[ \t]+<?([^<>\s@]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,63})>?[ \t]*\r?$/im;

/** Addresses that are never the failed recipient: the bounce's own machinery. */
function isMachinery(address: string): boolean {
  return /^(?:mailer-daemon|postmaster|mail-daemon|noreply|no-reply)@/i.test(address);
}

/**
 * The recipient a non-standard bounce names: a `<addr>:` line (Postfix, qmail), an address alone on
 * an indented line (Exim), else the nearest address before the SMTP code, else the first after it.
 * `exclude` holds the bounce's own sender and recipient (our sending mailbox).
 */
export function failedRecipientInText(
  text: string,
  codeIndex: number,
  exclude: readonly string[],
): string | null {
  const searched = text.slice(0, MAX_TEXT_CHARS);
  const usable = (address: string) => !isMachinery(address) && !exclude.includes(address);
  for (const pattern of [RECIPIENT_LINE, RECIPIENT_ALONE]) {
    const address = pattern.exec(searched)?.[1]?.toLowerCase();
    if (address && usable(address)) return address;
  }
  const found = addressesIn(searched).filter((entry) => usable(entry.address));
  const before = found.filter((entry) => entry.index < codeIndex && codeIndex - entry.index < 1_000);
  const after = found.find((entry) => entry.index > codeIndex && entry.index - codeIndex < 500);
  return before[before.length - 1]?.address ?? after?.address ?? null;
}
