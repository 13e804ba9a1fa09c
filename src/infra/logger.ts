import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Secrets, and the texts people and the bot write, never reach the logs: no call logs a message's text (logs say
 * who, where and what happened), and a text that slips in anyway — a Bot API error carries the request it
 * failed on — is replaced. Ids of users and chats stay, so an operator can follow one conversation.
 */
const REDACT = {
  paths: [
    "token", "*.token", "secrets", "*.secrets", "text", "*.text", "caption", "*.caption", "err.payload.text", "err.payload.caption", "err.payload.reply_markup",
    // People's names as the platforms give them (a Telegram user or chat, a Zalo sender), should one be logged whole.
    ...["first_name", "last_name", "username", "display_name", "displayName"].flatMap((name) => [name, `*.${name}`, `*.*.${name}`, `*.*.*.${name}`]),
    "err.payload.document", "err.payload.photo",
  ],
  censor: "[redacted]",
};

/** Logs go to stderr as JSON lines, so that stdout stays for what a command prints (`ask`, `remind --dry-run`). */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: REDACT }, destination);
}

/** The console chat's logs: to a file (its folder made if needed), so the conversation on the terminal stays readable. */
export function createFileLogger(level: string, file: string): Logger {
  // Written synchronously: a console session is light, and nothing logged just before an exit is lost.
  return pino({ level, redact: REDACT }, pino.destination({ dest: file, mkdir: true, sync: true }));
}
