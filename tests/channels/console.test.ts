import path from "node:path";
import { PassThrough } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConsoleChat } from "../../src/channels/console.js";
import { createConsoleInbox } from "../../src/channels/console-sender.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { loadConfig } from "../../src/config.js";
import { tempDir } from "../support/databases.js";
import { createFileLogger } from "../../src/infra/logger.js";
import { readFileSync } from "node:fs";

/** The console chat as someone trying the bot meets it: the first screen, /who, /as, and reminders kept for /nhacviec. */
let tmp: { dir: string; remove(): void };
let runtime: Runtime;

beforeAll(async () => {
  tmp = tempDir("nhacviec-console-");
  runtime = await startRuntime(loadConfig({ DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}` }), pino({ level: "silent" }));
}, 60_000);
afterAll(async () => {
  await runtime?.close();
  tmp?.remove();
});

async function session(lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const inbox = createConsoleInbox(20);
  const chatting = runConsoleChat(runtime, input, output, { inbox, logFile: "data/nhacviec.log" });
  await new Promise((r) => setTimeout(r, 50));
  for (const line of lines) {
    input.write(`${line}\n`);
    await new Promise((r) => setTimeout(r, 100));
  }
  input.end();
  await chatting;
  return { printed, inbox };
}

describe("the console chat", () => {
  it("opens with the banner, the commands, who one can act as and where the log goes; /as and 'đơn vị mình' follow the persona", async () => {
    const { printed } = await session(["/as Núi Thành", "đơn vị mình còn việc gì"]);
    const firstScreen = printed.split("> ")[0]!;
    expect(firstScreen).toContain("Dữ liệu minh họa: Quảng Nam 2023");
    expect(firstScreen).toContain("/nhacviec");
    expect(firstScreen).toContain("Có thể đóng vai");
    expect(firstScreen).toContain("Lê Trí Thanh (Chủ tịch UBND tỉnh) — Ủy ban nhân dân tỉnh Quảng Nam");
    expect(firstScreen).toContain("Nhật ký của bot ghi vào data/nhacviec.log.");
    expect(printed).toMatch(/Đang là: [^\n]*Núi Thành/);
    expect(printed).toContain("CCHC23-17");
  });

  it("/as takes a title as the banner's example says ('/as Chủ tịch': the province's), or a title's words with a place", async () => {
    const { printed } = await session(["/as Núi Thành", "/as Chủ tịch", "/as chu tich nui thanh", "/as giam doc cong an", "/as Sở Nội vụ"]);
    const actingAs = [...printed.matchAll(/Đang là: ([^\n]*)/g)].map((m) => m[1]).slice(1);
    expect(actingAs).toEqual([
      "Trịnh Văn Hùng (Chủ tịch UBND huyện Núi Thành)",
      "Lê Trí Thanh (Chủ tịch UBND tỉnh)",
      "Trịnh Văn Hùng (Chủ tịch UBND huyện Núi Thành)",
      "Võ Đình Hưng (Giám đốc Công an tỉnh)",
      "Trần Thị Kim Hoa (Giám đốc Sở Nội vụ)",
    ]);
    expect(printed).not.toContain("Không tìm thấy");
  });

  it("a reminder run is one line; /nhacviec shows the reminders, then that there is nothing new", async () => {
    const { printed } = await session(["/nhacviec"]);
    expect(printed).toContain("Chưa có lời nhắc việc mới nào được gửi.");

    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (chunk: Buffer) => (shown += chunk.toString("utf8")));
    const inbox = createConsoleInbox(20);
    const chatting = runConsoleChat(runtime, input, output, { inbox });
    await inbox.sender.send({ chatId: "snv-chuyen-vien", text: "Nhắc việc gửi Sở Nội vụ\n1. CCHC23-22" });
    await inbox.sender.send({ chatId: "giam-doc-snv", text: "Nhắc việc gửi Sở Nội vụ\n1. CCHC23-22" });
    await new Promise((r) => setTimeout(r, 80));
    expect(shown).toContain("Bot vừa gửi 2 lời nhắc việc tới 2 người và nhóm. Gõ /nhacviec để xem.");
    expect(shown).not.toContain("CCHC23-22");
    input.write("/nhacviec\n");
    await new Promise((r) => setTimeout(r, 80));
    input.write("/nhacviec\n");
    await new Promise((r) => setTimeout(r, 80));
    input.end();
    await chatting;
    expect(shown).toContain("→ [console:snv-chuyen-vien]");
    expect(shown).toContain("  1. CCHC23-22");
    expect(shown.split("Chưa có lời nhắc việc mới nào được gửi.")).toHaveLength(2);
  });

  it("logs go to the file LOG_FILE names, not to the terminal", () => {
    const file = path.join(tmp.dir, "logs", "bot.log");
    createFileLogger("info", file).info({ chat: "x" }, "a line for the log file");
    expect(readFileSync(file, "utf8")).toContain('"msg":"a line for the log file"');
  });
});
