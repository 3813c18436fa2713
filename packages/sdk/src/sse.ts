/** One Server-Sent Events message. */
export interface SseMessage {
  /** `message` when the stream named none. */
  event: string;
  data: string;
  /** The `id:` of this message, if it had one. */
  id: string | undefined;
}

export interface SseHandlers {
  /** Awaited before the next message is read, so messages are handled one at a time, in order. */
  onMessage(message: SseMessage): void | Promise<void>;
  /** The stream's `retry:` field: the reconnection delay it asks for. */
  onRetry?(ms: number): void;
}

/**
 * Reads an SSE body to its end (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * lines end in CRLF, LF or CR; `:` starts a comment; a blank line dispatches the message.
 */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  handlers: SseHandlers,
  signal?: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  // Cancelling ends the pending read (as the end of the stream) and tells the server to stop.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;

  const line = async (text: string) => {
    if (text === '') {
      // As the spec says, a message without any `data:` line is not dispatched.
      const message = data.length > 0 ? { event: event || 'message', data: data.join('\n'), id } : undefined;
      event = '';
      data = [];
      id = undefined;
      if (message) await handlers.onMessage(message);
      return;
    }
    const colon = text.indexOf(':');
    if (colon === 0) return;
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) handlers.onRetry?.(Number(value));
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A CR at the very end may be the first half of a CRLF: keep it until the next chunk.
      const lines = buffer.split(/\r\n|\r(?!$)|\n/);
      buffer = lines.pop() ?? '';
      for (const text of lines) await line(text);
      if (done) return;
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
