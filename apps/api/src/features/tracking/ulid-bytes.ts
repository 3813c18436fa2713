/** Crockford base32, as ULIDs spell themselves. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** The 16 bytes of the ULID in a prefixed id (`evt_01J…`): ids travel in tokens as bytes, not text. */
export function ulidToBytes(id: string, prefix: string): Buffer {
  const ulid = id.startsWith(`${prefix}_`) ? id.slice(prefix.length + 1) : '';
  if (!ULID_PATTERN.test(ulid)) throw new TypeError(`not a ${prefix}_ id: ${id}`);
  let value = 0n;
  for (const char of ulid) value = (value << 5n) | BigInt(ALPHABET.indexOf(char));
  const bytes = Buffer.alloc(16);
  for (let i = 15; i >= 0; i--) {
    bytes[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return bytes;
}

/** The 26-character ULID of 16 bytes. */
export function ulidFromBytes(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 26; i++) {
    text = ALPHABET[Number(value & 31n)] + text;
    value >>= 5n;
  }
  return text;
}
