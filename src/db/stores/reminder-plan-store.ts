import type { CandidateTask, ReminderPlanStore } from "../../app/reminders/ports.js";
import type { PlannedReminder } from "../../core/reminders/index.js";
import type { Db } from "../client.js";
import type { Prisma } from "../generated/sqlite/client.js";
import type { Provider } from "../provider.js";
import { placeholders, rawSql, type RawRunner } from "./raw-sql.js";

export const LAST_PLANNED_KEY = "reminders.lastPlannedAt";
/** Rows per INSERT: 9 parameters each stays far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;
const COLUMNS = '"key", "taskId", "kind", "slot", "offset", "unitId", "audience", "dueAt", "plannedAt"';

/** Planning's side of the outbox: candidate tasks by indexed deadline lookups, and insert-or-ignore by key. */
export function createReminderPlanStore(db: Db, provider: Provider): ReminderPlanStore {
  const sql = rawSql(provider);
  return {
    async lastPlannedAt() {
      const row = await db.schedulerState.findUnique({ where: { key: LAST_PLANNED_KEY }, select: { at: true } });
      return row?.at ?? null;
    },

    async candidateTasks(query) {
      const or: Prisma.TaskWhereInput[] = [];
      if (query.deadlines.length > 0) or.push({ deadline: { in: [...query.deadlines] } });
      for (const range of query.ranges) or.push({ deadline: { gte: range.from, lte: range.to } });
      if (or.length === 0) return [];
      const rows = await db.task.findMany({
        where: { status: { notIn: ["done", "pending_confirmation"] }, OR: or },
        select: { id: true, code: true, planId: true, leadUnitId: true, deadline: true, status: true, title: true },
        orderBy: { id: "asc" },
      });
      return rows satisfies CandidateTask[];
    },

    async savePlanned(reminders, plannedAt) {
      return db.$transaction(
        async (tx) => {
          let inserted = 0;
          for (let i = 0; i < reminders.length; i += CHUNK) inserted += await insertChunk(tx, reminders.slice(i, i + CHUNK), plannedAt);
          await sql.execute(
            tx,
            `INSERT INTO "SchedulerState" ("key", "value", "at") VALUES (?, ?, ?)
             ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "at" = excluded."at" WHERE "SchedulerState"."at" < excluded."at"`,
            LAST_PLANNED_KEY,
            plannedAt.toISOString(),
            plannedAt,
          );
          return inserted;
        },
        { timeout: 60_000 },
      );
    },

    async existingKeys(keys) {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += CHUNK) {
        const rows = await db.reminder.findMany({ where: { key: { in: keys.slice(i, i + CHUNK) } }, select: { key: true } });
        for (const row of rows) found.add(row.key);
      }
      return found;
    },
  };

  function insertChunk(tx: RawRunner, chunk: readonly PlannedReminder[], plannedAt: Date): Promise<number> {
    const values = chunk.map(() => `(${placeholders(9)})`).join(", ");
    const params = chunk.flatMap((r) => [r.key, r.taskId, r.kind, r.slot, r.offset, r.unitId, r.audience, r.dueAt, plannedAt]);
    return sql.execute(tx, `INSERT INTO "Reminder" (${COLUMNS}) VALUES ${values} ON CONFLICT ("key") DO NOTHING`, ...params);
  }
}
