import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

/** `npm run remind` as a user runs it, on a new embedded database with the demo data. */
vi.setConfig({ testTimeout: 60_000 });

let tmp: { dir: string; remove(): void };
let env: Record<string, string>;
beforeAll(() => {
  tmp = tempDir();
  env = { DATABASE_URL: `file:${path.join(tmp.dir, "bot.db")}` };
});
afterAll(() => tmp.remove());

const outboxRows = () => {
  const db = new Database(path.join(tmp.dir, "bot.db"), { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { reminders: n('SELECT COUNT(*) AS n FROM "Reminder"'), deliveries: n('SELECT COUNT(*) AS n FROM "Delivery"'), state: n('SELECT COUNT(*) AS n FROM "SchedulerState"') };
  } finally {
    db.close();
  }
};

describe("npm run remind", () => {
  it("--dry-run prints what would be sent, to whom and why, and writes nothing", async () => {
    const result = await cli(["remind", "--dry-run", "--at", "2023-07-25T08:00:00+07:00"], { env });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    const out = result.stdout;
    expect(out).toMatch(/^Chạy thử nhắc việc lúc 08:00 ngày 25\/7\/2023/);
    for (const code of ["CCHC23-15", "CCHC23-16", "CCHC23-17", "CCHC23-22", "CCHC23-32", "CCHC23-36"]) {
      expect(out).toContain(`   ${code}: quá hạn 17 ngày làm việc (hạn 30/6/2023)`);
    }
    expect(out).toContain("Gửi Sở Nội vụ, qua console:giam-doc-snv, console:snv-chuyen-vien, console:quan-tri — nhắc hạn");
    expect(out).toContain("Gửi lãnh đạo tỉnh, qua console:chu-tich — báo cáo tuần gửi lãnh đạo");
    expect(outboxRows()).toEqual({ reminders: 0, deliveries: 0, state: 0 });
  });

  it("--dry-run on the next day shows the before-deadline reminder due then", async () => {
    const result = await cli(["remind", "--dry-run", "--at", "2023-07-26T08:00:00+07:00"], { env });
    expect(result.stdout).toContain("CCHC23-40: 3 ngày làm việc trước hạn 31/7/2023");
  });

  it("without --dry-run sends through the console channel, once", async () => {
    const first = await cli(["remind", "--at", "2023-07-25T08:00:00+07:00"], { env });
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: "" });
    expect(first.stdout).toContain("→ [console:giam-doc-snv]\n  Nhắc việc gửi Sở Nội vụ, ngày 25/7/2023");
    expect(first.stdout).toMatch(/Lập 6 nhắc việc mới; soạn \d+ tin; đã gửi \d+ tin, chờ gửi lại 0, không gửi được 0\./);
    const again = await cli(["remind", "--at", "2023-07-25T08:10:00+07:00"], { env });
    expect(again.stdout).not.toContain("→ [console:");
    expect(again.stdout).toContain("Lập 0 nhắc việc mới; soạn 0 tin; đã gửi 0 tin");
  });

  it("at night it plans but sends nothing, and says when it will", async () => {
    const result = await cli(["remind", "--at", "2023-07-26T20:00:00+07:00"], { env });
    expect(result.stdout).toContain("Ngoài giờ gửi: chỉ lập nhắc việc, chưa gửi. Lần gửi tới: 07:30 27/7/2023.");
  });

  it("a malformed --at is one line naming the option", async () => {
    const result = await cli(["remind", "--dry-run", "--at", "25/7/2023"], { env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Cấu hình sai \/ invalid configuration: --at: /);
  });
});

describe("npm run remind with platform tokens", () => {
  it("sends through Telegram and Zalo as well as the console, and the summary counts them", async () => {
    const { startFakeBotApi } = await import("../support/fake-bot-api.js");
    const { startFakeZaloServer } = await import("../support/fake-zalo-server.js");
    const telegram = await startFakeBotApi("4242:REMIND-TEST");
    const zalo = await startFakeZaloServer();
    const own = tempDir();
    const file = path.join(own.dir, "bot.db");
    try {
      const envWith = { DATABASE_URL: `file:${file}` };
      // First start makes and seeds the database; then a Telegram group is bound to Sở Nội vụ and a Zalo chat to Sở Tài chính.
      expect((await cli(["migrate"], { env: envWith })).code).toBe(0);
      expect((await cli(["ask", "xin chào"], { env: envWith })).code).toBe(0);
      const db = new Database(file);
      const unitId = (code: string) => (db.prepare('SELECT id FROM "Unit" WHERE code = ?').get(code) as { id: number }).id;
      const bind = db.prepare('INSERT INTO "ChatBinding" (channel, chatId, unitId, isGroup, active, createdAt) VALUES (?, ?, ?, 1, 1, 0)');
      bind.run("telegram", "-7001", unitId("SNV"));
      bind.run("zalo", "zalo-7002", unitId("STC"));
      db.close();

      const result = await cli(["remind", "--at", "2023-07-25T08:00:00+07:00"], {
        env: { ...envWith, TELEGRAM_BOT_TOKEN: "4242:REMIND-TEST", TELEGRAM_API_ROOT: telegram.apiRoot, ZALO_BOT_TOKEN: zalo.token, ZALO_API_ROOT: zalo.apiRoot },
      });
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
      expect(String(telegram.sentTo(-7001)[0]?.payload.text ?? "")).toContain("CCHC23-22");
      expect(zalo.sent.filter((m) => m.chat_id === "zalo-7002").map((m) => m.text).join("\n")).toContain("CCHC23-32");
      const summary = /đã gửi (\d+) tin, chờ gửi lại (\d+), không gửi được (\d+)/.exec(result.stdout);
      expect(summary, result.stdout).not.toBeNull();
      expect(Number(summary![3])).toBe(0);
    } finally {
      await telegram.close();
      await zalo.close();
      own.remove();
    }
  });
});
