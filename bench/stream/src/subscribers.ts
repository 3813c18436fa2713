/** Called with the enrollment of each `status.changed` event and when it arrived. */
export type OnChange = (enrollmentId: string, receivedAt: number) => void;

export interface StreamSubscriber {
  close(): void;
}

/**
 * One `GET /v1/stream` held open with `fetch`, as a server-side consumer would; resolves once its
 * `ready` event has arrived (the stream is live). Frames are split by hand: only the event name and
 * the enrollment id matter here.
 */
export async function subscribe(url: string, key: string, onChange: OnChange): Promise<StreamSubscriber> {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/stream`, {
    headers: { Authorization: `Bearer ${key}` },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) {
    throw new Error(`GET /v1/stream answered ${response.status}: ${await response.text()}`);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  void (async () => {
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done || !value) return;
      const receivedAt = performance.now();
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        if (frame.includes('event: ready')) ready();
        if (!frame.includes('event: status.changed')) continue;
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (data) onChange(JSON.parse(data.slice(6)).enrollment_id, receivedAt);
      }
    }
  })();
  await isReady;
  return { close: () => abort.abort() };
}
