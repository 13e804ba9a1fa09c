import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseDotenv } from "dotenv";
import { z } from "zod";
import { REPO_ROOT } from "./db/paths.js";
import type { DatabaseTarget } from "./db/adapters.js";

/**
 * The only reader of the environment. Everything configurable is declared here once, validated at
 * start-up, and handed to the rest of the program as a typed value.
 */
const DEMO_NOW = "2023-07-25T08:00:00+07:00";

const booleanish = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

const instant = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "cần dạng ISO 8601 có múi giờ, ví dụ 2023-07-25T08:00:00+07:00 / expected an ISO 8601 instant with offset",
  })
  .transform((v) => new Date(v));

const databaseUrl = z.string().superRefine((value, ctx) => {
  if (/^file:.+/.test(value)) return;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      if (url.hostname) return;
    } catch {
      /* reported below */
    }
  }
  ctx.addIssue({ code: "custom", message: "cần file:<đường dẫn> hoặc postgresql://user@host:port/db / expected file:<path> or postgresql://…" });
});

const schema = z.object({
  DATABASE_URL: databaseUrl.default("file:./data/nhacviec.db"),
  NOW: instant.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  DEMO_DATA: booleanish.default(true),
  CONTEXT_TTL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  ZALO_BOT_TOKEN: z.string().min(1).optional(),
});

export type ChannelName = "telegram" | "zalo";

export interface Config {
  database: DatabaseTarget;
  /** The moment the bot runs "as of", when set; otherwise the system clock (or the demo moment with demo data). */
  now: Date | undefined;
  demoNow: Date;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  defaultLocale: "vi" | "en";
  seedDemoData: boolean;
  contextTtlMinutes: number;
  channels: ChannelName[];
  secrets: { telegramBotToken: string | undefined; zaloBotToken: string | undefined };
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Cấu hình sai / invalid configuration: ${variable}: ${detail}`);
  }
}

/** Reads `.env` (when present) under the real environment, which wins. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Record<string, string | undefined> {
  const file = path.join(cwd, ".env");
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return { ...fromFile, ...env };
}

export function loadConfig(env: Record<string, string | undefined> = readEnvironment(), overrides: { now?: string } = {}): Config {
  const input = { ...env, ...(overrides.now === undefined ? {} : { NOW: overrides.now }) };
  const blankToUndefined = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = schema.safeParse(blankToUndefined);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // Never echo the value: a wrong variable may be a token.
    throw new ConfigError(String(issue.path[0] ?? "?"), issue.message);
  }
  const e = result.data;
  const channels: ChannelName[] = [];
  if (e.TELEGRAM_BOT_TOKEN) channels.push("telegram");
  if (e.ZALO_BOT_TOKEN) channels.push("zalo");
  return {
    database: databaseTarget(e.DATABASE_URL),
    now: e.NOW,
    demoNow: new Date(DEMO_NOW),
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    seedDemoData: e.DEMO_DATA,
    contextTtlMinutes: e.CONTEXT_TTL_MINUTES,
    channels,
    secrets: { telegramBotToken: e.TELEGRAM_BOT_TOKEN, zaloBotToken: e.ZALO_BOT_TOKEN },
  };
}

function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const file = url.slice("file:".length);
  return { provider: "sqlite", file: path.isAbsolute(file) ? file : path.resolve(REPO_ROOT, file) };
}
