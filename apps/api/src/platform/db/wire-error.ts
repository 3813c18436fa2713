/** An error as it crosses from the writer thread: its name, message, stack and primitive fields. */
export interface WireError {
  name: string;
  message: string;
  stack?: string;
  fields: Record<string, string | number | boolean | null>;
}

/** Driver errors say what happened in `code` and `errno` (the error handler maps them); keep such fields. */
export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: WireError['fields'] = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      fields[key] = value as string | number | boolean | null;
    }
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields };
}

/** The error again on the calling thread, with the same name, message, stack and fields. */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message);
  Object.assign(error, wire.fields);
  // `name` may be an own field of the original (class field) or only on its prototype: set it last.
  Object.defineProperty(error, 'name', { value: wire.name, enumerable: false, writable: true });
  if (wire.stack) error.stack = `${wire.stack}\n    at the SQLite writer thread`;
  return error;
}
