import type { WireError } from './wire-error.js';

/** What the SQLite writer thread is started with. */
export interface WriterThreadData {
  filename: string;
}

export type WriterRequest =
  | { type: 'run'; id: number; module: string; name: string; input: unknown }
  | { type: 'close' };

export type WriterReply =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: WireError }
  | { type: 'closed' };
