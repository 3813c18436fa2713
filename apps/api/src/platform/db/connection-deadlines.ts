import { AsyncLocalStorage } from 'node:async_hooks';

/** The error of a query cut off because the request it served ran out of time. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
  readonly code = 'REQUEST_DEADLINE_EXCEEDED';
}

/**
 * Which request a pooled connection works for. A request runs its work inside `run(signal, …)`;
 * the pool (guarded-pool.ts) reads the signal when it hands out a connection, and when the signal
 * aborts, the connections that request holds are destroyed and its waits for one end. Kysely takes a
 * connection per query or transaction deep inside its own code, so the request's async context is
 * the one thread that reaches from the request to them.
 */
export class ConnectionDeadlines {
  readonly #storage = new AsyncLocalStorage<AbortSignal>();

  run<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    return this.#storage.run(signal, work);
  }

  /** The signal of the request this code runs for, if any. */
  current(): AbortSignal | undefined {
    return this.#storage.getStore();
  }
}
