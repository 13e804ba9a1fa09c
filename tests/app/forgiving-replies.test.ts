import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * Replies read as units write them (demo data, 25/7/2023): a task's number in its plan when no reminder of
 * the chat has that item, a report naming a task and a figure as progress with the rest as a note. Núi Thành
 * leads CCHC23-17 and CCHC23-19; Công an tỉnh leads CCHC23-40; Sở Tư pháp leads CCHC23-09.
 */
const UNIT = "nuithanh-chuyen-vien";

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`forgiving replies (${provider}, demo data)`, () => {
    let t: TestDatabase;
    let w: CommandWorld;
    beforeEach(async () => {
      t = await open({ demo: true });
      w = await commandWorld(t);
      w.clock.set("2023-07-25T08:15:00+07:00");
    });
    afterEach(async () => {
      await t.cleanup();
    });

    it("'nv 19' is CCHC23-19 when the chat's reminder has no item 19, and the reply says how it was read", async () => {
      await w.remind(UNIT, ["CCHC23-17"]);
      const text = await w.say("xin gia hạn nv 19 đến 31/12 vì thiếu kinh phí", UNIT);
      expect(text).toContain("Số 19 được hiểu là nhiệm vụ CCHC23-19 của kế hoạch");
      expect(text).toContain("Đã gửi yêu cầu gia hạn số 1: CCHC23-19 đến 31/12/2023");
      const request = await t.database.db.extensionRequest.findFirstOrThrow({ include: { task: true } });
      expect(request.task.code).toBe("CCHC23-19");
      // "việc số 19" too; an item the reminder has stays the reminder's item.
      expect(await w.say("tiến độ việc số 19 đạt 10%", UNIT)).toContain("Đã cập nhật tiến độ CCHC23-19: 10%");
      expect(await w.say("tiến độ 1 đạt 50%", UNIT)).toContain("Đã cập nhật tiến độ CCHC23-17: 50%");
    });

    it("'tiến độ 40 đạt 75% - …' in a chat without reminders is progress on the unit's CCHC23-40, the rest a note", async () => {
      const text = await w.say("tien do 40 dat 75% - da kich hoat 560.000 tk", "cat-can-bo");
      expect(text).toContain("Số 40 được hiểu là nhiệm vụ CCHC23-40");
      expect(text).toContain("Đã cập nhật tiến độ CCHC23-40: 75% (trước đó 60%)");
      expect((await w.task("CCHC23-40")).progress).toBe(75);
      const [event] = await w.events("CCHC23-40");
      expect(event!.details).toMatchObject({ percent: 75, note: "da kich hoat 560.000 tk", via: { code: "CCHC23-40", fromNumber: 40 } });
    });

    it("a bare number never reaches another unit's task; with no task of that number nothing changes", async () => {
      // Sở Tư pháp does not lead CCHC23-17: "xong 17" is not read as it.
      expect(await w.say("xong 17", "stp-chuyen-vien")).toContain("chưa có lời nhắc nào");
      expect((await w.task("CCHC23-17")).status).toBe("in_progress");
      expect(await w.say("xong nv 99", UNIT)).toContain("chưa có lời nhắc nào");
      expect(await t.database.db.taskEvent.count({ where: { action: { not: "refused" } } })).toBe(0);
    });
  });
}
