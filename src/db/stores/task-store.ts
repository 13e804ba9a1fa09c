import type { TaskQuery, TaskStore } from "../../app/ports.js";
import type { LocalDate } from "../../core/local-date.js";
import type { ProgressCounts } from "../../core/plan-progress.js";
import type { Db } from "../client.js";
import type { Prisma } from "../generated/sqlite/client.js";
import { toTask } from "./mappers.js";

export function createTaskStore(db: Db): TaskStore {
  return {
    async progressCounts(planId: number, today: LocalDate): Promise<ProgressCounts> {
      // One grouped count, split at today: whether an open task is overdue depends only on its deadline.
      // Written as SQL because leaders ask this often and Prisma's groupBy costs two round trips through its
      // query interpreter; the tagged template keeps it parameterised on both providers.
      const rows = await db.$queryRaw<Array<{ status: string; past: number | bigint; n: number | bigint }>>`
        SELECT "status" AS status, CASE WHEN "deadline" < ${today} THEN 1 ELSE 0 END AS past, COUNT(*) AS n
        FROM "Task" WHERE "planId" = ${planId} GROUP BY 1, 2`;
      const count = (past: boolean | undefined, ...statuses: string[]) =>
        rows
          .filter((r) => statuses.includes(String(r.status)) && (past === undefined || (Number(r.past) === 1) === past))
          .reduce((sum, r) => sum + Number(r.n), 0);
      return {
        total: count(undefined, "done", "in_progress", "not_started", "blocked", "pending_confirmation"),
        done: count(undefined, "done"),
        awaitingConfirmation: count(undefined, "pending_confirmation"),
        overdue: count(true, "in_progress", "not_started", "blocked"),
        inProgressOnTime: count(false, "in_progress"),
        notStartedOnTime: count(false, "not_started", "blocked"),
      };
    },

    async findTasks(query: TaskQuery) {
      const where = taskWhere(query);
      const rows = await db.task.findMany({ where, orderBy: [{ deadline: "asc" }, { code: "asc" }], take: query.limit });
      // Only a full page can hide more rows: a shorter list is its own count, and saves a query.
      const total = rows.length < query.limit ? rows.length : await db.task.count({ where });
      return { tasks: rows.map(toTask), total };
    },

    async cooperatingUnitIds(taskId: number) {
      const rows = await db.taskCooperator.findMany({ where: { taskId }, select: { unitId: true }, orderBy: { unitId: "asc" } });
      return rows.map((r) => r.unitId);
    },

    async findTaskByCode(code: string) {
      const row = await db.task.findUnique({ where: { code } });
      return row ? toTask(row) : null;
    },
  };
}

function taskWhere(q: TaskQuery): Prisma.TaskWhereInput {
  const where: Prisma.TaskWhereInput = {};
  if (q.planIds) where.planId = { in: [...q.planIds] };
  if (q.leadUnitIds) where.leadUnitId = { in: [...q.leadUnitIds] };
  if (q.areas) where.area = { in: [...q.areas] };
  const deadline: Prisma.StringFilter = {};
  if (q.dueFrom) deadline.gte = q.dueFrom;
  if (q.dueTo) deadline.lte = q.dueTo;
  switch (q.state) {
    case "open":
      where.status = { not: "done" };
      break;
    case "done":
      where.status = "done";
      break;
    case "overdue":
      where.status = { in: ["in_progress", "not_started", "blocked"] };
      deadline.lt = q.today;
      break;
    case "in_progress_on_time":
      where.status = "in_progress";
      deadline.gte = q.today;
      break;
    case "not_started_on_time":
      where.status = { in: ["not_started", "blocked"] };
      deadline.gte = q.today;
      break;
  }
  if (Object.keys(deadline).length > 0) where.deadline = deadline;
  return where;
}
