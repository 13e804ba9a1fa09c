import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * The secretariat's queue through the message pipeline (demo data, 25/7/2023): extension requests waiting,
 * completions waiting for confirmation (the plan made to require it), blocked tasks; asked in words or by
 * /choduyet. Sở Nội vụ decides; a unit sees only its own.
 */
const SECRETARIAT = "snv-chuyen-vien";

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`the secretariat's queue (${provider}, demo data)`, () => {
    let t: TestDatabase;
    let w: CommandWorld;
    beforeEach(async () => {
      t = await open({ demo: true });
      w = await commandWorld(t);
      w.clock.set("2023-07-25T08:15:00+07:00");
      await t.database.db.plan.update({ where: { code: "CCHC23" }, data: { requiresConfirmation: true } });
    });
    afterEach(async () => {
      await t.cleanup();
    });

    it("lists what waits, oldest first, with how to decide; changes nothing", async () => {
      await w.say("xin gia hạn CCHC23-17 đến 31/8/2023 vì chờ hướng dẫn của Bộ", "nuithanh-chuyen-vien");
      await w.say("xong CCHC23-09, VB số 123/STP ngày 24/7/2023", "stp-chuyen-vien");
      await w.say("vướng CCHC23-19 do chưa có máy scan", "nuithanh-chuyen-vien");
      const events = await t.database.db.taskEvent.count();

      for (const asked of ["/choduyet", "có yêu cầu gia hạn nào đang chờ duyệt", "việc chờ xác nhận"]) {
        const handled = await w.send(asked, SECRETARIAT);
        expect(handled.understood.understanding, asked).toEqual({ intent: "task_command", action: "queue" });
        const text = handled.outbound[0]!.text;
        expect(text, asked).toContain("Hàng chờ xử lý, tính đến 25/7/2023: 4 việc.");
        expect(text).toContain("Yêu cầu gia hạn chờ duyệt: 1.");
        expect(text).toContain("• Yêu cầu số 1 · CCHC23-17 · Ủy ban nhân dân huyện Núi Thành · xin gia hạn từ 30/6/2023 đến 31/8/2023 · lý do: chờ hướng dẫn của Bộ");
        expect(text).toContain("Báo cáo hoàn thành chờ xác nhận: 1.");
        expect(text).toContain("• CCHC23-09 · Sở Tư pháp · báo hoàn thành ngày 25/7/2023 · minh chứng: VB số 123/STP ngày 24/7/2023");
        expect(text).toContain("Nhiệm vụ đang vướng mắc: 2.");
        expect(text).toContain("• CCHC23-19 · Ủy ban nhân dân huyện Núi Thành · vướng từ 25/7/2023: chưa có máy scan");
        expect(text).toContain('Để xử lý, xin trả lời "duyệt gia hạn 1" hoặc "từ chối gia hạn 1 vì <lý do>"; "xác nhận CCHC23-09" hoặc "trả lại CCHC23-09 vì <lý do>".');
        expect(handled.outbound).toHaveLength(1);
      }
      expect(await t.database.db.taskEvent.count()).toBe(events);

      // A unit sees its own items only, without the secretariat's commands.
      const own = await w.say("/choduyet", "stp-chuyen-vien");
      expect(own).toContain("Hàng chờ xử lý, tính đến 25/7/2023: 1 việc.");
      expect(own).toContain("CCHC23-09");
      expect(own).not.toContain("CCHC23-17");
      expect(own).not.toContain("Để xử lý");

      // Decided, the request leaves the queue.
      await w.say("duyệt gia hạn 1", SECRETARIAT);
      await w.say("xác nhận CCHC23-09", SECRETARIAT);
      const after = await w.say("yêu cầu gia hạn đang chờ", SECRETARIAT);
      expect(after).toContain("Yêu cầu gia hạn chờ duyệt: 0.");
      expect(after).toContain("Báo cáo hoàn thành chờ xác nhận: 0.");
      expect(after).not.toContain("Để xử lý");
    });

    it("says so when nothing waits, and decisions are not read as the queue", async () => {
      await t.database.db.task.updateMany({ where: { status: "blocked" }, data: { status: "in_progress" } });
      expect(await w.say("/choduyet", SECRETARIAT)).toBe("Hàng chờ xử lý, tính đến 25/7/2023: không có việc nào đang chờ.");
      expect((await w.send("duyệt gia hạn 1", SECRETARIAT)).understood.understanding).toEqual({ intent: "task_command", action: "approve_extension" });
      expect((await w.send("xác nhận CCHC23-09", SECRETARIAT)).understood.understanding).toEqual({ intent: "task_command", action: "confirm" });
    });
  });
}
