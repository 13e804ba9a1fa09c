import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * Nudges through the message pipeline (demo data, 25/7/2023): the secretariat has the bot remind Sở Tài chính
 * of CCHC23-32 now; the reminder is a Delivery with the task as item 1, in working hours unless "gửi ngay".
 */
const SECRETARIAT = "snv-chuyen-vien";

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`nudges (${provider}, demo data)`, () => {
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

    const nudges = () => t.database.db.delivery.findMany({ where: { kind: "reminder_nudge" }, include: { items: { include: { reminder: true } } }, orderBy: { id: "asc" } });

    it("queues a reminder to the unit's chats, recorded like any reminder, and a reply to it works", async () => {
      const handled = await w.send("nhắc lại Sở Tài chính về nhiệm vụ 32: đề nghị báo cáo trước ngày 28/7", SECRETARIAT);
      expect(handled.understood.understanding).toEqual({ intent: "task_command", action: "nudge" });
      expect(handled.outbound[0]!.text).toMatch(/^Đã gửi lời nhắc CCHC23-32 tới Sở Tài chính \(\d+ chat\)\.$/);
      const queued = await nudges();
      expect(queued.length).toBeGreaterThan(0);
      const stc = queued.find((d) => d.chatId === "stc-chuyen-vien")!;
      expect(stc.notBefore.toISOString()).toBe(new Date("2023-07-25T08:15:00+07:00").toISOString());
      expect(stc.text).toContain("Nhắc việc gửi Sở Tài chính theo yêu cầu của");
      expect(stc.text).toContain("1. CCHC23-32 — ");
      expect(stc.text).toContain("— hạn 30/6/2023 — đã quá hạn");
      expect(stc.text).toContain("Lời nhắn: đề nghị báo cáo trước ngày 28/7");
      expect(stc.text).toContain('"vướng 1 do …"');
      expect(stc.items.map((i) => i.number)).toEqual([1]);
      expect((await w.events("CCHC23-32")).map((e) => e.action)).toEqual(["nudged"]);

      // Sent, it is a reminder like the others: "xong 1 …" in that chat closes CCHC23-32.
      await t.database.db.delivery.update({ where: { id: stc.id }, data: { status: "sent", sentAt: new Date("2023-07-25T08:16:00+07:00"), externalMessageId: "n1" } });
      w.clock.set("2023-07-25T09:00:00+07:00");
      expect(await w.say("xong 1, VB số 12/STC ngày 25/7/2023", "stc-chuyen-vien")).toContain("CCHC23-32 đã được ghi nhận hoàn thành");
    });

    it("waits for working hours unless 'gửi ngay'", async () => {
      w.clock.set("2023-07-25T19:00:00+07:00");
      expect(await w.say("nhắc Sở Tài chính về CCHC23-32", SECRETARIAT)).toContain("tin sẽ đi trong giờ làm việc ngày 26/7/2023");
      expect((await nudges())[0]!.notBefore.toISOString()).toBe(new Date("2023-07-26T07:30:00+07:00").toISOString());
      expect(await w.say("nhắc Sở Tài chính về CCHC23-32, gửi ngay", SECRETARIAT)).toMatch(/^Đã gửi lời nhắc CCHC23-32 tới Sở Tài chính \(\d+ chat\)\.$/);
      // The unit by its short name, as the secretariat writes it.
      expect(await w.say("nhắc STC về CCHC23-32, gửi ngay", SECRETARIAT)).toMatch(/^Đã gửi lời nhắc CCHC23-32 tới Sở Tài chính \(\d+ chat\)\.$/);
      expect((await nudges()).at(-1)!.notBefore.toISOString()).toBe(new Date("2023-07-25T19:00:00+07:00").toISOString());
    });

    it("bad input changes nothing: a unit officer, another unit's name, a task that does not exist, a unit with no chat", async () => {
      expect(await w.say("nhắc Sở Tài chính về CCHC23-32", "stp-chuyen-vien")).toContain("Chỉ cơ quan thường trực và lãnh đạo");
      expect(await w.say("nhắc Sở Tư pháp về CCHC23-32", SECRETARIAT)).toContain('CCHC23-32 do Sở Tài chính chủ trì, không phải "Sở Tư pháp"');
      expect(await w.say("nhắc Sở Tài chính về nhiệm vụ 99", SECRETARIAT)).toContain('Không tìm thấy nhiệm vụ "99"');
      expect(await w.say("nhắc Sở Tư pháp về CCHC23-01", SECRETARIAT)).toContain("không phải");
      const stc = await t.database.db.unit.findUniqueOrThrow({ where: { code: "STC" } });
      await t.database.db.chatBinding.updateMany({ where: { unitId: stc.id }, data: { active: false } });
      expect(await w.say("nhắc Sở Tài chính về CCHC23-32", SECRETARIAT)).toContain('Sở Tài chính chưa có chat nào nhận nhắc việc nên chưa gửi được; không có thay đổi nào. Thành viên của đơn vị mở mã mời để nhận tin, hoặc Sở Nội vụ tạo mã mời bằng "/moi Sở Tài chính"');
      expect(await nudges()).toHaveLength(0);
      expect(await t.database.db.taskEvent.count({ where: { action: "nudged" } })).toBe(0);
    });
  });
}
