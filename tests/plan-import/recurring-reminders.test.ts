/**
 * Imported recurring and on-demand tasks under the reminder planner, over a real database: "Thường xuyên" and
 * "Hằng quý" are reminded before each quarter ends and are never overdue; "Khi có phát sinh" is never reminded;
 * a one-day deadline ("Quý III/2024") is reminded and then chased as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPlanImport, previewPlanImport } from "../../src/app/plan-import/index.js";
import { planDueReminders } from "../../src/app/reminders/plan-due.js";
import { addDays } from "../../src/core/local-date.js";
import { DEFAULT_POLICY } from "../../src/core/reminders/index.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { createPlanImportStore } from "../../src/db/stores/plan-import-store.js";
import { type TestDatabase, freshPostgres, freshSqlite } from "../support/databases.js";
import { calendar, vn } from "../support/reminders.js";
import { PLAN_2024, PLAN_2024_MERGES, xlsx } from "./files.js";

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(provider, () => {
    let test: TestDatabase;

    beforeAll(async () => {
      test = await open({ demo: true });
      const store = createPlanImportStore(test.database.db, test.database.provider);
      const preview = await previewPlanImport(store, { file: { name: "kh.xlsx", bytes: await xlsx(PLAN_2024, { merges: PLAN_2024_MERGES }) } });
      expect(await applyPlanImport(store, preview, { at: vn("2024-01-15 09:00") })).toMatchObject({ ok: true, created: 5 });
      // Every day from mid-June to the end of October, at the morning slot, as the scheduler would.
      const outbox = createOutboxStore(test.database.db, test.database.provider);
      for (let day = "2024-06-10"; day <= "2024-10-31"; day = addDays(day, 1)) {
        await planDueReminders({ now: vn(`${day} 08:05`), store: outbox, calendar, policy: DEFAULT_POLICY });
      }
    });
    afterAll(async () => test?.cleanup());

    async function remindersOf(code: string): Promise<string[]> {
      const rows = await test.database.db.reminder.findMany({ where: { task: { code } }, orderBy: [{ slot: "asc" }, { id: "asc" }] });
      return rows.map((r) => `${r.slot} ${r.kind}:${r.offset}`);
    }

    describe(`reminders for tasks imported with recurring and on-demand deadlines (${provider})`, () => {
      it("'Hằng quý' and 'Thường xuyên' are reminded before each quarter's end, and never overdue", async () => {
        for (const code of ["CCHC24-03", "CCHC24-04"]) {
          const reminders = await remindersOf(code);
          expect(reminders, code).toEqual([
            // 30/6/2024 is a Sunday: "on the day" falls on the Friday before, as for any deadline.
            "2024-06-19 before:7",
            "2024-06-25 before:3",
            "2024-06-27 before:1",
            "2024-06-28 due_today:0",
            "2024-09-19 before:7",
            "2024-09-25 before:3",
            "2024-09-27 before:1",
            "2024-09-30 due_today:0",
          ]);
          expect(reminders.some((r) => /overdue|escalate/.test(r))).toBe(false);
        }
      });

      it("'Khi có phát sinh' is never reminded", async () => {
        expect(await remindersOf("CCHC24-05")).toEqual([]);
      });

      it("a one-day deadline is reminded, then chased once overdue", async () => {
        const reminders = await remindersOf("CCHC24-02");
        expect(reminders).toContain("2024-09-30 due_today:0");
        expect(reminders).toContain("2024-10-01 overdue:1");
      });

      it("the composer shows a recurring task's period end, not its last day", async () => {
        const pending = await createOutboxStore(test.database.db, test.database.provider).pendingReminders(vn("2024-09-30 08:05"));
        const quarterly = pending.find((r) => r.taskCode === "CCHC24-04" && r.slot === "2024-09-30");
        expect(quarterly?.deadline).toBe("2024-09-30");
      });
    });

  });
}
