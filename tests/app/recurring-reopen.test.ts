/**
 * A recurring duty marked done reopens for the next period (issue #11): on a real SQLite database with the demo
 * plan, a quarterly task done on 10/8/2023 is open again from 1/10/2023 (not before), with what was reported for
 * the third quarter kept in its "reopened" event; once only; a task done in its last period stays done, and a
 * task with a fixed deadline is never touched. The reminder tick does it before planning.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reopenRecurringTasks } from "../../src/app/recurring/reopen.js";
import { runReminderTick } from "../../src/app/reminders/tick.js";
import { createRecurringStore } from "../../src/db/stores/recurring-store.js";
import { type TestDatabase, freshSqlite } from "../support/databases.js";
import { TestClock, reminderDeps, vn } from "../support/reminders.js";

describe("recurring tasks reopen for the next period", () => {
  let test: TestDatabase;
  const reopen = (at: string) => reopenRecurringTasks(createRecurringStore(test.database.db), vn(at));
  const task = (code: string) => test.database.db.task.findUniqueOrThrow({ where: { code } });

  beforeAll(async () => {
    test = await freshSqlite({ demo: true });
    const db = test.database.db;
    const plan = await db.plan.findFirstOrThrow({ where: { code: "CCHC23" } });
    const unit = await db.unit.findFirstOrThrow({ where: { code: "SNV" } });
    const base = { planId: plan.id, area: "direction" as const, leadUnitId: unit.id, deadline: "2023-12-31", deadlineKind: "recurring" as const, recurrence: "quarterly" as const, deadlineText: "Hằng quý" };
    await db.task.create({ data: { ...base, code: "CCHC23-90", title: "Báo cáo kết quả cải cách hành chính hằng quý", rowKey: "r90", status: "done", progress: 100, completedAt: vn("2023-08-10 10:00"), evidence: "Báo cáo số 12/BC-SNV" } });
    await db.task.create({ data: { ...base, code: "CCHC23-91", title: "Tự kiểm tra công tác cải cách hành chính", rowKey: "r91", status: "done", progress: 100, completedAt: vn("2023-11-15 10:00") } });
  });
  afterAll(async () => test?.cleanup());

  it("opens a quarter's duty again on the first day of the next quarter, keeping the quarter's report in its history", async () => {
    const fixedBefore = await test.database.db.task.count({ where: { deadlineKind: "fixed", status: "done" } });
    expect(await reopen("2023-09-30 23:00")).toEqual({ reopened: [] });
    expect((await task("CCHC23-90")).status).toBe("done");
    expect(await reopen("2023-10-01 06:00")).toEqual({ reopened: ["CCHC23-90"] });
    expect(await task("CCHC23-90")).toMatchObject({ status: "not_started", completedAt: null, progress: 0, evidence: null });
    const event = await test.database.db.taskEvent.findFirstOrThrow({ where: { task: { code: "CCHC23-90" }, action: "reopened" } });
    expect(JSON.parse(JSON.stringify(event.details))).toEqual({ period: "2023-10-01", doneOn: "2023-08-10", evidence: "Báo cáo số 12/BC-SNV", progress: 100 });
    expect(await reopen("2023-10-02 06:00")).toEqual({ reopened: [] });
    expect(await test.database.db.task.count({ where: { deadlineKind: "fixed", status: "done" } })).toBe(fixedBefore);
  });

  it("leaves a duty done in its last period done, and the reminder tick reopens before it plans", async () => {
    expect(await reopen("2024-01-02 06:00")).toEqual({ reopened: [] });
    expect((await task("CCHC23-91")).status).toBe("done");
    const db = test.database.db;
    await db.task.update({ where: { code: "CCHC23-90" }, data: { status: "done", progress: 100, completedAt: vn("2023-08-20 10:00") } });
    const clock = new TestClock(vn("2023-09-29 07:00"));
    const deps = reminderDeps(test.database, clock, [], { reopen: (now) => reopenRecurringTasks(createRecurringStore(db), now) });
    await runReminderTick(deps);
    expect((await task("CCHC23-90")).status).toBe("done");
    clock.set(vn("2023-10-02 07:00"));
    await runReminderTick(deps);
    expect((await task("CCHC23-90")).status).toBe("not_started");
  });
});
