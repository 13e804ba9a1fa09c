import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram } from "../../../src/channels/telegram/start.js";
import { createWebServer } from "../../../src/web/server.js";
import { ConfigError, loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/infra/logger.js";
import { startRuntime, type Runtime } from "../../../src/composition/runtime.js";
import { tempDir } from "../../support/databases.js";
import { startFakeBotApi, type FakeBotApi } from "../../support/fake-bot-api.js";

/** startTelegram in webhook mode, against a local fake Bot API server: set-up calls, the secret, an update answered. */
const TOKEN = "4242:WEBHOOK-TEST";
const SECRET = "webhook-secret_0123456789";
let fake: FakeBotApi;
let runtime: Runtime;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  tmp = tempDir();
  fake = await startFakeBotApi(TOKEN);
  const config = loadConfig({
    DATABASE_URL: `file:${path.join(tmp.dir, "webhook.db")}`,
    NOW: "2023-07-25T08:00:00+07:00",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.gov.vn/telegram/hook",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    HTTP_HOST: "127.0.0.1",
    HTTP_PORT: "0",
    PUBLIC_ANSWERS: "1",
  });
  runtime = await startRuntime(config, createLogger("silent"));
});
afterAll(async () => {
  await runtime.close();
  await fake.close();
  tmp.remove();
});

describe("webhook mode", () => {
  it("registers the webhook with its secret, answers updates posted with it, refuses others, and stops cleanly", async () => {
    const web = createWebServer({ ...runtime.config.http, logger: createLogger("silent") });
    const channel = await startTelegram(runtime, createLogger("silent"), { web });
    const address = await web.listen();
    const setWebhook = fake.calls.find((c) => c.method === "setWebhook")!;
    expect(setWebhook.payload).toMatchObject({ url: "https://bot.example.gov.vn/telegram/hook", secret_token: SECRET });
    expect(fake.calls.some((c) => c.method === "setMyCommands")).toBe(true);
    expect(fake.calls.some((c) => c.method === "getUpdates")).toBe(false);

    const url = `http://127.0.0.1:${address.port}/telegram/hook`;
    const update = { update_id: 1, message: { message_id: 1, date: 1690246800, chat: { id: 321, type: "private", first_name: "A" }, from: { id: 321, is_bot: false, first_name: "A" }, text: "tiến độ kế hoạch CCHC" } };
    const post = (headers: Record<string, string>) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": "nope" })).status).toBe(401);
    expect(fake.sentTo(321)).toHaveLength(0);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(200);
    const answer = await fake.waitFor((c) => c.method === "sendMessage" && String(c.payload.chat_id) === "321", 10_000);
    expect(String(answer.payload.text)).toContain("14/43");
    await web.close();
    await channel.stop();
    await expect(fetch(url, { method: "POST" })).rejects.toThrow();
  });

  it("stops start-up with one line naming the variable when the token is refused or the server cannot be reached", async () => {
    const wrongToken = { ...runtime, config: { ...runtime.config, secrets: { ...runtime.config.secrets, telegramBotToken: "999:WRONG-TOKEN" } } };
    const refused = await startTelegram(wrongToken, createLogger("silent")).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as ConfigError).variable).toBe("TELEGRAM_BOT_TOKEN");
    expect((refused as ConfigError).message).not.toContain("WRONG-TOKEN");
    const unreachable = { ...runtime, config: { ...runtime.config, telegram: { ...runtime.config.telegram, apiRoot: "http://127.0.0.1:9" } } };
    const down = await startTelegram(unreachable, createLogger("silent")).catch((error: Error) => error);
    expect((down as ConfigError).variable).toBe("TELEGRAM_API_ROOT");
  });
});

describe("polling mode, two instances on one token", () => {
  it("the second stops at start with one line (409 Conflict); the first keeps answering", async () => {
    const polling = { ...runtime, config: { ...runtime.config, telegram: { ...runtime.config.telegram, webhook: undefined } } };
    const first = await startTelegram(polling, createLogger("silent"));
    try {
      // Let the first one's long poll be waiting at the fake, as a running bot's is.
      await fake.waitFor((c) => c.method === "getUpdates" && c.payload.offset !== undefined, 10_000);
      const second = await startTelegram(polling, createLogger("silent")).catch((error: Error) => error);
      expect(second).toBeInstanceOf(ConfigError);
      expect((second as ConfigError).message).toContain("409");
      expect((second as ConfigError).message).not.toMatch(/\n|at /);

      fake.push({ update_id: 900, message: { message_id: 9, date: 1690246800, chat: { id: 654, type: "private", first_name: "B" }, from: { id: 654, is_bot: false, first_name: "B" }, text: "tiến độ kế hoạch CCHC" } });
      const answer = await fake.waitFor((c) => c.method === "sendMessage" && String(c.payload.chat_id) === "654", 15_000);
      expect(String(answer.payload.text)).toContain("14/43");

      // The long poll feeds the shared inbound receiver: an update that comes twice is handled once.
      const again = { update_id: 901, message: { message_id: 10, date: 1690246800, chat: { id: 655, type: "private", first_name: "C" }, from: { id: 655, is_bot: false, first_name: "C" }, text: "tiến độ kế hoạch CCHC" } };
      fake.push(again);
      fake.push(again);
      await fake.waitFor((c) => c.method === "sendMessage" && String(c.payload.chat_id) === "655", 15_000);
      await first.stop();
      expect(fake.sentTo(655)).toHaveLength(1);
    } finally {
      await first.stop();
    }
  }, 40_000);
});
