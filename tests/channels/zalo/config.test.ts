import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config.js";

/** The ZALO_* variables (the rest of the configuration is tested in tests/config.test.ts). */
const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error("expected a ConfigError");
};

describe("Zalo configuration", () => {
  it("the experimental personal channel is opt-in and needs its key", () => {
    expect(loadConfig({}).zaloPersonal.enabled).toBe(false);
    expect(failure({ ZALO_PERSONAL: "1" })).toMatch(/ZALO_PERSONAL_KEY/);
    expect(failure({ ZALO_PERSONAL: "1", ZALO_PERSONAL_KEY: "too-short" })).not.toContain("too-short");
    const config = loadConfig({ ZALO_PERSONAL: "1", ZALO_PERSONAL_KEY: "x".repeat(32), ZALO_PERSONAL_CREDENTIALS: "/tmp/a.cred" });
    expect(config.channels).toEqual(["zalo-personal"]);
    expect(config.zaloPersonal).toMatchObject({ enabled: true, credentialsFile: "/tmp/a.cred" });
    expect(config.zaloPersonal.qrFile).toMatch(/data\/zalo-login-qr\.png$/);
  });

  it("defaults: the official host, long polling, 3.000 messages a month", () => {
    const config = loadConfig({ ZALO_BOT_TOKEN: "123:abc" });
    expect(config.channels).toEqual(["zalo"]);
    expect(config.zalo).toEqual({ apiRoot: "https://bot-api.zaloplatforms.com", webhook: undefined, monthlyQuota: 3000, pollTimeoutSeconds: 30 });
    expect(loadConfig({ ZALO_BOT_TOKEN: "1", TELEGRAM_BOT_TOKEN: "2" }).channels).toEqual(["telegram", "zalo"]);
  });

  it("webhook mode from ZALO_WEBHOOK_URL with its secret; the path comes from the URL", () => {
    const config = loadConfig({
      ZALO_BOT_TOKEN: "123:abc",
      ZALO_API_ROOT: "https://bot-api.zapps.me/",
      ZALO_WEBHOOK_URL: "https://bot.example.gov.vn/zalo/hook",
      ZALO_WEBHOOK_SECRET: "a-long_secret-123",
      HTTP_PORT: "8443",
      ZALO_MONTHLY_QUOTA: "10000",
    });
    expect(config.zalo).toEqual({
      apiRoot: "https://bot-api.zapps.me",
      webhook: { url: "https://bot.example.gov.vn/zalo/hook", path: "/zalo/hook" },
      monthlyQuota: 10000,
      pollTimeoutSeconds: 30,
    });
    expect(config.secrets.zaloWebhookSecret).toBe("a-long_secret-123");
  });

  it("one line naming the variable, never the value", () => {
    expect(failure({ ZALO_WEBHOOK_URL: "https://bot.example.org/hook" })).toMatch(/ZALO_WEBHOOK_SECRET/);
    const short = failure({ ZALO_WEBHOOK_URL: "https://bot.example.org/hook", ZALO_WEBHOOK_SECRET: "short" });
    expect(short).toMatch(/ZALO_WEBHOOK_SECRET/);
    expect(short).not.toContain("short:");
    const secret = "has spaces and is secret";
    expect(failure({ ZALO_WEBHOOK_URL: "https://b.example/h", ZALO_WEBHOOK_SECRET: secret })).not.toContain(secret);
    expect(failure({ ZALO_WEBHOOK_URL: "http://bot.example.org/hook", ZALO_WEBHOOK_SECRET: "a-long_secret-123" })).toMatch(/ZALO_WEBHOOK_URL/);
    expect(loadConfig({ ZALO_WEBHOOK_URL: "http://127.0.0.1:8081/hook", ZALO_WEBHOOK_SECRET: "a-long_secret-123" }).zalo.webhook?.path).toBe("/hook");
    expect(failure({ ZALO_API_ROOT: "ftp://x" })).toMatch(/ZALO_API_ROOT/);
    expect(failure({ ZALO_MONTHLY_QUOTA: "0" })).toMatch(/ZALO_MONTHLY_QUOTA/);
    expect(failure({ HTTP_PORT: "99999" })).toMatch(/HTTP_PORT/);
    // Both webhooks are routes of one web server: they cannot share a path.
    expect(
      failure({ TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "https://tg.example.gov.vn/hook", TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef-XYZ_", ZALO_WEBHOOK_URL: "https://zl.example.gov.vn/hook", ZALO_WEBHOOK_SECRET: "zalo-secret-0123456789" }),
    ).toMatch(/ZALO_WEBHOOK_URL.*path other than TELEGRAM_WEBHOOK_URL/);
    for (const message of [failure({ ZALO_MONTHLY_QUOTA: "x" }), failure({ ZALO_POLL_TIMEOUT: "600" })]) expect(message).not.toMatch(/\n/);
  });
});
