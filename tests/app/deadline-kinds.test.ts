import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { freshSqlite, freshPostgres, type TestDatabase } from "../support/databases.js";
import { demoApp, message } from "../support/demo-app.js";

/**
 * Imported plans have duties with no day to pass ("Thường xuyên", "Khi có phát sinh"): answers never call
 * them overdue and show the plan's words, on both databases (the counts are SQL).
 */
for (const [name, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`recurring and occasional tasks in answers (${name})`, () => {
    let t: TestDatabase;
    let app: App;
    const ask = async (text: string) => (await app.handleMessage(message(text))).outbound.map((o) => o.text).join("\n");
    beforeAll(async () => {
      t = await open({ demo: true });
      // CCHC23-15 (due 30/6/2023, overdue on 25/7) becomes a standing duty; CCHC23-16 one that comes on occasion.
      await t.database.db.task.update({ where: { code: "CCHC23-15" }, data: { deadlineKind: "recurring", recurrence: "quarterly", deadlineText: "Hằng quý" } });
      await t.database.db.task.update({ where: { code: "CCHC23-16" }, data: { deadlineKind: "on_demand", deadlineText: "Khi có phát sinh" } });
      app = await demoApp(t.database);
    }, 60_000);
    afterAll(() => t.cleanup());

    it("the plan's overdue count leaves them out (6 → 4), and they count as in hand on time", async () => {
      const progress = await ask("tiến độ kế hoạch CCHC năm 2023");
      expect(progress).toContain("14/43");
      expect(progress).toContain("quá hạn: 4");
    });

    it("the overdue list leaves them out; a task shown whole gives the plan's words for its deadline, not a date", async () => {
      const overdue = await ask("nhiệm vụ quá hạn");
      expect(overdue).not.toContain("CCHC23-15");
      expect(overdue).not.toContain("CCHC23-16");
      expect(overdue).toContain("CCHC23-17");
      const detail = await ask("CCHC23-15");
      expect(detail).toContain("Hằng quý");
      expect(detail).not.toContain("30/6/2023");
      expect(detail).not.toMatch(/quá hạn/);
    });
  });
}
