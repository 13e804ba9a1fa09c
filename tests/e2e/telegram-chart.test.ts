import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegram } from "../../src/channels/telegram/start.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/infra/logger.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { tempDir } from "../support/databases.js";
import { startFakeBotApi, type FakeBotApi, type RecordedCall, type UploadedFile } from "../support/fake-bot-api.js";

/**
 * Charts on Telegram (issue #12, item 4), the bot against a local fake Bot API server over HTTP (long polling):
 * a chart asked in words comes back as one photo — a real PNG uploaded as multipart — whose caption states every
 * figure drawn; the briefing's chart buttons send their words and get photos too. Demo data as of 25/7/2023.
 */
const TOKEN = "7301:CHART-TEST";
let fake: FakeBotApi;
let runtime: Runtime;
let channel: Awaited<ReturnType<typeof startTelegram>>;
let tmp: ReturnType<typeof tempDir>;
let messageId = 100;
const USER = { id: 7301, is_bot: false, first_name: "Thanh" };

beforeAll(async () => {
  tmp = tempDir("nhacviec-telegram-chart-");
  fake = await startFakeBotApi(TOKEN);
  const config = loadConfig({
    DATABASE_URL: `file:${path.join(tmp.dir, "chart.db")}`,
    NOW: "2023-07-25T08:00:00+07:00",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    PUBLIC_ANSWERS: "1",
  });
  runtime = await startRuntime(config, createLogger("silent"));
  channel = await startTelegram(runtime, createLogger("silent"));
}, 120_000);
afterAll(async () => {
  await channel?.stop();
  await runtime?.close();
  await fake?.close();
  tmp?.remove();
});

async function ask(text: string, method: string, match: (call: RecordedCall) => boolean = () => true): Promise<RecordedCall> {
  const mark = fake.calls.length;
  fake.push({ message: { message_id: ++messageId, date: 1690246800, chat: { id: USER.id, type: "private", first_name: USER.first_name }, from: USER, text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}) } });
  return fake.waitFor((c) => c.method === method && String(c.payload.chat_id) === String(USER.id) && match(c), 60_000, mark);
}

/** The picture uploaded: a PNG of a chart's size (960 wide), neither empty nor absurd. */
function expectChartPng(call: RecordedCall): void {
  const photo = call.payload.photo as UploadedFile;
  expect(photo.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(photo.bytes.readUInt32BE(16)).toBe(960);
  expect(photo.bytes.readUInt32BE(20)).toBeGreaterThan(200);
  expect(photo.bytes.length).toBeGreaterThan(10_000);
  expect(photo.bytes.length).toBeLessThan(1_000_000);
  expect(photo.name).toMatch(/\.png$/);
}

describe("charts on Telegram", () => {
  it("a chart asked in words is one photo, the figures in its caption", async () => {
    const mark = fake.calls.length;
    const photo = await ask("vẽ biểu đồ tỷ lệ trực tuyến theo cấp", "sendPhoto");
    expectChartPng(photo);
    const caption = String(photo.payload.caption);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption).toContain("Tỷ lệ hồ sơ trực tuyến theo cấp\n• Toàn tỉnh: 64% (số liệu 1/1–27/6/2023)");
    expect(caption).toContain("• Cấp huyện: 18,05% (số liệu 1/1–27/6/2023)");
    expect(caption).not.toContain("chưa gửi được");
    // The caption is the answer: no text message repeats it, and nothing was saved as a file.
    expect(fake.calls.slice(mark).filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(USER.id))).toHaveLength(0);
    expect(caption).not.toContain("Đã lưu");
  }, 90_000);

  it("the briefing's chart buttons each bring a photo", async () => {
    // The briefing is the leaders': the asker opens a leader's invite first.
    const invite = await runtime.onboarding.createInvite({ by: "operator", unit: "UBND tỉnh Quảng Nam", role: "leader", days: 7 });
    if (!invite.ok) throw new Error(invite.reason);
    expect(String((await ask(`/start ${invite.code}`, "sendMessage")).payload.text)).toContain("Đã ghi nhận Thanh là lãnh đạo");
    const briefing = await ask("/baocao", "sendMessage", (c) => c.payload.reply_markup !== undefined);
    const keyboard = (briefing.payload.reply_markup as { keyboard: Array<Array<{ text: string }>> }).keyboard.flat().map((b) => b.text);
    expect(keyboard).toEqual(["biểu đồ tiến độ các đơn vị", "biểu đồ tỷ lệ trực tuyến theo cấp", "biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu"]);
    const progress = await ask(keyboard[0]!, "sendPhoto");
    expectChartPng(progress);
    expect(String(progress.payload.caption)).toContain("• Sở Nội vụ: hoàn thành 8/15");
    const activations = await ask(keyboard[2]!, "sendPhoto");
    expectChartPng(activations);
    expect(String(activations.payload.caption)).toMatch(/Tài khoản định danh điện tử đã kích hoạt so với chỉ tiêu\n• Đến \d+\/\d+\/2023: [\d.]+/);
  }, 120_000);
});
