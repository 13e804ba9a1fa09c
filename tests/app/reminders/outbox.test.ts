import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runReminderTick } from "../../../src/app/reminders/tick.js";
import { freshSqlite, type TestDatabase } from "../../support/databases.js";
import { FakeChannel } from "../../support/fake-channel.js";
import { reminderDeps, TestClock, vn } from "../../support/reminders.js";

/** The reminder outbox end to end on a real SQLite file with the demo data, a frozen clock and a fake channel. */
/** Overdue tasks: the answers that fit them, with the message's own first number. */
const ANSWER_LINE = /^Trả lời tin này: đã xong thì gửi "xong 1 VB số 123\/UBND" .*; cần thêm thời gian thì "xin gia hạn 1 đến .* vì …"; gặp khó khăn thì "vướng 1 do …"\.$/;
const OVERDUE_CODES = ["CCHC23-15", "CCHC23-16", "CCHC23-17", "CCHC23-22", "CCHC23-32", "CCHC23-36"];

let t: TestDatabase;
beforeEach(async () => {
  t = await freshSqlite({ demo: true });
});
afterEach(async () => {
  await t.cleanup();
});

async function tick(clock: TestClock, channel: FakeChannel, overrides = {}) {
  return runReminderTick(reminderDeps(t.database, clock, [channel], overrides));
}

const setDeadline = (code: string, deadline: string) => t.database.db.task.update({ where: { code }, data: { deadline } });

describe("one tick", () => {
  it("the first tick alerts every overdue task once, numbered, with code, deadline and how to answer", async () => {
    const channel = new FakeChannel();
    const result = await tick(new TestClock(vn("2023-07-25 08:00")), channel);
    expect(result.planned.inserted).toBe(6);
    const snv = channel.to("giam-doc-snv");
    expect(snv).toHaveLength(1);
    expect(snv[0]).toContain("Nhắc việc gửi Sở Nội vụ, ngày 25/7/2023");
    expect(snv[0]).toMatch(/^1\. CCHC23-22 — .+ — hạn 30\/6\/2023 — quá hạn 17 ngày làm việc$/m);
    expect(snv[0]!.split("\n").at(-1)).toMatch(ANSWER_LINE);
    const alerted = channel.sent.filter((m) => m.text.startsWith("Nhắc việc gửi")).flatMap((m) => m.text.match(/CCHC23-\d+/g) ?? []);
    expect([...new Set(alerted)].sort()).toEqual(OVERDUE_CODES);
    // The items carry the short numbers a unit answers with ("xong 1").
    const delivery = await t.database.db.delivery.findFirstOrThrow({ where: { chatId: "giam-doc-snv", kind: "reminder" }, include: { items: true } });
    const task = await t.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-22" } });
    expect(delivery.items.map((i) => [i.number, i.taskId])).toEqual([[1, task.id]]);
    expect(delivery).toMatchObject({ status: "sent", externalMessageId: expect.any(String) });
  });

  it("the same tick twice sends once, and so does a restarted process on the same day", async () => {
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-25 08:00"));
    await tick(clock, channel);
    const first = channel.sent.length;
    expect(first).toBeGreaterThan(10);
    await tick(clock, channel);
    expect(channel.sent).toHaveLength(first);
    const restarted = new FakeChannel();
    clock.set(vn("2023-07-25 10:30"));
    await tick(clock, restarted);
    expect(restarted.sent).toEqual([]);
    expect(await t.database.db.reminder.count({ where: { status: "pending" } })).toBe(0);
  });

  it("bundles several due tasks of a unit into one message, overdue first", async () => {
    await setDeadline("CCHC23-06", "2023-07-26"); // Sở Nội vụ, 1 working day left
    await setDeadline("CCHC23-23", "2023-07-25"); // Sở Nội vụ, due today
    const channel = new FakeChannel();
    await tick(new TestClock(vn("2023-07-25 08:00")), channel);
    const [text] = channel.to("snv-chuyen-vien");
    expect(channel.to("snv-chuyen-vien")).toHaveLength(1);
    // The demo follows two plans (CCHC23 and the conclusions KL23): the plan of these tasks is named once, above them.
    expect(text).toMatch(/, ngày 25\/7\/2023\nTheo Kế hoạch cải cách hành chính năm 2023 \(CCHC23\):\nĐã quá hạn:\n1\. CCHC23-22 .+\nĐến hạn hôm nay:\n2\. CCHC23-23 .+ hạn chót hôm nay\nSắp đến hạn:\n3\. CCHC23-06 .+ còn 1 ngày làm việc\nTrả lời/);
  });

  it("sends the leaders' weekly digest once a week", async () => {
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-24 08:00"));
    await tick(clock, channel);
    clock.set(vn("2023-07-25 08:00"));
    await tick(clock, channel);
    const digests = channel.to("chu-tich").filter((text) => text.startsWith("Báo cáo tuần"));
    expect(digests).toHaveLength(1);
    expect(digests[0]).toContain("hoàn thành 14/43 nhiệm vụ, đạt 32,55%");
    expect(digests[0]).toContain("• Sở Nội vụ: 1 nhiệm vụ (CCHC23-22)");
    // The blocked task, with the reason the unit gave: leaders are the ones who can unblock it.
    expect(digests[0]).toContain("Đang vướng mắc (đơn vị đã báo): 1 nhiệm vụ — CCHC23-22 (Sở Nội vụ: Tạm dừng để chờ kế hoạch của Chính phủ");
    expect(digests[0]).toContain("447.246 (số liệu tính đến 18/7/2023)");
  });

  it("tells the head of the unit in their own chat after 5 working days overdue", async () => {
    await setDeadline("CCHC23-42", "2023-07-18"); // Công an tỉnh: 5 working days overdue on 25/7
    const channel = new FakeChannel();
    await tick(new TestClock(vn("2023-07-25 08:00")), channel);
    const toHead = channel.to("cat-giam-doc").filter((text) => text.startsWith("Kính gửi thủ trưởng Công an tỉnh"));
    expect(toHead).toHaveLength(1);
    expect(toHead[0]).toContain("1. CCHC23-42");
    expect(channel.to("cat-can-bo").some((text) => text.startsWith("Kính gửi"))).toBe(false);
  });

  it("tells the head how many times the unit was reminded of the task without answering", async () => {
    await setDeadline("CCHC23-42", "2023-07-11"); // Công an tỉnh: 5 working days overdue on 18/7
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-03 08:00"));
    for (const day of ["03", "04", "05", "06", "07", "10", "11", "12", "13", "14", "17", "18"]) {
      clock.set(vn(`2023-07-${day} 08:00`));
      await tick(clock, channel);
    }
    const toUnit = channel.to("cat-can-bo").filter((text) => text.includes("CCHC23-42"));
    const toHead = channel.to("cat-giam-doc").filter((text) => text.startsWith("Kính gửi thủ trưởng Công an tỉnh"));
    expect(toUnit.length).toBeGreaterThanOrEqual(2);
    expect(toHead).toHaveLength(1);
    expect(toHead[0]).toContain(`đơn vị đã được nhắc ${toUnit.length} lần nhưng chưa báo hoàn thành`);
  });
});

describe("quiet hours", () => {
  it("outside working hours sends a nudge asked with 'gửi ngay' and nothing else", async () => {
    const channel = new FakeChannel();
    const evening = vn("2023-07-25 20:00");
    const add = (kind: string, chatId: string, text: string, notBefore: Date) =>
      t.database.db.delivery.create({ data: { channel: channel.channel, chatId, kind, text, createdAt: evening, notBefore } });
    await add("reminder_nudge", "stc-chuyen-vien", "nhắc ngay", evening);
    await add("reminder_nudge", "stc-giam-doc", "nhắc trong giờ làm việc", vn("2023-07-26 07:30"));
    await add("reminder", "snv-chuyen-vien", "nhắc thường", evening);
    const result = await tick(new TestClock(evening), channel);
    expect(channel.sent.map((m) => m.text)).toEqual(["nhắc ngay"]);
    expect(result.composed).toBeNull();
    expect(result.dispatched?.sent).toBe(1);
  });

  it("plans at 20:00 and on Saturday but composes and sends nothing until Monday's working hours", async () => {
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-24 20:00"));
    const evening = await tick(clock, channel);
    expect(evening.planned.inserted).toBe(6);
    expect(evening.composed).toBeNull();
    clock.set(vn("2023-07-29 10:00"));
    expect((await tick(clock, channel)).composed).toBeNull();
    expect(channel.sent).toEqual([]);
    expect(await t.database.db.delivery.count()).toBe(0);
    clock.set(vn("2023-07-31 08:00"));
    await tick(clock, channel);
    expect(channel.to("giam-doc-snv")).toHaveLength(1);
  });

  it("does not remind about a task done between planning and sending", async () => {
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-24 20:00"));
    await tick(clock, channel);
    await t.database.db.task.update({ where: { code: "CCHC23-22" }, data: { status: "done", completedAt: vn("2023-07-24 21:00") } });
    clock.set(vn("2023-07-25 08:00"));
    await tick(clock, channel);
    expect(channel.sent.some((m) => m.text.includes("CCHC23-22") && !m.text.startsWith("Báo cáo tuần"))).toBe(false);
    const task = await t.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-22" } });
    expect(await t.database.db.reminder.findMany({ where: { taskId: task.id }, select: { status: true } })).toEqual([{ status: "dropped" }]);
  });
});

describe("after downtime", () => {
  it("catches three missed days up as one summary per unit", async () => {
    await setDeadline("CCHC23-06", "2023-07-26"); // Sở Nội vụ: due on Wednesday, overdue on Thursday
    const channel = new FakeChannel();
    const clock = new TestClock(vn("2023-07-24 08:00"));
    await tick(clock, channel);
    const before = channel.sent.length;
    clock.set(vn("2023-07-28 08:30")); // down Tuesday to Thursday
    await tick(clock, channel);
    const friday = channel.sent.slice(before);
    const chats = friday.map((m) => m.chatId);
    expect(new Set(chats).size).toBe(chats.length); // one message per chat
    const snv = channel.to("giam-doc-snv").at(-1)!;
    // Units are not told about the bot's downtime: they get today's state, as on any day.
    expect(snv).not.toContain("tạm dừng");
    expect(snv).toMatch(/1\. CCHC23-22 .+ quá hạn 20 ngày làm việc\n2\. CCHC23-06 .+ quá hạn 2 ngày làm việc\n/);
    const cat = channel.to("cat-can-bo").at(-1)!;
    expect(cat).not.toContain("nhắc việc chưa gửi");
    expect(cat.match(/CCHC23-40/g)).toHaveLength(1); // two reminders of one task: one line
    // The Chairman's conclusion KL23-04 (738.291 accounts by 31/7) is due with CCHC23-40: one line, one more merged.
    expect(cat.match(/KL23-04/g)).toHaveLength(1);
    expect(await t.database.db.reminder.count({ where: { status: "merged" } })).toBe(9);
    expect(await t.database.db.reminder.count({ where: { status: "pending" } })).toBe(0);
  });
});

describe("failures", () => {
  it("a chat that no longer exists: retired, the secretariat told once, no retry, nothing else lost", async () => {
    const channel = new FakeChannel("console", (m) =>
      m.chatId === "vpub-chuyen-vien" ? { ok: false, reason: "chat_unavailable", detail: "403: bot was kicked from the group chat" } : undefined,
    );
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const clock = new TestClock(vn("2023-07-25 08:00"));
    await tick(clock, channel, { log });
    const binding = await t.database.db.chatBinding.findUniqueOrThrow({ where: { channel_chatId: { channel: "console", chatId: "vpub-chuyen-vien" } } });
    expect(binding.active).toBe(false);
    const failed = await t.database.db.delivery.findFirstOrThrow({ where: { chatId: "vpub-chuyen-vien" } });
    expect(failed).toMatchObject({ status: "failed", lastError: expect.stringContaining("bot was kicked") });
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ chatId: "vpub-chuyen-vien", tasks: ["CCHC23-15"] }), expect.any(String));
    const notices = channel.sent.filter((m) => m.text.includes("không gửi được tin nhắc việc tới chat console:vpub-chuyen-vien"));
    expect(notices.map((m) => m.chatId).sort()).toEqual(["giam-doc-snv", "quan-tri", "snv-chuyen-vien"]);
    expect(notices[0]!.text).toContain("Văn phòng Ủy ban nhân dân tỉnh");
    expect(notices[0]!.text).toContain("CCHC23-15");
    expect(channel.to("vpub-chanh-van-phong")).toHaveLength(1); // the unit's other chat still got it
    // Later ticks never try the retired chat again.
    for (const at of ["2023-07-26 08:00", "2023-07-27 08:00", "2023-07-28 08:00"]) {
      clock.set(vn(at));
      await tick(clock, channel, { log });
    }
    expect(channel.attempts.filter((m) => m.chatId === "vpub-chuyen-vien")).toHaveLength(1);
    expect(channel.sent.filter((m) => m.text.includes("console:vpub-chuyen-vien"))).toHaveLength(3);
  });

  it("a unit with no chat: its reminders are dropped and the secretariat is told which unit to bind", async () => {
    await setDeadline("CCHC23-34", "2023-06-30"); // Sở Kế hoạch và Đầu tư has no chat
    const channel = new FakeChannel();
    await tick(new TestClock(vn("2023-07-25 08:00")), channel);
    const notice = channel.to("giam-doc-snv").find((text) => text.includes("chưa có chat nào nhận nhắc việc"));
    expect(notice).toContain("Sở Kế hoạch và Đầu tư chưa có chat nào nhận nhắc việc, nên 1 nhắc việc không gửi được (CCHC23-34)");
    const task = await t.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-34" } });
    expect(await t.database.db.reminder.findFirstOrThrow({ where: { taskId: task.id } })).toMatchObject({ status: "dropped" });
  });

  it("a 429 waits retry_after and sends again, without a busy loop", async () => {
    const channel = new FakeChannel("console", (m, attempt) =>
      m.chatId === "stc-giam-doc" && attempt < 20 && !sawLimit++ ? { ok: false, reason: "rate_limited", retryAfterMs: 7000 } : undefined,
    );
    let sawLimit = 0;
    const clock = new TestClock(vn("2023-07-25 08:00"));
    const result = await tick(clock, channel);
    expect(result.dispatched).toMatchObject({ rateLimited: 1, failed: 0 });
    expect(channel.to("stc-giam-doc")).toHaveLength(1);
    expect(channel.attempts.filter((m) => m.chatId === "stc-giam-doc")).toHaveLength(2);
    expect(clock.sleeps).toEqual([7000]);
  });

  it("a transient error is retried with growing delays, then failed and logged", async () => {
    const channel = new FakeChannel("console", (m) => (m.chatId === "stp-giam-doc" ? undefined : m.chatId === "tamky-chu-tich" ? { ok: false, reason: "transient", detail: "ETIMEDOUT" } : undefined));
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const clock = new TestClock(vn("2023-07-25 08:00"));
    await tick(clock, channel, { log });
    for (let minute = 1; minute <= 60; minute++) {
      clock.set(new Date(vn("2023-07-25 08:00").getTime() + minute * 60_000));
      await tick(clock, channel, { log });
    }
    expect(channel.attempts.filter((m) => m.chatId === "tamky-chu-tich")).toHaveLength(5); // at 0, 1, 3, 7 and 15 minutes
    const delivery = await t.database.db.delivery.findFirstOrThrow({ where: { chatId: "tamky-chu-tich" } });
    expect(delivery).toMatchObject({ status: "failed", attempts: 5, lastError: "ETIMEDOUT" });
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ chatId: "tamky-chu-tich", attempt: 5 }), expect.stringContaining("failed for good"));
  });
});
