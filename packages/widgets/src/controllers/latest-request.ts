/** Keeps only the newest of a series of requests: starting one aborts the one before. */
export class LatestRequest {
  #controller: AbortController | undefined;

  start(): AbortSignal {
    this.#controller?.abort();
    this.#controller = new AbortController();
    return this.#controller.signal;
  }

  /** Whether a result that arrives for `signal` is still wanted. */
  isCurrent(signal: AbortSignal): boolean {
    return !signal.aborted && this.#controller?.signal === signal;
  }

  cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }
}

/** Calls `run` once, `ms` after the last of a burst of calls. */
export class Debouncer {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: () => void) {}

  schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.run, ms);
  }

  cancel(): void {
    clearTimeout(this.#timer);
  }
}
