import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/handle-message.js";
import { createTelegramBot } from "../../../src/channels/telegram/bot.js";
import { BOT_INFO, fakeApi, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/** A picture in an answer (a chart's PNG) goes out as a photo, other files as documents, after the text. */
let h: TelegramHarness;
beforeAll(async () => {
  h = await telegramHarness();
});
afterAll(() => h.cleanup());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("files in answers", () => {
  it("an image is sent with sendPhoto, a spreadsheet with sendDocument, each after its text", async () => {
    const app: App = {
      ...h.runtime.app,
      handleMessage: async (m) => ({
        understood: { understanding: { intent: "greeting" }, locale: "vi" },
        replies: [],
        outbound: [
          { channel: "telegram", chatId: m.chatId, text: "Tỷ lệ hồ sơ trực tuyến theo cấp", file: { name: "ty-le.png", mime: "image/png", bytes: PNG } },
          { channel: "telegram", chatId: m.chatId, text: "Báo cáo tiến độ", file: { name: "bao-cao.xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: new Uint8Array([1, 2, 3]) } },
        ],
      }),
    };
    const api = fakeApi();
    const bot = createTelegramBot({ token: "1:PHOTO", botInfo: BOT_INFO, transport: api.transport, limits: null }, { ...h.deps, app });
    await bot.bot.handleUpdate({ update_id: 1, ...privateText({ id: 3001, first_name: "Lan" }, "biểu đồ tỷ lệ trực tuyến") } as never);
    expect(api.calls.map((c) => c.method).filter((m) => m.startsWith("send"))).toEqual(["sendMessage", "sendPhoto", "sendMessage", "sendDocument"]);
  });
});
