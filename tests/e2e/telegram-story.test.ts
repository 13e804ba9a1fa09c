import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/db/paths.js";
import { openDatabase } from "../../src/db/database.js";
import { tempDir } from "../support/databases.js";
import { FAKE_BOT, startFakeBotApi, type FakeBotApi, type RecordedCall } from "../support/fake-bot-api.js";
import { cleanEnv, cli } from "../support/processes.js";

/**
 * The whole story on a real bot process: `npm start` with TELEGRAM_API_ROOT pointing at a local fake Bot API
 * server (long polling), on its own SQLite file with the demo data.
 *
 *   07:59  an officer of Sở Nội vụ and the Chairman open their invites (made with `npm run invite`);
 *          the officer, admin of the department's group, links it with /lienket;
 *   08:00  the group receives the reminder of the overdue task CCHC23-22, with its buttons;
 *          the officer replies to it "xong, VB số 123/SNV": the task is closed and the reminder edited;
 *          the Chairman asks "tiến độ kế hoạch CCHC" and reads 15/43.
 *
 * NOW is fixed when the process starts. The reminder loop ticks at every real minute; NOW is chosen so that
 * the first minute tick after the onboarding happens at 08:00:08 on the bot's clock, which leaves the
 * onboarding 20 to 80 real seconds (it needs a few).
 */
const TOKEN = "880001:E2E-TEST-TOKEN";
const OFFICER = { id: 51001, is_bot: false, first_name: "Phan Thị Mỹ", last_name: "Linh" };
const LEADER = { id: 51002, is_bot: false, first_name: "Lê Trí", last_name: "Thanh" };
const GROUP = { id: -1005100, type: "supergroup", title: "Sở Nội vụ — CCHC" };
const EIGHT = Date.parse("2023-07-25T08:00:00+07:00");

let fake: FakeBotApi;
let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
let bot: ChildProcess | undefined;
let stderr = "";
let messageId = 900;

beforeAll(async () => {
  tmp = tempDir("nhacviec-telegram-e2e-");
  fake = await startFakeBotApi(TOKEN);
  env = {
    DATABASE_URL: `file:${path.join(tmp.dir, "story.db")}`,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    LOG_LEVEL: "info",
  };
});

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill("SIGKILL");
  await fake.close();
  tmp.remove();
});

function privateMessage(from: typeof OFFICER, text: string) {
  return {
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
}

function groupMessage(from: typeof OFFICER, text: string, replyTo?: RecordedCall) {
  const reply = replyTo?.result as { message_id: number; text: string } | undefined;
  return {
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: GROUP,
      from,
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
      ...(reply ? { reply_to_message: { message_id: reply.message_id, date: Math.floor(Date.now() / 1000), chat: GROUP, from: FAKE_BOT, text: reply.text } } : {}),
    },
  };
}

const sentTo = (chat: number, contains: string) => (c: RecordedCall) =>
  c.method === "sendMessage" && String(c.payload.chat_id) === String(chat) && String(c.payload.text).includes(contains);

async function invite(unit: string, role: string): Promise<{ code: string; link: string }> {
  const result = await cli(["invite", "--unit", unit, "--role", role, "--json"], { env: { ...env, NOW: "2023-07-25T07:30:00+07:00" }, timeoutMs: 60_000 });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { code: string; link: string };
}

describe("the Telegram story, on a real bot process and a fake Bot API server", () => {
  it("onboards, reminds the group at 08:00, closes the task from a reply, and reports 15/43", async () => {
    // The operator makes the invites from the command line; the links use the bot's name from getMe.
    const officerInvite = await invite("Sở Nội vụ", "unit_officer");
    const groupInvite = await invite("SNV", "unit_officer");
    const leaderInvite = await invite("UBND tỉnh Quảng Nam", "leader");
    expect(officerInvite.link).toBe(`https://t.me/${FAKE_BOT.username}?start=${officerInvite.code}`);

    // NOW such that the first cron minute at least 20 s away is 08:00:08 on the bot's clock.
    const t0 = Date.now();
    const boundary = Math.ceil((t0 + 20_000) / 60_000) * 60_000;
    const now = new Date(EIGHT + 8_000 - (boundary - t0)).toISOString();
    bot = spawn(process.execPath, [path.join(REPO_ROOT, "src/run.mjs"), "main"], { cwd: REPO_ROOT, env: cleanEnv({ ...env, NOW: now }), stdio: ["ignore", "ignore", "pipe"] });
    bot.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

    await fake.waitFor((c) => c.method === "getUpdates", 30_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${stderr}`);
    });
    expect(fake.calls.some((c) => c.method === "setMyCommands")).toBe(true);

    // 07:59: the officer opens the link, links the group as its admin, the Chairman opens his link.
    fake.push(privateMessage(OFFICER, `/start ${officerInvite.code}`));
    await fake.waitFor(sentTo(OFFICER.id, "là cán bộ của Sở Nội vụ"), 15_000);
    fake.admins.add(OFFICER.id);
    fake.push(groupMessage(OFFICER, `/lienket ${groupInvite.code}`));
    await fake.waitFor(sentTo(GROUP.id, "Nhóm này đã được liên kết với Sở Nội vụ"), 15_000);
    fake.push(privateMessage(LEADER, `/start ${leaderInvite.code}`));
    await fake.waitFor(sentTo(LEADER.id, "là lãnh đạo của Ủy ban nhân dân tỉnh Quảng Nam"), 15_000);
    expect(Date.now()).toBeLessThan(boundary);

    // 08:00: the reminder reaches the group, as HTML with its buttons.
    const reminder = await fake.waitFor(sentTo(GROUP.id, "CCHC23-22"), boundary - Date.now() + 30_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${stderr}`);
    });
    expect(String(reminder.payload.text)).toContain("<b>Nhắc việc gửi Sở Nội vụ, ngày 25/7/2023</b>");
    expect(reminder.payload.parse_mode).toBe("HTML");
    const buttons = (reminder.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toContain("✅ Đã hoàn thành");
    expect(buttons.every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);

    // The officer replies to the reminder in the group.
    const mark = fake.calls.length;
    fake.push(groupMessage(OFFICER, "xong, VB số 123/SNV", reminder));
    const done = await fake.waitFor(sentTo(GROUP.id, "CCHC23-22 đã được ghi nhận hoàn thành"), 15_000, mark);
    expect(String(done.payload.text)).toContain("VB số 123/SNV");
    const edit = await fake.waitFor((c) => c.method === "editMessageText" && c.payload.message_id === (reminder.result as { message_id: number }).message_id, 15_000, mark);
    expect(String(edit.payload.text)).toContain("✅ CCHC23-22: Phan Thị Mỹ Linh báo hoàn thành lúc 08:0");

    // The Chairman asks for the plan's progress.
    fake.push(privateMessage(LEADER, "tiến độ kế hoạch CCHC"));
    const progress = await fake.waitFor(sentTo(LEADER.id, "hoàn thành 15/43"), 15_000, mark);
    expect(String(progress.payload.text)).toContain("Kế hoạch cải cách hành chính năm 2023, tính đến 25/7/2023: hoàn thành 15/43 nhiệm vụ");

    // Graceful shutdown on SIGTERM.
    const exited = new Promise<number | null>((resolve) => bot!.once("exit", (code) => resolve(code)));
    bot.kill("SIGTERM");
    expect(await exited).toBe(0);

    const database = await openDatabase({ provider: "sqlite", file: path.join(tmp.dir, "story.db") });
    try {
      const task = await database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-22" } });
      expect(task).toMatchObject({ status: "done", evidence: "VB số 123/SNV" });
      expect(await database.db.chatBinding.findFirst({ where: { channel: "telegram", chatId: String(GROUP.id) } })).toMatchObject({ isGroup: true, active: true });
    } finally {
      await database.close();
    }
  }, 180_000);
});
