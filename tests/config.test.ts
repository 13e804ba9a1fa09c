import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, readEnvironment } from "../src/config.js";
import { REPO_ROOT } from "../src/db/paths.js";
import { tempDir } from "./support/databases.js";

/** Runs loadConfig and returns the ConfigError it throws (fails the test if it does not). */
function configError(env: Record<string, string | undefined>, overrides: { now?: string } = {}): ConfigError {
  try {
    loadConfig(env, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(Object.keys(env))}`);
}

describe("defaults", () => {
  it("an empty environment runs on the embedded SQLite file under ./data/ with the demo data", () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ provider: "sqlite", file: path.join(REPO_ROOT, "data", "nhacviec.db") });
    expect(config.now).toBeUndefined();
    expect(config.demoNow.toISOString()).toBe("2023-07-25T01:00:00.000Z");
    expect(config.logLevel).toBe("info");
    expect(config.defaultLocale).toBe("vi");
    expect(config.seedDemoData).toBe(true);
    expect(config.contextTtlMinutes).toBe(30);
    expect(config.channels).toEqual([]);
    expect(config.secrets).toEqual({ telegramBotToken: undefined, zaloBotToken: undefined });
  });

  it("treats blank values as unset", () => {
    const config = loadConfig({ DATABASE_URL: "", NOW: "", LOG_LEVEL: "", TELEGRAM_BOT_TOKEN: "" });
    expect(config.database.provider).toBe("sqlite");
    expect(config.now).toBeUndefined();
    expect(config.logLevel).toBe("info");
    expect(config.channels).toEqual([]);
  });

  it("ignores variables it does not know (the real environment is full of them)", () => {
    expect(() => loadConfig({ PATH: "/usr/bin", HOME: "/root", npm_config_foo: "x" })).not.toThrow();
  });
});

describe("values", () => {
  it("reads a relative file: URL from the repository root and an absolute one as is", () => {
    expect(loadConfig({ DATABASE_URL: "file:./data/other.db" }).database).toEqual({ provider: "sqlite", file: path.join(REPO_ROOT, "data/other.db") });
    expect(loadConfig({ DATABASE_URL: "file:/tmp/x/y.db" }).database).toEqual({ provider: "sqlite", file: "/tmp/x/y.db" });
  });

  it.each(["postgresql://postgres@127.0.0.1:5432/nhacviec", "postgres://u:p@db.example.org/nhacviec?sslmode=require"])("PostgreSQL from %s", (url) => {
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ provider: "postgresql", url });
  });

  it("parses NOW with its offset", () => {
    expect(loadConfig({ NOW: "2023-07-25T08:00:00+07:00" }).now?.toISOString()).toBe("2023-07-25T01:00:00.000Z");
    expect(loadConfig({ NOW: "2023-12-31T08:00+07:00" }).now?.toISOString()).toBe("2023-12-31T01:00:00.000Z");
    expect(loadConfig({ NOW: "2023-07-25T01:00:00.500Z" }).now?.toISOString()).toBe("2023-07-25T01:00:00.500Z");
  });

  it("lets --now override NOW", () => {
    const config = loadConfig({ NOW: "2023-07-25T08:00:00+07:00" }, { now: "2023-12-31T08:00:00+07:00" });
    expect(config.now?.toISOString()).toBe("2023-12-31T01:00:00.000Z");
  });

  it.each([
    ["1", true],
    ["true", true],
    ["yes", true],
    ["on", true],
    ["0", false],
    ["false", false],
    ["no", false],
    ["off", false],
  ])("DEMO_DATA=%s → %s", (value, expected) => {
    expect(loadConfig({ DEMO_DATA: value }).seedDemoData).toBe(expected);
  });

  it("turns on a channel for each token, and keeps the tokens only under secrets", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: "123:abc", ZALO_BOT_TOKEN: "zz" });
    expect(config.channels).toEqual(["telegram", "zalo"]);
    expect(config.secrets).toEqual({ telegramBotToken: "123:abc", zaloBotToken: "zz" });
    const { secrets: _secrets, ...rest } = config;
    expect(JSON.stringify(rest)).not.toContain("123:abc");
  });

  it("reads CONTEXT_TTL_MINUTES, LOG_LEVEL and DEFAULT_LOCALE", () => {
    const config = loadConfig({ CONTEXT_TTL_MINUTES: "45", LOG_LEVEL: "debug", DEFAULT_LOCALE: "en" });
    expect([config.contextTtlMinutes, config.logLevel, config.defaultLocale]).toEqual([45, "debug", "en"]);
  });
});

describe("wrong values stop start-up with one line naming the variable", () => {
  it.each([
    ["LOG_LEVEL", "verbose"],
    ["DATABASE_URL", "mysql://x"],
    ["DATABASE_URL", "postgresql://"],
    ["DATABASE_URL", "file:"],
    ["DATABASE_URL", "./data/x.db"],
    ["NOW", "yesterday"],
    ["NOW", "2023-07-25"], // a day, not an instant
    ["NOW", "2023-07-25T08:00:00"], // no offset: ambiguous
    ["NOW", "2023-02-30T08:00:00+07:00"], // no such day (Date.parse would roll it to 2 March)
    ["NOW", "2023-13-01T08:00:00+07:00"],
    ["NOW", "2023-07-25T25:00:00+07:00"],
    ["DEMO_DATA", "maybe"],
    ["DEFAULT_LOCALE", "fr"],
    ["CONTEXT_TTL_MINUTES", "0"],
    ["CONTEXT_TTL_MINUTES", "ten"],
    ["CONTEXT_TTL_MINUTES", "99999"],
  ])("%s=%s", (variable, value) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).not.toMatch(/[\r\n]/);
    // The message explains what is expected without echoing what was given (the explanation's own
    // examples, such as "ví dụ 2023-07-25T08:00:00+07:00" or "postgresql://…", are taken out first).
    const explanation = error.message.replace(/ví dụ \S+|file:<[^>]*>|postgresql:\/\/\S*/g, "");
    if (value.length > 2) expect(explanation).not.toContain(value);
  });

  it("a wrong --now is reported as NOW", () => {
    expect(configError({}, { now: "tomorrow" }).variable).toBe("NOW");
  });
});

describe("secrets are never printed", () => {
  const TOKEN = "7034567890:AAH-very-secret-telegram-token";

  it("a token set alongside a wrong LOG_LEVEL does not appear in the error", () => {
    const error = configError({ TELEGRAM_BOT_TOKEN: TOKEN, ZALO_BOT_TOKEN: "zalo-secret-123", LOG_LEVEL: "verbose" });
    expect(error.variable).toBe("LOG_LEVEL");
    for (const text of [error.message, String(error), error.stack ?? "", JSON.stringify(error)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain("zalo-secret-123");
    }
  });

  it("a token pasted into the wrong variable is not echoed", () => {
    for (const variable of ["LOG_LEVEL", "DEFAULT_LOCALE", "DEMO_DATA", "NOW", "DATABASE_URL", "CONTEXT_TTL_MINUTES"]) {
      const error = configError({ [variable]: TOKEN });
      expect(error.variable).toBe(variable);
      expect(error.message).not.toContain(TOKEN);
      expect(error.message).not.toContain("AAH-very-secret");
    }
  });

  it("a password in a malformed PostgreSQL URL is not echoed", () => {
    const error = configError({ DATABASE_URL: "postgresql://admin:S3cretPassw0rd@" });
    expect(error.variable).toBe("DATABASE_URL");
    expect(error.message).not.toContain("S3cretPassw0rd");
  });
});

describe(".env", () => {
  const dirs: Array<{ remove(): void }> = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  it("is read when present, and the real environment wins over it", () => {
    const tmp = tempDir("nhacviec-env-");
    dirs.push(tmp);
    writeFileSync(path.join(tmp.dir, ".env"), "LOG_LEVEL=debug\nDEFAULT_LOCALE=en\nNOW=2023-12-31T08:00:00+07:00\n");
    const env = readEnvironment({ LOG_LEVEL: "warn" }, tmp.dir);
    const config = loadConfig(env);
    expect(config.logLevel).toBe("warn");
    expect(config.defaultLocale).toBe("en");
    expect(config.now?.toISOString()).toBe("2023-12-31T01:00:00.000Z");
  });

  it("a wrong value in .env is reported like one in the environment", () => {
    const tmp = tempDir("nhacviec-env-");
    dirs.push(tmp);
    writeFileSync(path.join(tmp.dir, ".env"), "DATABASE_URL=mysql://x\n");
    expect(configError(readEnvironment({}, tmp.dir)).variable).toBe("DATABASE_URL");
  });

  it("is optional", () => {
    const tmp = tempDir("nhacviec-env-");
    dirs.push(tmp);
    expect(readEnvironment({ A: "1" }, tmp.dir)).toEqual({ A: "1" });
  });
});
