import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout (one object per line), the shape log shippers expect. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'leadstatus-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'authorization'], censor: '[redacted]' },
  });
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
