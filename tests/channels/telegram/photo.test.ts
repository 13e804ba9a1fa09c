import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../../src/app/handle-message.js";
import type { OutboundMessage } from "../../../src/app/messages.js";
import { createTelegramBot } from "../../../src/channels/telegram/bot.js";
import { BOT_INFO, fakeApi, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/**
 * A picture in an answer (a chart's PNG) goes out as one photo with the text as its caption (the figures for those
 * who cannot see it; past Telegram's 1.024 characters the rest follows as a message); other files as documents,
 * after their text.
 */
let h: TelegramHarness;
beforeAll(async () => {
  h = await telegramHarness();
});
afterAll(() => h.cleanup());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function answering(outbound: (chatId: string) => OutboundMessage[]): App {
  return {
    ...h.runtime.app,
    handleMessage: async (m) => ({ understood: { understanding: { intent: "greeting" }, locale: "vi" }, replies: [], outbound: outbound(m.chatId) }),
  };
}

async function ask(app: App) {
  const api = fakeApi();
  const bot = createTelegramBot({ token: "1:PHOTO", botInfo: BOT_INFO, transport: api.transport, limits: null }, { ...h.deps, app });
  await bot.bot.handleUpdate({ update_id: 1, ...privateText({ id: 3001, first_name: "Lan" }, "biểu đồ tỷ lệ trực tuyến") } as never);
  return api.calls.filter((c) => c.method.startsWith("send"));
}

describe("files in answers", () => {
  it("an image is one sendPhoto captioned with its text; a spreadsheet a sendDocument after its text", async () => {
    const sent = await ask(answering((chatId) => [
      { channel: "telegram", chatId, text: "Tỷ lệ hồ sơ trực tuyến theo cấp\n• Cấp huyện: 18,05%", file: { name: "ty-le.png", mime: "image/png", bytes: PNG } },
      { channel: "telegram", chatId, text: "Báo cáo tiến độ", file: { name: "bao-cao.xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: new Uint8Array([1, 2, 3]) } },
    ]));
    expect(sent.map((c) => c.method)).toEqual(["sendPhoto", "sendMessage", "sendDocument"]);
    expect(sent[0]!.payload.caption).toBe("Tỷ lệ hồ sơ trực tuyến theo cấp\n• Cấp huyện: 18,05%");
    expect(sent[0]!.payload.parse_mode).toBeUndefined();
  });

  it("a text longer than a caption: the photo carries the first lines (at most 1.024 characters), the rest follows", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `• Đơn vị số ${i + 1}: hoàn thành ${i}/40; quá hạn ${40 - i}.`);
    const text = ["Tiến độ theo đơn vị chủ trì", ...lines].join("\n");
    expect(text.length).toBeGreaterThan(1024);
    const sent = await ask(answering((chatId) => [{ channel: "telegram", chatId, text, file: { name: "tien-do.png", mime: "image/png", bytes: PNG } }]));
    expect(sent.map((c) => c.method)).toEqual(["sendPhoto", "sendMessage"]);
    const caption = String(sent[0]!.payload.caption);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption.startsWith("Tiến độ theo đơn vị chủ trì\n• Đơn vị số 1: hoàn thành 0/40")).toBe(true);
    // Nothing lost between the two: every line is in the caption or in the message after it.
    const rest = String(sent[1]!.payload.text);
    for (const line of lines) expect(caption.includes(line) || rest.includes(line)).toBe(true);
    expect(rest).toContain("• Đơn vị số 40: hoàn thành 39/40; quá hạn 1.");
  });

  it("a photo the platform refuses (400) still delivers the figures as text", async () => {
    const api = fakeApi();
    const app = answering((chatId) => [{ channel: "telegram", chatId, text: "• Toàn tỉnh: 64%", file: { name: "x.png", mime: "image/png", bytes: PNG } }]);
    const bot = createTelegramBot({ token: "1:PHOTO", botInfo: BOT_INFO, transport: api.transport, limits: null }, { ...h.deps, app });
    api.failWith("3001", [{ error_code: 400, description: "Bad Request: IMAGE_PROCESS_FAILED" }]);
    await bot.bot.handleUpdate({ update_id: 2, ...privateText({ id: 3001, first_name: "Lan" }, "biểu đồ") } as never);
    expect(api.calls.filter((c) => c.method.startsWith("send")).map((c) => c.method)).toEqual(["sendPhoto", "sendMessage"]);
  });
});
