import { pino, type Logger } from "pino";

export type { Logger };

const REDACT = { paths: ["token", "*.token", "secrets", "*.secrets"], censor: "[redacted]" };

/** Logs go to stderr as JSON lines, so that stdout stays for what a command prints (`ask`, `remind --dry-run`). */
export function createLogger(level: string): Logger {
  return pino({ level, redact: REDACT }, pino.destination(2));
}

/** The console chat's logs: to a file (its folder made if needed), so the conversation on the terminal stays readable. */
export function createFileLogger(level: string, file: string): Logger {
  // Written synchronously: a console session is light, and nothing logged just before an exit is lost.
  return pino({ level, redact: REDACT }, pino.destination({ dest: file, mkdir: true, sync: true }));
}
