import type { CandidateTask, ReminderPlanStore } from "../../app/reminders/ports.js";
import type { TaskStatus } from "../../core/model.js";
import type { DeadlineKind, PlannedReminder, Recurrence } from "../../core/reminders/index.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { placeholders, rawSql } from "./raw-sql.js";

export const LAST_PLANNED_KEY = "reminders.lastPlannedAt";
const COLUMNS = '"key", "taskId", "kind", "slot", "offset", "unitId", "audience", "dueAt", "plannedAt"';
const CHUNK = 500;

/**
 * Planning's side of the outbox, on the hot path of every tick (100.000 tasks, thousands due): the lookup
 * returns its rows as one JSON value and the insert takes its rows as one JSON parameter, because Prisma's
 * per-row and per-parameter costs would dominate. Both are plain SQL that SQLite and PostgreSQL share, apart
 * from how a JSON list is aggregated and expanded.
 */
export function createReminderPlanStore(db: Db, provider: Provider): ReminderPlanStore {
  const sql = rawSql(provider);
  const pg = provider === "postgresql";
  /**
   * Keys this process has seen committed today. Today's slot is planned again on every tick (so that a task
   * added or changed during the day is picked up); rows already stored need no second insert attempt. The
   * unique key in the database stays the guarantee: this only saves work.
   */
  let known = { day: "", keys: new Set<string>() };

  return {
    async lastPlannedAt() {
      const row = await db.schedulerState.findUnique({ where: { key: LAST_PLANNED_KEY }, select: { at: true } });
      return row?.at ?? null;
    },

    async candidateTasks(query, options = {}) {
      const conditions: string[] = [];
      const params: unknown[] = [];
      if (query.deadlines.length > 0) {
        conditions.push(`"deadline" IN (${placeholders(query.deadlines.length)})`);
        params.push(...query.deadlines);
      }
      for (const range of query.ranges) {
        conditions.push('("deadline" >= ? AND "deadline" <= ?)');
        params.push(range.from, range.to);
      }
      // A recurring or on-demand task's stored deadline is its last day, not a day it is due (recurrence.ts).
      const branches = conditions.length > 0 ? [`("deadlineKind" IN ('fixed', 'range') AND (${conditions.join(" OR ")}))`] : [];
      const recurring = query.recurring;
      if (recurring && (recurring.recurrences.length > 0 || query.deadlines.length > 0)) {
        const due = [
          ...(recurring.recurrences.length > 0 ? [`"recurrence" IN (${placeholders(recurring.recurrences.length)})`] : []),
          ...(query.deadlines.length > 0 ? [`"deadline" IN (${placeholders(query.deadlines.length)})`] : []),
        ];
        branches.push(`("deadlineKind" = 'recurring' AND "deadline" >= ? AND (${due.join(" OR ")}))`);
        params.push(recurring.today, ...recurring.recurrences, ...query.deadlines);
      }
      if (branches.length === 0) return [];
      const fields = ['"id"', '"code"', '"planId"', '"leadUnitId"', '"deadline"', '"status"', '"deadlineKind"', '"recurrence"', '"deadlineFrom"', ...(options.withTitles ? ['"title"'] : [])].join(", ");
      const aggregate = pg ? `json_agg(json_build_array(${fields}) ORDER BY "id")` : `json_group_array(json_array(${fields}))`;
      const from = pg ? `"Task"` : `(SELECT * FROM "Task" WHERE "status" NOT IN ('done', 'pending_confirmation') AND (${branches.join(" OR ")}) ORDER BY "id")`;
      const where = pg ? ` WHERE "status" NOT IN ('done', 'pending_confirmation') AND (${branches.join(" OR ")})` : "";
      const [row] = await sql.query<{ rows: unknown }>(db, `SELECT ${aggregate} AS "rows" FROM ${from}${where}`, ...params);
      const rows = (typeof row?.rows === "string" ? JSON.parse(row.rows) : row?.rows ?? []) as Array<
        [number, string, number, number, string, TaskStatus, DeadlineKind, Recurrence | null, string | null, string?]
      >;
      return rows.map(
        ([id, code, planId, leadUnitId, deadline, status, deadlineKind, recurrence, deadlineFrom, title]): CandidateTask => ({
          id, code, planId, leadUnitId, deadline, status,
          ...(deadlineKind === "fixed" ? {} : { deadlineKind, recurrence, deadlineFrom }),
          ...(title === undefined ? {} : { title }),
        }),
      );
    },

    async savePlanned(reminders, plannedAt) {
      const day = plannedAt.toISOString().slice(0, 10);
      if (known.day !== day) known = { day, keys: new Set() };
      const fresh = reminders.filter((r) => !known.keys.has(r.key));
      const inserted = await db.$transaction(
        async (tx) => {
          const count = fresh.length > 0 ? await sql.execute(tx, insertSql(pg), plannedAt, JSON.stringify(fresh.map(row))) : 0;
          await sql.execute(
            tx,
            `INSERT INTO "SchedulerState" ("key", "value", "at") VALUES (?, ?, ?)
             ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "at" = excluded."at" WHERE "SchedulerState"."at" < excluded."at"`,
            LAST_PLANNED_KEY,
            plannedAt.toISOString(),
            plannedAt,
          );
          return count;
        },
        { timeout: 60_000 },
      );
      for (const r of fresh) known.keys.add(r.key);
      return inserted;
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
}

function row(r: PlannedReminder): unknown[] {
  return [r.key, r.taskId, r.kind, r.slot, r.offset, r.unitId, r.audience, r.dueAt.getTime()];
}

/** Insert-or-ignore of the rows in one JSON parameter; dueAt travels as milliseconds since the epoch. */
function insertSql(pg: boolean): string {
  if (pg) {
    return `INSERT INTO "Reminder" (${COLUMNS})
      SELECT r->>0, (r->>1)::int, r->>2, r->>3, (r->>4)::int, (r->>5)::int, r->>6, to_timestamp((r->>7)::bigint / 1000.0) AT TIME ZONE 'UTC', ?
      FROM json_array_elements(?::json) AS r
      ON CONFLICT ("key") DO NOTHING`;
  }
  // SQLite stores DateTime as milliseconds (the adapter's unixepoch-ms); "WHERE true" lets ON CONFLICT parse after a SELECT.
  return `INSERT INTO "Reminder" (${COLUMNS})
    SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, ?
    FROM json_each(?) WHERE true
    ON CONFLICT ("key") DO NOTHING`;
}
