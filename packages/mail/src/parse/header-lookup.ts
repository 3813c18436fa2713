/** A message's headers as postal-mime gives them: lower-cased key, unfolded raw value. */
export interface RawHeader {
  key: string;
  value: string;
}

/** The values of a header, in order (a header may occur more than once). */
export function headerValues(headers: readonly RawHeader[], name: string): string[] {
  const key = name.toLowerCase();
  return headers.filter((header) => header.key === key).map((header) => header.value);
}

/** The first value of a header, or null. */
export function headerValue(headers: readonly RawHeader[], name: string): string | null {
  const key = name.toLowerCase();
  return headers.find((header) => header.key === key)?.value ?? null;
}
