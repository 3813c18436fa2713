/** Why a streamed export stopped before its end: the response is aborted, never ended short. */
export class ExportAbortedError extends Error {
  override name = 'ExportAbortedError';
}

export interface ExportBodyHooks {
  /** A read failed after the response started: called once, before the body is aborted. */
  onError(error: unknown): void;
  /** Cuts the connection (the server's own handling of an errored body may end it cleanly). */
  abortConnection?(): void;
}

/**
 * A byte stream over text chunks, with backpressure: a chunk is taken only when the consumer reads
 * (the socket has drained), so nothing queues up in memory. The chunks' source may read ahead
 * itself (on MySQL, `exportPages` reads the next page while this one is written). The first chunk
 * is read before this resolves, so a failure there is still an ordinary error response. Cancelling
 * (the client went away) stops the reads. A later failure errors the stream, after
 * `abortConnection`: the client sees a truncated download, not a short file that looks complete.
 */
export async function exportBody(
  chunks: AsyncIterator<string>,
  hooks: ExportBodyHooks,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let first: IteratorResult<string> | undefined = await chunks.next();
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: IteratorResult<string>;
        try {
          result = first ?? (await chunks.next());
          first = undefined;
        } catch (error) {
          if (cancelled) return;
          hooks.onError(error);
          hooks.abortConnection?.();
          controller.error(
            new ExportAbortedError('The export stopped before its end; the download is incomplete.'),
          );
          return;
        }
        if (cancelled) return;
        if (result.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(result.value));
      },
      async cancel() {
        cancelled = true;
        // Ends the generator where it stands (after a read in flight), and so the reads.
        await chunks.return?.(undefined).catch(() => undefined);
      },
    },
    // Nothing queued ahead of the reader: `pull` runs only when a read is waiting.
    { highWaterMark: 0 },
  );
}
