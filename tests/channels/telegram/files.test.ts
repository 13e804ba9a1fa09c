/**
 * Files on Telegram (issue #11), through grammY's offline recipe over the real runtime (SQLite, demo data): a
 * plan sent as a document is downloaded, previewed and imported on "xác nhận"; /xuatbaocao answers with the
 * report as a document; a unit officer's file is refused without being downloaded.
 */
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/channels/telegram/bot.js";
import { telegramDeps } from "../../../src/channels/telegram/start.js";
import { startRuntime } from "../../../src/composition/runtime.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/infra/logger.js";
import { PLAN_2024, xlsx } from "../../plan-import/files.js";
import { tempDir } from "../../support/databases.js";
import { BOT_INFO, fakeApi, onboard, privateText, type TelegramHarness } from "../../support/telegram.js";

const secretariat = { id: 3101, first_name: "Phan Thị Mỹ Linh" };
const officer = { id: 3102, first_name: "Lê Thị Hồng Nhung" };
const leader = { id: 3103, first_name: "Lê Trí Thanh" };
let h: TelegramHarness;
const downloads: string[] = [];
let planFile: Uint8Array;
let next = 9000;

function documentMessage(from: { id: number; first_name: string }, name: string): Omit<Update, "update_id"> {
  return {
    message: {
      message_id: ++next,
      date: 1690246800,
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from: { ...from, is_bot: false },
      document: { file_id: `file-${next}`, file_unique_id: `u${next}`, file_name: name, mime_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file_size: planFile.length },
    },
  } as unknown as Omit<Update, "update_id">;
}

beforeAll(async () => {
  planFile = await xlsx(PLAN_2024);
  const tmp = tempDir();
  const config = loadConfig({ DATABASE_URL: `file:${tmp.dir}/telegram.db`, NOW: "2023-07-25T08:00:00+07:00", LOG_LEVEL: "silent", PUBLIC_ANSWERS: "0" });
  const logger = createLogger("silent");
  const runtime = await startRuntime(config, logger);
  const api = fakeApi();
  // getFile answers with a path; the download is answered here, as the Bot API's file server would.
  const transport: typeof api.transport = (prev, method, payload, signal) =>
    method === "getFile" ? Promise.resolve({ ok: true, result: { file_id: (payload as { file_id: string }).file_id, file_unique_id: "u", file_path: `documents/${(payload as { file_id: string }).file_id}.xlsx` } } as never) : api.transport(prev, method, payload, signal);
  const deps = telegramDeps(runtime, logger);
  const telegram = createTelegramBot({ token: "123456:TEST", botInfo: BOT_INFO, transport, limits: null, download: async (path) => (downloads.push(path), planFile) }, deps);
  let updateId = 1;
  h = { runtime, telegram, api, deps, send: (update) => telegram.bot.handleUpdate({ update_id: updateId++, ...update } as Update), cleanup: async () => (await runtime.close(), tmp.remove()) };
  await onboard(h, secretariat, "Sở Nội vụ", "secretariat");
  await onboard(h, officer, "Sở Tư pháp", "unit_officer");
  await onboard(h, leader, "QNM", "leader");
});
afterAll(() => h?.cleanup());

describe("files on Telegram", () => {
  it("previews a plan sent as a document and imports it on the button's 'xác nhận'", async () => {
    const tasks = await h.runtime.database.db.task.count();
    let mark = h.api.calls.length;
    await h.send(documentMessage(secretariat, "ke-hoach-2024.xlsx"));
    expect(downloads).toEqual([`documents/file-${next}.xlsx`]);
    const preview = h.api.textsSince(mark, String(secretariat.id));
    expect(preview).toContain("Xem trước khi nhập (chưa ghi gì):");
    expect(preview).toContain("+ CCHC24-01");
    const last = h.api.sent(String(secretariat.id)).at(-1)!;
    expect((last.payload.reply_markup as { keyboard: Array<Array<{ text: string }>> }).keyboard.flat().map((b) => b.text)).toEqual(["xác nhận", "hủy"]);
    expect(await h.runtime.database.db.task.count()).toBe(tasks);
    mark = h.api.calls.length;
    await h.send(privateText(secretariat, "xác nhận"));
    expect(h.api.textsSince(mark, String(secretariat.id))).toContain("Đã nhập vào kế hoạch CCHC24: 5 nhiệm vụ mới");
    expect(await h.runtime.database.db.task.count()).toBe(tasks + 5);
  });

  it("refuses a unit officer's file without downloading it", async () => {
    const before = downloads.length;
    const mark = h.api.calls.length;
    await h.send(documentMessage(officer, "ke-hoach.xlsx"));
    expect(h.api.textsSince(mark, String(officer.id))).toContain("Xin lỗi, chỉ cơ quan thường trực và quản trị viên được nhập kế hoạch");
    expect(downloads.length).toBe(before);
  });

  it("answers /xuatbaocao with the report as a document, after its summary", async () => {
    const mark = h.api.calls.length;
    await h.send(privateText(leader, "/xuatbaocao"));
    const calls = h.api.calls.slice(mark).filter((c) => String(c.payload.chat_id) === String(leader.id));
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "sendDocument"]);
    expect(String(calls[0]!.payload.text)).toContain("Đã xuất báo cáo");
    const document = calls[1]!.payload.document as { filename?: string };
    expect(document.filename).toMatch(/^bao-cao-.*-2023-07-25\.docx$/u);
    const refused = h.api.calls.length;
    await h.send(privateText(officer, "/xuatbaocao"));
    expect(h.api.textsSince(refused, String(officer.id))).toContain("chỉ lãnh đạo và cơ quan thường trực được xuất báo cáo");
    expect(h.api.calls.slice(refused).some((c) => c.method === "sendDocument")).toBe(false);
  });
});
