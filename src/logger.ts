/** One JSON line per event on stderr: easy to grep here, easy to ship to a log store in production. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Level[] = ['debug', 'info', 'warn', 'error'];
let threshold: Level = ORDER.includes(process.env.LOG_LEVEL as Level) ? (process.env.LOG_LEVEL as Level) : 'info';

export function setLogLevel(level: Level): void {
  threshold = level;
}

function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (!enabled(level)) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

/** Whether a line at `level` would be written: a caller can skip building one that would not. */
const enabled = (level: Level): boolean => ORDER.indexOf(level) >= ORDER.indexOf(threshold);

export const logger = {
  enabled,
  debug: (m: string, f?: Record<string, unknown>) => log('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => log('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => log('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => log('error', m, f),
};
