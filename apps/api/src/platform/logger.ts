import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * Where the service's log goes: stdout, written asynchronously (lines logged while a write is in
 * flight join the next one), so a request never waits on a write. That is pino's default too; it is
 * spelled out so shutdown can flush it (`flushLogger`) and no default change moves the writes back
 * onto the request thread. Nothing waits for a size to fill, so an idle server's lines go out at once.
 * On any exit (process.exit included) pino flushes it synchronously.
 */
export function stdoutDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 0 });
}

/** Structured JSON logs on stdout (one object per line), the shape log shippers expect. */
export function createLogger(level: string, destination: DestinationStream = stdoutDestination()): Logger {
  return pino(
    {
      level,
      base: { service: 'leadstatus-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'authorization'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Resolves once every line logged so far has been written (before a graceful exit). */
export function flushLogger(logger: Logger): Promise<void> {
  // An error (stdout closed or broken) means nothing more can be written: shutdown goes on.
  return new Promise((resolve) => logger.flush(() => resolve()));
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
