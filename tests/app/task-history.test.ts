import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * The states a secretariat works with, through the message pipeline on the demo data (25/7/2023): blocked
 * tasks with their reason and since when, done on time or late, and the plan's deadline kept after an
 * extension with the counts given against both. Núi Thành leads CCHC23-17 (overdue since 30/6) and
 * CCHC23-19 (due 30/11); Sở Tài chính leads CCHC23-32 (overdue); Sở Nội vụ is the secretariat.
 */
const AT_0815 = "2023-07-25T08:15:00+07:00";
const UNIT = "nuithanh-chuyen-vien";
const SECRETARIAT = "snv-chuyen-vien";
const CHAIRMAN = "chu-tich";

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`task states and history (${provider}, demo data)`, () => {
    let t: TestDatabase;
    let w: CommandWorld;
    beforeEach(async () => {
      t = await open({ demo: true });
      w = await commandWorld(t);
      w.clock.set(AT_0815);
    });
    afterEach(async () => {
      await t.cleanup();
    });

    it("a task reported blocked lists and counts as blocked, with its reason and since when", async () => {
      await w.say("vướng CCHC23-19 do chưa có máy scan", UNIT);
      const list = await w.say("nhiệm vụ nào đang bị vướng", CHAIRMAN);
      expect(list).toContain("Nhiệm vụ đang vướng mắc, tính đến 25/7/2023: 2 nhiệm vụ.");
      expect(list).toMatch(/CCHC23-19 · .* · hạn 30\/11\/2023 · đang vướng mắc từ 25\/7\/2023 \(chưa có máy scan\)/);
      // The demo's blocked task stays, overdue as well.
      expect(list).toMatch(/CCHC23-22 · .* đang vướng mắc \(Tạm dừng .*\), quá hạn 17 ngày làm việc/);
      expect(await w.say("có mấy nhiệm vụ bị vướng", CHAIRMAN)).toContain("2 nhiệm vụ (CCHC23-22, CCHC23-19)");
      const plan = await w.say("tiến độ kế hoạch CCHC", CHAIRMAN);
      expect(plan).toContain("Đang vướng mắc (đơn vị đã báo): 2 nhiệm vụ");
      // The leaders' briefing counts them too.
      expect(await w.say("/baocao", CHAIRMAN)).toContain("quá hạn 6; đang thực hiện trong hạn 8; đang vướng mắc 2.");
      const row = await w.task("CCHC23-19");
      expect(row.status).toBe("blocked");
      expect(row.blockedSince?.toISOString()).toBe(new Date(AT_0815).toISOString());
    });

    it("the plan's figures tell done on time from done late", async () => {
      const plan = await w.say("tiến độ kế hoạch CCHC", CHAIRMAN);
      expect(plan).toContain("hoàn thành 14/43 nhiệm vụ, đạt 32,55%");
      expect(plan).toContain("Trong số đã hoàn thành: đúng hạn 11, trễ hạn 3.");
      // Without an extension, the counts need no label: the reported 8 in progress, 6 overdue.
      expect(plan).toContain("Đang thực hiện trong hạn: 8; quá hạn: 6; chưa triển khai: 15; còn lại: 29.");
      expect(plan).not.toContain("gia hạn");
    });

    it("an approved extension keeps the plan's deadline, and the plan's counts are given against both, each labelled", async () => {
      await w.say("xin gia hạn CCHC23-17 đến 31/8/2023 vì chờ hướng dẫn của Bộ", UNIT);
      const approved = await w.send("duyệt gia hạn 1", SECRETARIAT);
      expect(approved.outbound[0]!.text).toContain("hạn mới của CCHC23-17 là 31/8/2023");
      const task = await w.task("CCHC23-17");
      expect({ deadline: task.deadline, originalDeadline: task.originalDeadline }).toEqual({ deadline: "2023-08-31", originalDeadline: "2023-06-30" });

      const detail = await w.say("CCHC23-17", CHAIRMAN);
      expect(detail).toMatch(/Hạn: 31\/8\/2023 \(đã gia hạn; hạn ban đầu 30\/6\/2023\).*; tình trạng: đang thực hiện trong hạn/);
      const plan = await w.say("tiến độ kế hoạch CCHC", CHAIRMAN);
      expect(plan).toContain("Theo thời hạn đang áp dụng (1 nhiệm vụ đã được gia hạn): đang thực hiện trong hạn: 9; quá hạn: 5;");
      expect(plan).toContain("Theo thời hạn của kế hoạch khi ban hành (chưa tính gia hạn): đang thực hiện trong hạn: 8; quá hạn: 6;");

      // Approving twice changes nothing, and says so.
      const before = await w.task("CCHC23-17");
      expect(await w.say("duyệt gia hạn 1", SECRETARIAT)).toContain("Yêu cầu gia hạn số 1 đã được duyệt trước đó; không có thay đổi nào.");
      // A second extension moves the deadline again, never the plan's own.
      await w.say("xin gia hạn CCHC23-17 đến 30/9/2023 vì chờ kinh phí", UNIT);
      await w.say("duyệt gia hạn 2", SECRETARIAT);
      const twice = await w.task("CCHC23-17");
      expect({ deadline: twice.deadline, originalDeadline: twice.originalDeadline }).toEqual({ deadline: "2023-09-30", originalDeadline: "2023-06-30" });
      expect(before.deadline).toBe("2023-08-31");
      // Undoing the approval puts the deadline back where it was.
      await w.say("hoàn tác", SECRETARIAT);
      expect((await w.task("CCHC23-17")).deadline).toBe("2023-08-31");
    });

    it("a refusal needs a reason, which the unit receives; an extension to a day not after the deadline is refused", async () => {
      await w.say("xin gia hạn CCHC23-17 đến 31/8/2023 vì chờ hướng dẫn của Bộ", UNIT);
      const bare = await w.send("từ chối gia hạn 1", SECRETARIAT);
      expect(bare.outbound.map((o) => o.text)).toEqual([expect.stringContaining("Từ chối gia hạn cần nêu lý do để đơn vị biết")]);
      expect((await t.database.db.extensionRequest.findFirstOrThrow()).status).toBe("pending");

      const refused = await w.send("từ chối gia hạn 1 vì nhiệm vụ đã giao từ đầu năm", SECRETARIAT);
      const toUnit = refused.outbound.find((o) => o.chatId === UNIT);
      expect(toUnit?.text).toContain("lý do: nhiệm vụ đã giao từ đầu năm. Hạn vẫn là 30/6/2023.");
      expect((await t.database.db.extensionRequest.findFirstOrThrow()).status).toBe("refused");

      expect(await w.say("xin gia hạn CCHC23-19 đến 15/11/2023 vì thiếu máy scan", UNIT)).toContain("phải sau hạn này. Không có thay đổi nào.");
      expect(await w.say("xin gia hạn CCHC23-19 đến 20/7/2023 vì thiếu máy scan", UNIT)).toContain("Không có thay đổi nào");
      expect(await t.database.db.extensionRequest.count()).toBe(1);
    });

    it("a bare 'xong' on an overdue task asks for the document number or 'không có' before it closes", async () => {
      const asked = await w.say("xong CCHC23-32", "stc-chuyen-vien");
      expect(asked).toContain("CCHC23-32 đã quá hạn (hạn 30/6/2023) nên khi báo hoàn thành cần ghi số văn bản báo cáo.");
      expect(asked).toContain('"xong CCHC23-32 không có văn bản"');
      expect((await w.task("CCHC23-32")).status).toBe("not_started");

      expect(await w.say("xong CCHC23-32 không có văn bản", "stc-chuyen-vien")).toContain("CCHC23-32 đã được ghi nhận hoàn thành");
      expect(await w.task("CCHC23-32")).toMatchObject({ status: "done", evidence: "không có văn bản" });
      // Within its deadline a bare "xong" closes at once.
      expect(await w.say("xong CCHC23-19", UNIT)).toContain("CCHC23-19 đã được ghi nhận hoàn thành");

      // A plan that does not ask for documents closes an overdue task at once too.
      await t.database.db.plan.update({ where: { code: "CCHC23" }, data: { evidenceWhenLate: false } });
      expect(await w.say("xong CCHC23-17", UNIT)).toContain("CCHC23-17 đã được ghi nhận hoàn thành");
    });
  });
}
