import { describe, expect, it } from 'vitest';
import { readSse, type SseMessage } from '../src/sse.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function parse(chunks: string[]) {
  const messages: SseMessage[] = [];
  const retries: number[] = [];
  await readSse(streamOf(chunks), {
    onMessage: (m) => void messages.push(m),
    onRetry: (ms) => void retries.push(ms),
  });
  return { messages, retries };
}

describe('readSse', () => {
  it('reads what the service sends: retry, a named event with an id, comments', async () => {
    const { messages, retries } = await parse([
      'retry: 2000\nevent: ready\nid: chg_1\ndata: {"cursor":"chg_1"}\n\n',
      ': ping\n\n',
      'event: status.changed\nid: chg_2\ndata: {"to":"replied"}\n\n',
    ]);
    expect(retries).toEqual([2000]);
    expect(messages).toEqual([
      { event: 'ready', id: 'chg_1', data: '{"cursor":"chg_1"}' },
      { event: 'status.changed', id: 'chg_2', data: '{"to":"replied"}' },
    ]);
  });

  it('joins data lines, defaults the event to message, and accepts every line ending', async () => {
    const { messages } = await parse([
      'data: a\r\ndata: b\r\n\r\n',
      'data:c\rdata\r\r',
      'event: x\ndata: y\n\n',
    ]);
    expect(messages).toEqual([
      { event: 'message', id: undefined, data: 'a\nb' },
      { event: 'message', id: undefined, data: 'c\n' },
      { event: 'x', id: undefined, data: 'y' },
    ]);
  });

  it('handles a message (and a CRLF) split across chunks anywhere', async () => {
    const text = 'event: status.changed\r\nid: chg_9\r\ndata: {"a":1}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const { messages } = await parse([text.slice(0, cut), text.slice(cut)]);
      expect(messages, `cut at ${cut}`).toEqual([{ event: 'status.changed', id: 'chg_9', data: '{"a":1}' }]);
    }
  });

  it('handles a multi-byte character split across chunks', async () => {
    const bytes = new TextEncoder().encode('data: café\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    const messages: SseMessage[] = [];
    await readSse(body, { onMessage: (m) => void messages.push(m) });
    expect(messages[0]?.data).toBe('café');
  });

  it('ignores a message without data and an unterminated last one', async () => {
    const { messages } = await parse(['event: nothing\n\n', 'data: cut off']);
    expect(messages).toEqual([]);
  });

  it('stops reading when the signal aborts', async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('data: first\n\n'));
      },
    });
    const messages: SseMessage[] = [];
    const reading = readSse(
      body,
      {
        onMessage: (m) => {
          messages.push(m);
          controller.abort();
        },
      },
      controller.signal,
    );
    await expect(reading).resolves.toBeUndefined();
    expect(messages).toHaveLength(1);
  });
});
