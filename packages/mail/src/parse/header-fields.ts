/** One `Name: value` field of a header-style block, name lower-cased, folded lines joined. */
export interface Field {
  name: string;
  value: string;
}

/**
 * Header-style fields (RFC 5322 syntax, as in `message/delivery-status`, `message/feedback-report`
 * and returned headers), split into blocks at blank lines. Continuation lines (leading whitespace)
 * join the field above. Lines that are not fields are skipped.
 */
export function parseFieldBlocks(text: string): Field[][] {
  const blocks: Field[][] = [];
  let block: Field[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim().length === 0) {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    const last = block[block.length - 1];
    if (/^[ \t]/.test(raw) && last) {
      last.value = `${last.value} ${raw.trim()}`;
      continue;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) continue;
    const name = raw.slice(0, colon).trim().toLowerCase();
    if (!/^[a-z0-9-]{1,76}$/.test(name)) continue;
    block.push({ name, value: raw.slice(colon + 1).trim() });
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** The header block of a message's text: everything before its first blank line. */
export function headerBlockOf(message: string): Field[] {
  const end = message.search(/\r?\n\r?\n/);
  return parseFieldBlocks(end < 0 ? message : message.slice(0, end))[0] ?? [];
}

/** The first value of a field in a block, or null. */
export function fieldValue(block: readonly Field[], name: string): string | null {
  return block.find((field) => field.name === name)?.value ?? null;
}

/** All values of a field in a block. */
export function fieldValues(block: readonly Field[], name: string): string[] {
  return block.filter((field) => field.name === name).map((field) => field.value);
}
