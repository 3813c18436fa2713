/** An address as found in free text or report fields: local part, `@`, a dotted domain. */
const ADDRESS_IN_TEXT =
  /[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}/i;

/** The first address in a value (`rfc822; <a@b.example>`, `"Ann" <a@b.example>`), lower-cased, or null. */
export function addressIn(value: string): string | null {
  const match = ADDRESS_IN_TEXT.exec(value);
  return match ? match[0].toLowerCase().replace(/^[.'`]+|[.'`]+$/g, '') : null;
}

/** Every address in a text, in order, with its position. */
export function addressesIn(text: string): Array<{ address: string; index: number }> {
  const finder = new RegExp(ADDRESS_IN_TEXT.source, 'gi');
  const found: Array<{ address: string; index: number }> = [];
  for (let match = finder.exec(text); match; match = finder.exec(text)) {
    found.push({ address: match[0].toLowerCase().replace(/^[.'`]+|[.'`]+$/g, ''), index: match.index });
  }
  return found;
}
