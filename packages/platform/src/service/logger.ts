import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one object per line; `npm start` pretty-prints them. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
