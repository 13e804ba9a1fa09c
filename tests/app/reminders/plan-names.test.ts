import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReminderTick } from "../../../src/app/reminders/tick.js";
import { commandWorld, type CommandWorld } from "../../support/command-world.js";
import { freshSqlite, type TestDatabase } from "../../support/databases.js";
import { FakeChannel } from "../../support/fake-channel.js";
import { reminderDeps, TestClock, vn } from "../../support/reminders.js";

/**
 * Reminders when several plans are followed at once (issue #11, item 1), on a real SQLite file with the demo
 * data: the year's CCHC plan (CCHC23) and the Chairman's conclusions of 25/7/2023 (KL23). On 26/7/2023, three
 * working days before 31/7, Công an tỉnh is reminded of CCHC23-40 and KL23-04, one of each plan.
 */
const CCHC = "Theo Kế hoạch cải cách hành chính năm 2023 (CCHC23):";
const KL = "Theo Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo ngày 25/7/2023 (KL23):";
const OFFICER = "cat-can-bo";

let t: TestDatabase;
let w: CommandWorld;
beforeEach(async () => {
  t = await freshSqlite({ demo: true });
  w = await commandWorld(t);
});
afterEach(async () => {
  await t.cleanup();
});

async function remindOn26July(): Promise<string[]> {
  const channel = new FakeChannel();
  await runReminderTick(reminderDeps(t.database, new TestClock(vn("2023-07-26 08:00")), [channel]));
  return channel.to(OFFICER);
}

describe("reminders name the plan when two plans are active", () => {
  it("lists a unit's tasks of both plans under each plan's name, numbered on through both", async () => {
    const [text, ...more] = await remindOn26July();
    expect(more).toEqual([]);
    const lines = text!.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "Nhắc việc gửi Công an tỉnh Quảng Nam, ngày 26/7/2023",
      "Sắp đến hạn:",
      CCHC,
      expect.stringMatching(/^1\. CCHC23-40 — Đề án 06 — tạo lập hồ sơ, .+ — hạn 31\/7\/2023 — còn 3 ngày làm việc$/),
      KL,
      expect.stringMatching(/^2\. KL23-04 — Kích hoạt 738\.291 tài khoản .+ — hạn 31\/7\/2023 — còn 3 ngày làm việc$/),
    ]);
    expect(lines.at(-1)).toMatch(/^Trả lời tin này: đã xong thì gửi "xong 1"/);
    // The items a reply's number is read against follow the numbers shown.
    const delivery = await t.database.db.delivery.findFirstOrThrow({ where: { chatId: OFFICER, kind: "reminder" }, include: { items: { orderBy: { number: "asc" } } } });
    expect(delivery.items.map((i) => [i.number, i.taskId])).toEqual([[1, (await w.task("CCHC23-40")).id], [2, (await w.task("KL23-04")).id]]);
  });

  it("'xong 2' after that reminder closes the conclusion's task, not the plan's", async () => {
    await remindOn26July();
    w.clock.set(vn("2023-07-26 09:00"));
    const answer = await w.say("xong 2, VB số 88/CAT-PC06 ngày 26/7/2023", OFFICER);
    expect(answer).toMatch(/^KL23-04 đã được ghi nhận hoàn thành lúc 09:00 26\/7\/2023\./);
    expect((await w.task("KL23-04")).status).toBe("done");
    expect((await w.task("CCHC23-40")).status).toBe("in_progress");
  });

  it("names the plan once, above the tasks, when a message holds tasks of one plan only", async () => {
    await t.database.db.task.update({ where: { code: "CCHC23-40" }, data: { deadline: "2023-09-29" } });
    const [text] = await remindOn26July();
    expect(text!.split("\n").slice(0, 4)).toEqual(["Nhắc việc gửi Công an tỉnh Quảng Nam, ngày 26/7/2023", KL, "Sắp đến hạn:", expect.stringMatching(/^1\. KL23-04 — /)]);
    expect(text!.split("\n").filter((l) => l.startsWith("Theo "))).toEqual([KL]);
  });

  it("with one plan active, the message is as it always was: no plan line", async () => {
    await t.database.db.plan.update({ where: { code: "KL23" }, data: { active: false } });
    await t.database.db.task.update({ where: { code: "KL23-04" }, data: { deadline: "2023-09-29" } });
    const [text] = await remindOn26July();
    expect(text!.split("\n").slice(1, 3)).toEqual(["Sắp đến hạn:", expect.stringMatching(/^1\. CCHC23-40 — /)]);
    expect(text).not.toContain("Theo ");
  });
});
