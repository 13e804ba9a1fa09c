import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseDotenv } from "dotenv";
import * as v from "valibot";
import { REPO_ROOT } from "./db/paths.js";
import type { DatabaseTarget } from "./db/adapters.js";

/**
 * The only reader of the environment. Everything configurable is declared here once, validated at
 * start-up, and handed to the rest of the program as a typed value.
 */
const DEMO_NOW = "2023-07-25T08:00:00+07:00";

const booleanish = v.pipe(
  v.picklist(["1", "0", "true", "false", "yes", "no", "on", "off"], "cần 1/0, true/false, yes/no hoặc on/off / expected a boolean"),
  v.transform((value) => ["1", "true", "yes", "on"].includes(value)),
);

const instant = v.pipe(
  v.string(),
  v.check(
    isIsoInstant,
    "cần dạng ISO 8601 có múi giờ, ví dụ 2023-07-25T08:00:00+07:00 / expected an ISO 8601 instant with offset",
  ),
  v.transform((value) => new Date(value)),
);

/** Date.parse rolls 2023-02-30 over to 2 March: every field is checked against the calendar instead. */
function isIsoInstant(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth &&
    hour! <= 23 && minute! <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

const databaseUrl = v.pipe(
  v.string(),
  v.check(isDatabaseUrl, "cần file:<đường dẫn> hoặc postgresql://user@host:port/db / expected file:<path> or postgresql://…"),
);

function isDatabaseUrl(value: string): boolean {
  if (/^file:.+/.test(value)) return true;
  if (!/^postgres(ql)?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

const nonEmpty = v.pipe(v.string(), v.minLength(1, "không được để trống / must not be empty"));

const httpUrl = (httpsOnly: boolean) =>
  v.pipe(
    v.string(),
    v.check((value) => {
      try {
        const url = new URL(value);
        const loopback = url.hostname === "localhost" || url.hostname.startsWith("127.") || url.hostname === "[::1]";
        return url.protocol === "https:" || (url.protocol === "http:" && (!httpsOnly || loopback));
      } catch {
        return false;
      }
    }, httpsOnly ? "cần URL https://… (http:// chỉ cho máy này) / expected an https:// URL (http:// on loopback only)" : "cần URL http(s)://… / expected an http(s):// URL"),
  );

const wholeNumber = (min: number, max: number, what: string) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, `cần số nguyên / expected a whole number (${what})`),
    v.transform(Number),
    v.minValue(min, `cần từ ${min} đến ${max} / expected ${min} to ${max} (${what})`),
    v.maxValue(max, `cần từ ${min} đến ${max} / expected ${min} to ${max} (${what})`),
  );

/** The Zalo Bot Platform channel (src/channels/zalo). Webhook mode when ZALO_WEBHOOK_URL is set, long polling otherwise. */
const zaloSchema = {
  ZALO_API_ROOT: v.optional(httpUrl(false), "https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_URL: v.optional(httpUrl(true)),
  ZALO_WEBHOOK_SECRET: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,256}$/, "cần 8–256 ký tự A-Z a-z 0-9 _ - / expected 8–256 characters A-Z a-z 0-9 _ -")),
  ),
  ZALO_MONTHLY_QUOTA: v.optional(wholeNumber(1, 10_000_000, "messages per month"), "3000"),
  ZALO_POLL_TIMEOUT: v.optional(wholeNumber(1, 60, "seconds"), "30"),
  /** The experimental channel over a personal Zalo account (zca-js): opt-in, see the README's warning. */
  ZALO_PERSONAL: v.optional(booleanish, "0"),
  ZALO_PERSONAL_KEY: v.optional(v.pipe(v.string(), v.minLength(32, "cần ít nhất 32 ký tự / at least 32 characters"))),
  ZALO_PERSONAL_CREDENTIALS: v.optional(nonEmpty, "./data/zalo-personal.cred"),
  ZALO_PERSONAL_QR: v.optional(nonEmpty, "./data/zalo-login-qr.png"),
};

/** The Telegram channel (src/channels/telegram). Webhook mode when TELEGRAM_WEBHOOK_URL is set, long polling otherwise. */
const telegramSchema = {
  TELEGRAM_API_ROOT: v.optional(httpUrl(false), "https://api.telegram.org"),
  TELEGRAM_BOT_USERNAME: v.optional(
    v.pipe(v.string(), v.regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "cần tên bot Telegram, ví dụ nhacviec_bot / expected a Telegram bot username")),
  ),
  TELEGRAM_WEBHOOK_URL: v.optional(httpUrl(true)),
  TELEGRAM_WEBHOOK_SECRET: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,256}$/, "cần 16–256 ký tự A-Z a-z 0-9 _ - / expected 16–256 characters A-Z a-z 0-9 _ -")),
  ),
  /** The bot's one web server: the webhooks of every channel, /healthz and /readyz. */
  HTTP_HOST: v.optional(nonEmpty, "0.0.0.0"),
  HTTP_PORT: v.optional(wholeNumber(0, 65535, "port"), "8080"),
};

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = v.object({
  DATABASE_URL: v.optional(databaseUrl, "file:./data/nhacviec.db"),
  NOW: v.optional(instant),
  LOG_LEVEL: v.optional(
    v.picklist(LOG_LEVELS, `cần một trong / expected one of: ${LOG_LEVELS.join(", ")}`),
    "info",
  ),
  /** Where the logs go while the console chat runs (so they do not interleave with the conversation). */
  LOG_FILE: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)), "./data/nhacviec.log"),
  DEFAULT_LOCALE: v.optional(v.picklist(["vi", "en"], "cần vi hoặc en / expected vi or en"), "vi"),
  DEMO_DATA: v.optional(booleanish, "1"),
  CONTEXT_TTL_MINUTES: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, "cần số phút / expected minutes"),
      v.transform(Number),
      v.minValue(1, "cần từ 1 đến 1440 phút / expected 1 to 1440 minutes"),
      v.maxValue(24 * 60, "cần từ 1 đến 1440 phút / expected 1 to 1440 minutes"),
    ),
    "30",
  ),
  TELEGRAM_BOT_TOKEN: v.optional(nonEmpty),
  ZALO_BOT_TOKEN: v.optional(nonEmpty),
  ...zaloSchema,
  ...telegramSchema,
  /** Whether people without an invite get the public answers (KPIs, plan progress); otherwise how to get an invite. */
  PUBLIC_ANSWERS: v.optional(booleanish, "0"),
});

/** Every variable the bot reads (the deployment files are checked against this list). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.entries);

export type ChannelName = "telegram" | "zalo" | "zalo-personal";

export interface Config {
  database: DatabaseTarget;
  /** The moment the bot runs "as of", when set; otherwise the system clock (or the demo moment with demo data). */
  now: Date | undefined;
  demoNow: Date;
  logLevel: v.InferOutput<typeof schema>["LOG_LEVEL"];
  /** The log file of the console chat (`npm start` with no platform token). */
  logFile: string;
  defaultLocale: "vi" | "en";
  seedDemoData: boolean;
  contextTtlMinutes: number;
  channels: ChannelName[];
  zalo: ZaloConfig;
  zaloPersonal: ZaloPersonalConfig;
  telegram: TelegramConfig;
  /** People without an invite get the public answers (true) or only how to get an invite (false, the default). */
  publicAnswers: boolean;
  /** Where the bot's one web server listens (webhooks, /healthz, /readyz) when a platform channel runs. */
  http: { host: string; port: number };
  secrets: { telegramBotToken: string | undefined; zaloBotToken: string | undefined; zaloWebhookSecret?: string | undefined; zaloPersonalKey?: string | undefined; telegramWebhookSecret?: string | undefined };
}

export interface TelegramConfig {
  /** The Bot API server: Telegram's, a self-hosted one, or a local fake in tests. */
  apiRoot: string;
  /** For deep links (https://t.me/<username>?start=<code>) where the bot cannot ask getMe. */
  botUsername: string | undefined;
  /** Set: Telegram posts updates to `url`; the bot listens on host:port at the URL's path. Unset: long polling. */
  webhook: { url: string; path: string } | undefined;
}

export interface ZaloPersonalConfig {
  enabled: boolean;
  /** Where the login keeps the account's session, encrypted with ZALO_PERSONAL_KEY. */
  credentialsFile: string;
  /** Where `npm run zalo:login` saves the QR code as a PNG. */
  qrFile: string;
}

export interface ZaloConfig {
  apiRoot: string;
  /** Set: the platform posts updates to `url`; the bot listens on host:port at the URL's path. Unset: long polling. */
  webhook: { url: string; path: string } | undefined;
  /** Messages the bot may send per month (the free plan: 3.000). */
  monthlyQuota: number;
  pollTimeoutSeconds: number;
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
  const result = v.safeParse(schema, blankToUndefined);
  if (!result.success) {
    const issue = result.issues[0];
    // Never echo the value: a wrong variable may be a token.
    // Every rule above has its own message; the guard keeps a library default ("… but received <value>") out too.
    throw new ConfigError(String(issue.path?.[0]?.key ?? "?"), issue.message.replace(/\s*but received[\s\S]*$/, "").replace(/\s+/g, " "));
  }
  const e = result.output;
  const channels: ChannelName[] = [];
  if (e.TELEGRAM_BOT_TOKEN) channels.push("telegram");
  if (e.ZALO_BOT_TOKEN) channels.push("zalo");
  if (e.ZALO_PERSONAL) channels.push("zalo-personal");
  if (e.ZALO_PERSONAL && !e.ZALO_PERSONAL_KEY) {
    throw new ConfigError("ZALO_PERSONAL_KEY", "cần khi ZALO_PERSONAL=1 (khóa mã hóa phiên đăng nhập) / required with ZALO_PERSONAL=1 (encrypts the saved session)");
  }
  if (e.ZALO_WEBHOOK_URL && !e.ZALO_WEBHOOK_SECRET) {
    throw new ConfigError("ZALO_WEBHOOK_SECRET", "cần khi đặt ZALO_WEBHOOK_URL / required with ZALO_WEBHOOK_URL");
  }
  // Both webhooks are routes of the one web server: on one path, every Zalo update would meet Telegram's secret check.
  if (e.TELEGRAM_WEBHOOK_URL && e.ZALO_WEBHOOK_URL && new URL(e.TELEGRAM_WEBHOOK_URL).pathname === new URL(e.ZALO_WEBHOOK_URL).pathname) {
    throw new ConfigError("ZALO_WEBHOOK_URL", "cần đường dẫn khác với TELEGRAM_WEBHOOK_URL (hai webhook dùng chung một máy chủ web) / needs a path other than TELEGRAM_WEBHOOK_URL's (both webhooks share one web server)");
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("TELEGRAM_WEBHOOK_SECRET", "cần khi đặt TELEGRAM_WEBHOOK_URL / required with TELEGRAM_WEBHOOK_URL");
  }
  return {
    database: databaseTarget(e.DATABASE_URL),
    now: e.NOW,
    demoNow: new Date(DEMO_NOW),
    logLevel: e.LOG_LEVEL,
    logFile: e.LOG_FILE,
    defaultLocale: e.DEFAULT_LOCALE,
    seedDemoData: e.DEMO_DATA,
    contextTtlMinutes: e.CONTEXT_TTL_MINUTES,
    channels,
    zalo: {
      apiRoot: e.ZALO_API_ROOT.replace(/\/+$/, ""),
      webhook: e.ZALO_WEBHOOK_URL
        ? { url: e.ZALO_WEBHOOK_URL, path: new URL(e.ZALO_WEBHOOK_URL).pathname }
        : undefined,
      monthlyQuota: e.ZALO_MONTHLY_QUOTA,
      pollTimeoutSeconds: e.ZALO_POLL_TIMEOUT,
    },
    zaloPersonal: { enabled: e.ZALO_PERSONAL, credentialsFile: repoPath(e.ZALO_PERSONAL_CREDENTIALS), qrFile: repoPath(e.ZALO_PERSONAL_QR) },
    telegram: {
      apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
      botUsername: e.TELEGRAM_BOT_USERNAME?.replace(/^@/, ""),
      webhook: e.TELEGRAM_WEBHOOK_URL
        ? { url: e.TELEGRAM_WEBHOOK_URL, path: new URL(e.TELEGRAM_WEBHOOK_URL).pathname }
        : undefined,
    },
    publicAnswers: e.PUBLIC_ANSWERS,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    secrets: { telegramBotToken: e.TELEGRAM_BOT_TOKEN, zaloBotToken: e.ZALO_BOT_TOKEN, zaloWebhookSecret: e.ZALO_WEBHOOK_SECRET, zaloPersonalKey: e.ZALO_PERSONAL_KEY, telegramWebhookSecret: e.TELEGRAM_WEBHOOK_SECRET },
  };
}

/** A path as written in the configuration: relative ones are taken from the repository root. */
function repoPath(file: string): string {
  return path.isAbsolute(file) ? file : path.resolve(REPO_ROOT, file);
}

function databaseTarget(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  const file = url.slice("file:".length);
  return { provider: "sqlite", file: path.isAbsolute(file) ? file : path.resolve(REPO_ROOT, file) };
}
