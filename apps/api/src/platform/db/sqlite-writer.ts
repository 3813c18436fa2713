import { Worker } from 'node:worker_threads';
import { fromWireError } from './wire-error.js';
import type { WriteCommand } from './write-command.js';
import { InFlight, type Writer, WriterUnavailableError } from './writer.js';
import type { WriterReply, WriterRequest, WriterThreadData } from './writer-protocol.js';

export interface SqliteWriterOptions {
  filename: string;
  /** Told when the thread stops without being closed (its commands in flight answer 503). */
  onUnexpectedExit?: (reason: string) => void;
}

export interface SqliteWriter extends Writer {
  /** Resolves once the thread has opened its connection; rejects when it cannot. */
  ready(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Runs write commands on a thread of their own with the process's one writing SQLite connection, so a
 * batch being written never holds the request thread. A thread that dies is started again for the
 * next command; the commands it took down answer 503 (their transaction rolled back or committed
 * unconfirmed: event ids make sending them again safe).
 */
export function sqliteWriter(options: SqliteWriterOptions): SqliteWriter {
  const inFlight = new InFlight();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  let thread: { worker: Worker; ready: Promise<void> } | undefined;

  const stopped = (worker: Worker, reason: string) => {
    if (thread?.worker !== worker) return;
    thread = undefined;
    const error = new WriterUnavailableError(
      `The SQLite writer thread stopped (${reason}) before confirming the write.`,
    );
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    if (!closed) options.onUnexpectedExit?.(reason);
  };

  const start = () => {
    const worker = spawnWriterThread({ filename: options.filename });
    worker.unref();
    let markReady: () => void = () => {};
    let markFailed: (error: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    // Nobody may await `ready`: a failure is also told to every pending command.
    ready.catch(() => {});
    worker.on('message', (reply: WriterReply) => {
      if (reply.type === 'ready') markReady();
      if (reply.type !== 'result') return;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      // The thread keeps the process alive only while a command waits for it (a CLI awaiting a write).
      if (pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(fromWireError(reply.error));
    });
    worker.on('error', (error) => {
      markFailed(error);
      stopped(worker, error.message);
    });
    worker.on('exit', (code) => {
      markFailed(new WriterUnavailableError(`The SQLite writer thread exited with code ${code}.`));
      stopped(worker, `exit code ${code}`);
    });
    thread = { worker, ready };
    return thread;
  };

  return {
    ready: () => (thread ?? start()).ready,
    run<Input, Output>(command: WriteCommand<Input, Output>, input: Input): Promise<Output> {
      if (closed) return Promise.reject(new WriterUnavailableError('The writer is closed.'));
      const { worker } = thread ?? start();
      return inFlight.track(
        () =>
          new Promise<Output>((resolve, reject) => {
            const id = nextId++;
            const request: WriterRequest = {
              type: 'run',
              id,
              module: command.module,
              name: command.name,
              input,
            };
            // Throws DataCloneError at once for an input that is not plain data.
            worker.postMessage(request);
            pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
            worker.ref();
          }),
      );
    },
    async close() {
      closed = true;
      await inFlight.drained();
      const current = thread;
      if (!current) return;
      const { worker } = current;
      const done = new Promise<void>((resolve) => {
        worker.on('message', (reply: WriterReply) => {
          if (reply.type === 'closed') resolve();
        });
        worker.once('exit', () => resolve());
      });
      worker.ref();
      worker.postMessage({ type: 'close' } satisfies WriterRequest);
      await done;
      thread = undefined;
      await worker.terminate();
    },
  };
}

/** The built service runs `writer-thread.js`; tests run the TypeScript sources, loaded through tsx. */
function spawnWriterThread(data: WriterThreadData): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./writer-thread.js', here), { workerData: data });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./writer-thread.ts', here).href);
  const code = `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(code, { eval: true, workerData: data });
}
