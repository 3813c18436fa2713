/** One frame of an event stream: an event, or a comment line (`: ping`). */
export interface SseFrame {
  event?: string;
  id?: string;
  data?: string;
  retry?: number;
  comment?: string;
}

function parseFrame(block: string): SseFrame {
  const frame: SseFrame = {};
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      frame.comment = line.slice(1).trim();
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') frame.event = value;
    else if (field === 'id') frame.id = value;
    else if (field === 'data') data.push(value);
    else if (field === 'retry') frame.retry = Number(value);
  }
  if (data.length > 0) frame.data = data.join('\n');
  return frame;
}

/**
 * Reads an SSE body frame by frame, with timeouts, for tests and benchmarks. A read that times out
 * stays pending and is used by the next call, so no bytes are lost.
 */
export class SseReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  #buffer = '';
  #pending: ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> | undefined;
  #done = false;

  constructor(body: ReadableStream<Uint8Array> | null) {
    if (!body) throw new Error('the response has no body');
    this.#reader = body.getReader();
  }

  get done(): boolean {
    return this.#done;
  }

  /** The next frame, `undefined` at the end of the stream, or an error after `timeoutMs`. */
  async next(timeoutMs = 5_000): Promise<SseFrame | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.#buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = this.#buffer.slice(0, end);
        this.#buffer = this.#buffer.slice(end + 2);
        return parseFrame(block);
      }
      if (this.#done) return undefined;
      const chunk = await this.#read(deadline - Date.now());
      if (chunk === 'timeout') throw new Error(`no SSE frame within ${timeoutMs} ms`);
    }
  }

  /** Frames until one matches; the frames before it are returned too. */
  async until(
    match: (frame: SseFrame) => boolean,
    timeoutMs = 5_000,
  ): Promise<{ frame: SseFrame; before: SseFrame[] }> {
    const deadline = Date.now() + timeoutMs;
    const before: SseFrame[] = [];
    for (;;) {
      const frame = await this.next(Math.max(1, deadline - Date.now()));
      if (!frame) throw new Error(`the stream ended before the frame awaited; got ${JSON.stringify(before)}`);
      if (match(frame)) return { frame, before };
      before.push(frame);
    }
  }

  /** The next `count` frames that match (others are skipped). */
  async take(count: number, match: (frame: SseFrame) => boolean, timeoutMs = 5_000): Promise<SseFrame[]> {
    const deadline = Date.now() + timeoutMs;
    const taken: SseFrame[] = [];
    while (taken.length < count)
      taken.push((await this.until(match, Math.max(1, deadline - Date.now()))).frame);
    return taken;
  }

  async cancel(): Promise<void> {
    this.#done = true;
    await this.#reader.cancel().catch(() => {});
  }

  async #read(timeoutMs: number): Promise<'ok' | 'timeout'> {
    this.#pending ??= this.#reader.read();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, timeoutMs));
    });
    const result = await Promise.race([this.#pending, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') return 'timeout';
    this.#pending = undefined;
    if (result.done) this.#done = true;
    else this.#buffer += this.#decoder.decode(result.value, { stream: true }).replace(/\r\n?/g, '\n');
    return 'ok';
  }
}
