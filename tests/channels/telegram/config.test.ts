import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config.js";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("Telegram configuration", () => {
  it("long polling on Telegram's API by default; no public answers", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: "123:abc" });
    expect(config.channels).toContain("telegram");
    expect(config.telegram).toEqual({ apiRoot: "https://api.telegram.org", botUsername: undefined, webhook: undefined });
    expect(config.publicAnswers).toBe(false);
  });

  it("webhook mode with a URL and a secret; another API root; the bot's username", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: "123:abc",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.gov.vn/telegram/hook",
      TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef-XYZ_",
      HTTP_PORT: "8443",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      TELEGRAM_BOT_USERNAME: "@nhacviec_bot",
      PUBLIC_ANSWERS: "1",
    });
    expect(config.http).toEqual({ host: "0.0.0.0", port: 8443 });
    expect(config.telegram).toEqual({
      apiRoot: "http://127.0.0.1:8081",
      botUsername: "nhacviec_bot",
      webhook: { url: "https://bot.example.gov.vn/telegram/hook", path: "/telegram/hook" },
    });
    expect(config.secrets.telegramWebhookSecret).toBe("0123456789abcdef-XYZ_");
    expect(config.publicAnswers).toBe(true);
  });

  it("refuses a webhook without a secret, a weak or malformed secret, an http URL off this machine; never echoes a secret", () => {
    expect(configError({ TELEGRAM_WEBHOOK_URL: "https://bot.example.gov.vn/hook" }).variable).toBe("TELEGRAM_WEBHOOK_SECRET");
    const weak = configError({ TELEGRAM_WEBHOOK_URL: "https://bot.example.gov.vn/hook", TELEGRAM_WEBHOOK_SECRET: "short" });
    expect(weak.variable).toBe("TELEGRAM_WEBHOOK_SECRET");
    expect(weak.message).not.toContain("short");
    const bad = configError({ TELEGRAM_WEBHOOK_SECRET: "has spaces in it, sixteen+" });
    expect(bad.message).not.toContain("spaces");
    expect(bad.message.split("\n")).toHaveLength(1);
    expect(configError({ TELEGRAM_WEBHOOK_URL: "http://bot.example.gov.vn/hook", TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef" }).variable).toBe("TELEGRAM_WEBHOOK_URL");
    expect(configError({ TELEGRAM_API_ROOT: "ftp://x" }).variable).toBe("TELEGRAM_API_ROOT");
    expect(configError({ TELEGRAM_BOT_USERNAME: "a b" }).variable).toBe("TELEGRAM_BOT_USERNAME");
    expect(configError({ PUBLIC_ANSWERS: "maybe" }).variable).toBe("PUBLIC_ANSWERS");
  });
});
