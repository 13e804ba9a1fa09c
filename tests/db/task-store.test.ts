import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TaskFilterState, TaskQuery } from "../../src/app/ports.js";
import type { Task } from "../../src/core/model.js";
import { toTask } from "../../src/db/stores/mappers.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * The task reads are hand-written SQL (one statement per question): each filter is checked against the same
 * filter applied in code to every task Prisma reads, on SQLite and on PostgreSQL (where status and area are enums).
 */
const TODAY = "2023-07-25";
const ORDER = (a: Task, b: Task) => (a.deadline === b.deadline ? (a.code < b.code ? -1 : 1) : a.deadline < b.deadline ? -1 : 1);

function expected(all: Task[], q: TaskQuery, cooperators: ReadonlyArray<{ taskId: number; unitId: number }> = []): { tasks: Task[]; total: number } {
  const lateOpen = ["in_progress", "not_started", "blocked"];
  const cooperates = (t: Task, units: readonly number[]) => cooperators.some((c) => c.taskId === t.id && units.includes(c.unitId));
  const matches = all.filter((t) => {
    if (q.planIds && !q.planIds.includes(t.planId)) return false;
    if (q.leadUnitIds && !q.leadUnitIds.includes(t.leadUnitId)) return false;
    if (q.cooperatingUnitIds && !cooperates(t, q.cooperatingUnitIds)) return false;
    if (q.anyRoleUnitIds && !q.anyRoleUnitIds.includes(t.leadUnitId) && !cooperates(t, q.anyRoleUnitIds)) return false;
    if (q.areas && !q.areas.includes(t.area)) return false;
    if (q.dueFrom && t.deadline < q.dueFrom) return false;
    if (q.dueTo && t.deadline > q.dueTo) return false;
    switch (q.state) {
      case "open": return t.status !== "done";
      case "done": return t.status === "done";
      case "overdue": return lateOpen.includes(t.status) && t.deadline < q.today;
      case "in_progress_on_time": return t.status === "in_progress" && t.deadline >= q.today;
      case "not_started_on_time": return (t.status === "not_started" || t.status === "blocked") && t.deadline >= q.today;
      case "not_started": return t.status === "not_started";
      case "blocked": return t.status === "blocked";
      default: return true;
    }
  });
  return { tasks: [...matches].sort(ORDER).slice(0, q.limit), total: matches.length };
}

describe.each([
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
])("task reads on %s", (_name, open) => {
  let t: TestDatabase;
  let all: Task[];
  beforeAll(async () => {
    t = await open();
    all = (await t.database.db.task.findMany()).map(toTask);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const states: Array<TaskFilterState | undefined> = [undefined, "open", "done", "overdue", "in_progress_on_time", "not_started_on_time", "not_started", "blocked"];

  it.each(states)("lists by state %s: the page in deadline order and the number of all matches", async (state) => {
    const store = createTaskStore(t.database.db);
    for (const limit of [3, 10, 100]) {
      const q: TaskQuery = { today: TODAY, limit, ...(state ? { state } : {}) };
      expect(await store.findTasks(q)).toEqual(expected(all, q));
    }
  });

  it("reads only codes and titles for a title search, and tasks by their codes (none for an empty list)", async () => {
    const store = createTaskStore(t.database.db);
    const q: TaskQuery = { today: TODAY, limit: 100, state: "open" };
    expect(await store.findTaskTitles(q)).toEqual(expected(all, q).tasks.map((task) => ({ code: task.code, title: task.title })));
    const picked = await store.findTasks({ today: TODAY, limit: 10, codes: ["CCHC23-40", "CCHC23-05", "NO-SUCH-1"] });
    expect(picked.tasks.map((task) => task.code)).toEqual(["CCHC23-40", "CCHC23-05"]);
    expect((await store.findTasks({ today: TODAY, limit: 10, codes: [] })).total).toBe(0);
  });

  it("the demo plan on 25/7/2023: 14 done, 6 overdue, 8 in progress within deadline, 15 not started", async () => {
    const store = createTaskStore(t.database.db);
    // The plan's own counts: the demo also holds the Chairman's conclusions (KL23), a plan of their own.
    const plan = await t.database.db.plan.findUniqueOrThrow({ where: { code: "CCHC23" } });
    const total = async (state: TaskFilterState) => (await store.findTasks({ today: TODAY, state, limit: 1, planIds: [plan.id] })).total;
    expect([await total("done"), await total("overdue"), await total("in_progress_on_time"), await total("not_started_on_time")]).toEqual([14, 6, 8, 15]);
  });

  it("combines plan, lead unit, area and deadline window", async () => {
    const store = createTaskStore(t.database.db);
    const busiest = [...all.reduce((m, x) => m.set(x.leadUnitId, (m.get(x.leadUnitId) ?? 0) + 1), new Map<number, number>())].sort((a, b) => b[1] - a[1])[0]![0];
    const area = all[0]!.area;
    const queries: TaskQuery[] = [
      { today: TODAY, limit: 10, leadUnitIds: [busiest] },
      { today: TODAY, limit: 10, leadUnitIds: [busiest], state: "open" },
      { today: TODAY, limit: 10, planIds: [all[0]!.planId], areas: [area] },
      { today: TODAY, limit: 10, areas: [area, "digital_government"], state: "overdue" },
      { today: TODAY, limit: 10, dueFrom: "2023-07-01", dueTo: "2023-07-31" },
      { today: TODAY, limit: 10, dueFrom: "2023-07-24", dueTo: "2023-07-30", state: "open" },
      { today: TODAY, limit: 10, leadUnitIds: [] },
      { today: TODAY, limit: 10, planIds: [999_999] },
    ];
    for (const q of queries) expect(await store.findTasks(q), JSON.stringify(q)).toEqual(expected(all, q));
  });

  it("filters by the units that cooperate, or that lead or cooperate, and counts any filter's tasks by state", async () => {
    const store = createTaskStore(t.database.db);
    const links = await t.database.db.taskCooperator.findMany();
    const unit = links[0]!.unitId;
    for (const q of [
      { today: TODAY, limit: 50, cooperatingUnitIds: [unit] },
      { today: TODAY, limit: 50, anyRoleUnitIds: [unit], state: "open" as const },
      { today: TODAY, limit: 50, anyRoleUnitIds: [unit], dueFrom: "2023-10-01", dueTo: "2023-12-31" },
    ]) expect(await store.findTasks(q), JSON.stringify(q)).toEqual(expected(all, q, links));
    const plan = await store.progressCounts(all[0]!.planId, TODAY);
    expect(await store.countByState({ today: TODAY, planIds: [all[0]!.planId] })).toEqual(plan);
    const area = all[0]!.area;
    const inArea = all.filter((x) => x.area === area);
    const counts = await store.countByState({ today: TODAY, areas: [area] });
    expect(counts.total).toBe(inArea.length);
    expect(counts.done).toBe(inArea.filter((x) => x.status === "done").length);
    expect(counts.overdue).toBe(inArea.filter((x) => x.status !== "done" && x.status !== "pending_confirmation" && x.deadline < TODAY).length);
  });

  it("reads a task with its cooperating units in ascending order, a task without any, and none for an unknown code", async () => {
    const store = createTaskStore(t.database.db);
    const links = await t.database.db.taskCooperator.findMany();
    const withCooperators = all.find((x) => links.some((l) => l.taskId === x.id))!;
    const without = all.find((x) => !links.some((l) => l.taskId === x.id))!;
    const detail = await store.findTaskDetail(withCooperators.code);
    expect(detail?.task).toEqual(withCooperators);
    expect(detail?.cooperatingUnitIds).toEqual(links.filter((l) => l.taskId === withCooperators.id).map((l) => l.unitId).sort((a, b) => a - b));
    expect(await store.findTaskDetail(without.code)).toEqual({ task: without, cooperatingUnitIds: [] });
    expect(await store.findTaskDetail("KHONGCO-99")).toBeNull();
  });

  it("keeps completion instants exact", async () => {
    const done = all.find((x) => x.completedAt !== null)!;
    expect((await createTaskStore(t.database.db).findTaskDetail(done.code))?.task.completedAt?.getTime()).toBe(done.completedAt!.getTime());
  });
});
