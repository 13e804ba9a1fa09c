import type { TaskQuery, TaskStore } from "../../app/ports.js";
import type { LocalDate } from "../../core/local-date.js";
import type { ProgressCounts } from "../../core/plan-progress.js";
import type { Db } from "../client.js";
import type { Prisma } from "../generated/sqlite/client.js";
import { toTask } from "./mappers.js";

export function createTaskStore(db: Db): TaskStore {
  return {
    async progressCounts(planId: number, today: LocalDate): Promise<ProgressCounts> {
      // Two grouped counts, split at today: whether an open task is overdue depends only on its deadline.
      const [past, current] = await Promise.all([
        db.task.groupBy({ by: ["status"], where: { planId, deadline: { lt: today } }, _count: { _all: true } }),
        db.task.groupBy({ by: ["status"], where: { planId, deadline: { gte: today } }, _count: { _all: true } }),
      ]);
      const count = (rows: typeof past, ...statuses: string[]) =>
        rows.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + r._count._all, 0);
      return {
        total: count(past, "done", "in_progress", "not_started", "blocked", "pending_confirmation") +
          count(current, "done", "in_progress", "not_started", "blocked", "pending_confirmation"),
        done: count(past, "done") + count(current, "done"),
        awaitingConfirmation: count(past, "pending_confirmation") + count(current, "pending_confirmation"),
        overdue: count(past, "in_progress", "not_started", "blocked"),
        inProgressOnTime: count(current, "in_progress"),
        notStartedOnTime: count(current, "not_started", "blocked"),
      };
    },

    async findTasks(query: TaskQuery) {
      const where = taskWhere(query);
      const [rows, total] = await Promise.all([
        db.task.findMany({ where, orderBy: [{ deadline: "asc" }, { code: "asc" }], take: query.limit }),
        db.task.count({ where }),
      ]);
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
