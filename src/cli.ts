import path from "node:path";
import { parseArgs } from "node:util";
import { useQuickWasmCompilation } from "./v8-flags.js";
import { createInterface } from "node:readline";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { DatabaseError, openDatabase } from "./db/database.js";
import { createLogger, type Logger } from "./logger.js";
import { readDemoFile, startRuntime, type Runtime } from "./runtime.js";
import { runConsoleChat } from "./channels/console.js";
import type { InboundMessage } from "./app/messages.js";
import { inviteCommand } from "./invite-command.js";
import { remindCommand } from "./remind-command.js";
import { findPersona } from "./app/personas.js";
import { describeQuery } from "./core/understand/query.js";

type PersonaOf = { id: number; key: string | null; name: string };

/**
 * The command line: `chat`, `ask`, `seed`, `migrate`. Failures a user can fix end in one line on stderr and a
 * non-zero exit; nothing half-written is left behind (the seed runs in one transaction).
 */
const USAGE = `usage: cli <chat | ask | seed | migrate | invite | remind> [options]
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

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
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
  const logger = createLogger(command === "ask" || command === "remind" ? (config.logLevel === "info" ? "warn" : config.logLevel) : config.logLevel);
  switch (command) {
    case "ask":
      return ask(config, logger, positionals.join(" "), values);
    case "chat":
      return withRuntime(config, logger, async (runtime) => {
        await runConsoleChat(runtime);
        return 0;
      });
    case "seed":
      return seed(config, values);
    case "remind":
      return remindCommand(values, logger);
    case "invite":
      return withRuntime(config, logger, (runtime) => inviteCommand(runtime, values));
    case "migrate": {
      const database = await openDatabase(config.database);
      console.log(database.appliedMigrations.length > 0 ? `applied: ${database.appliedMigrations.join(", ")}` : "up to date");
      await database.close();
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

async function ask(config: Config, logger: Logger, question: string, options: { json?: boolean; jsonl?: boolean; as?: string }): Promise<number> {
  if (!options.jsonl && question.trim().length === 0) {
    console.error('Câu hỏi trống / empty question: npm run --silent ask -- "tiến độ kế hoạch CCHC"');
    return 2;
  }
  return withRuntime(config, logger, async (runtime) => {
    const people = await runtime.stores.people.listPeople();
    const units = (await runtime.stores.catalog.loadCatalog()).units;
    const leader = people.find((p) => p.role === "leader");
    // Asking as someone goes through the console's identities (the demo gives every persona one), so that
    // "đơn vị mình" and permissions are those of that person, exactly as in `npm run chat` after /as.
    const personaOf = (name: string | undefined) => (name === undefined ? undefined : findPersona(name, people, units));
    const message = (chat: string, text: string, as?: PersonaOf): InboundMessage =>
      as
        ? { channel: "console", chatId: `${chat}:${as.key ?? as.id}`, sender: { id: as.key ?? String(as.id), name: as.name }, text, receivedAt: runtime.clock.now() }
        : { channel: "cli", chatId: chat, sender: { id: "cli", ...(leader ? { name: leader.name } : {}) }, text, receivedAt: runtime.clock.now() };
    const asked = personaOf(options.as);
    if (options.as !== undefined && !asked) {
      console.error(`Không tìm thấy người hoặc đơn vị "${options.as}" / no such person or unit`);
      return 2;
    }
    if (!options.jsonl) {
      const handled = await runtime.app.handleMessage(message("cli", question, asked));
      const text = handled.outbound.map((o) => o.text).join("\n");
      const { intent, ...slots } = handled.understood.understanding;
      const query = describeQuery(handled.understood.understanding);
      process.stdout.write(options.json ? `${JSON.stringify({ intent, slots, query, locale: handled.understood.locale, reply: text })}\n` : `${text}\n`);
      return 0;
    }
    let failures = 0;
    for await (const line of createInterface({ input: process.stdin, terminal: false })) {
      if (line.trim().length === 0) continue;
      let input: { chat?: unknown; text?: unknown; as?: unknown };
      try {
        input = JSON.parse(line) as typeof input;
      } catch {
        input = {};
      }
      if (typeof input.text !== "string") {
        failures++;
        process.stdout.write(`${JSON.stringify({ chat: input.chat ?? null, error: "expected {\"chat\": \"<id>\", \"text\": \"<message>\"}" })}\n`);
        continue;
      }
      const chat = typeof input.chat === "string" || typeof input.chat === "number" ? String(input.chat) : "default";
      const as = typeof input.as === "string" ? personaOf(input.as) : asked;
      if (typeof input.as === "string" && !as) {
        failures++;
        process.stdout.write(`${JSON.stringify({ chat, error: `no such person or unit: ${input.as}` })}\n`);
        continue;
      }
      const handled = await runtime.app.handleMessage(message(chat, input.text, as));
      process.stdout.write(`${JSON.stringify({ chat, text: input.text, reply: handled.outbound.map((o) => o.text).join("\n") })}\n`);
    }
    return failures > 0 ? 1 : 0;
  });
}

async function seed(config: Config, options: { demo?: boolean; file?: string }): Promise<number> {
  if (!options.demo) {
    console.error("usage: npm run seed -- --demo [--file <path.yaml>]");
    return 2;
  }
  // The file is read and checked before the database is opened: a broken file leaves no trace, not even a new empty database.
  const data = await readDemoFile(options.file === undefined ? undefined : path.resolve(options.file));
  const database = await openDatabase(config.database);
  try {
    const { seedDemoData } = await import("./db/seed.js");
    const summary = await seedDemoData(database.db, data, database.provider);
    console.log(`demo data: ${summary.units} units, ${summary.people} people, ${summary.tasks} tasks, ${summary.metricValues} KPI values`);
    return 0;
  } finally {
    await database.close();
  }
}

export async function withRuntime(config: Config, logger: Logger, run: (runtime: Runtime) => Promise<number>): Promise<number> {
  const runtime = await startRuntime(config, logger);
  try {
    return await run(runtime);
  } finally {
    await runtime.close();
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

if (process.argv[1] && /cli\.(ts|js)$/.test(process.argv[1])) {
  useQuickWasmCompilation();
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => process.exit(reportFatal(error)),
  );
}
