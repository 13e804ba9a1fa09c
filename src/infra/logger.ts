import { pino, type Logger } from "pino";

export type { Logger };

/** Logs go to stderr as JSON lines, so that stdout stays for what a command prints (`ask`, `remind --dry-run`). */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: ["token", "*.token", "secrets", "*.secrets"], censor: "[redacted]" } }, pino.destination(2));
}
