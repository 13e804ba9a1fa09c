import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { DatabaseError } from "../db/database.js";
import { createFileLogger, createLogger } from "../infra/logger.js";
import { ask } from "./ask.js";
import { chat } from "./chat.js";
import { inviteCommand } from "./invite.js";
import { migrate } from "./migrate.js";
import { remindCommand } from "./remind.js";
import { seed } from "./seed.js";
import { withRuntime } from "./with-runtime.js";

/**
 * The command line: `chat`, `ask`, `seed`, `migrate`. Failures a user can fix end in one line on stderr and a
 * non-zero exit; nothing half-written is left behind (the seed runs in one transaction).
 */
export const USAGE = `usage: cli <chat | ask | seed | migrate | invite | remind | import | export | kpi | chart | backup | restore | audit> [options]
  ask "<câu hỏi>" [--json] [--as <người|đơn vị>] [--now <ISO time>]
                                                   one question, the reply on stdout; --as asks as that person or
                                                   unit (the console's /as names), default the Chairman
  ask --jsonl [--as …] [--now <ISO time>]          JSON lines {"chat","text","as"?} on stdin → {"chat","text","reply"}
  seed --demo [--file <path.yaml>]                 load the demo data (idempotent)
  migrate                                          apply pending migrations
  remind [--dry-run] [--at <ISO time>]             reminders due at that moment: printed (--dry-run) or sent
  invite --unit "<đơn vị>" --role <vai trò> [--days 7] [--json]
                                                   a one-time invite (code and Telegram link); roles: unit_officer,
                                                   unit_head, leader, secretariat, admin`;

/** Commands that read their own options (each its own file); the rest share the options below. */
const SELF_PARSING: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  import: () => import("./import.js"),
  export: () => import("./export.js"),
  kpi: () => import("./kpi.js"),
  chart: () => import("./chart.js"),
  backup: () => import("./backup.js"),
  restore: async () => (await import("./backup.js")).restore,
  audit: () => import("./audit.js"),
};

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const selfParsing = command === undefined ? undefined : SELF_PARSING[command];
  if (selfParsing) return (await selfParsing()).run(rest);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      now: { type: "string" },
      demo: { type: "boolean", default: false },
      file: { type: "string" },
      unit: { type: "string" },
      role: { type: "string" },
      days: { type: "string" },
      at: { type: "string" },
      as: { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const config = loadConfig(undefined, values.now === undefined ? {} : { now: values.now });
  // The console chat logs to a file, as `npm start` does when it opens the console: the conversation on the
  // terminal is not interleaved with JSON lines.
  const logger =
    command === "chat"
      ? createFileLogger(config.logLevel, config.logFile)
      : createLogger(command === "ask" || command === "remind" ? (config.logLevel === "info" ? "warn" : config.logLevel) : config.logLevel);
  switch (command) {
    case "ask":
      return ask(config, logger, positionals.join(" "), values);
    case "chat":
      return chat(config, logger);
    case "seed":
      return seed(config, values);
    case "remind":
      return remindCommand(values, logger);
    case "invite":
      return withRuntime(config, logger, (runtime) => inviteCommand(runtime, values));
    case "migrate":
      return migrate(config);
    default:
      console.error(USAGE);
      return 2;
  }
}

/** Errors the user can act on, as one line; anything else is a bug and keeps its stack. */
export function reportFatal(error: unknown): number {
  if (error instanceof ConfigError || error instanceof DatabaseError || (error instanceof Error && error.name === "DemoFileError")) {
    console.error(error.message);
    return 1;
  }
  if (error instanceof Error && (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  console.error(error);
  return 1;
}
