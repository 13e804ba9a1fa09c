import type { TaskQuery, TaskStore } from "../../app/ports.js";
import { vnDate, type LocalDate } from "../../core/local-date.js";
import type { ProgressCounts } from "../../core/plan-progress.js";
import type { Db } from "../client.js";
import { join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import type { DeadlineKind, Task, TaskArea, TaskStatus } from "../../core/model.js";
import { toDate, toNumber } from "./raw-sql.js";

export function createTaskStore(db: Db): TaskStore {
  /**
   * One grouped count, split at today: whether an open task is overdue depends only on its deadline. Written
   * as SQL because leaders ask this often and Prisma's groupBy costs two round trips through its query
   * interpreter; the tagged template keeps it parameterised on both providers.
   */
  async function countsWhere(where: Sql, today: LocalDate): Promise<ProgressCounts> {
    // `past` against the deadline in force, `pastIssued` against the plan's own (before any extension), and
    // `extended` for tasks whose deadline an extension moved: both readings of the plan come from one pass.
    const rows = await db.$queryRaw<Array<{ status: string; past: number | bigint; pastIssued: number | bigint; extended: number | bigint; n: number | bigint }>>`
      SELECT "status" AS status,
        CASE WHEN "deadline" < ${today} AND ${FIXED_DAY} THEN 1 ELSE 0 END AS past,
        CASE WHEN COALESCE("originalDeadline", "deadline") < ${today} AND ${FIXED_DAY} THEN 1 ELSE 0 END AS "pastIssued",
        CASE WHEN "originalDeadline" IS NOT NULL AND "originalDeadline" <> "deadline" THEN 1 ELSE 0 END AS extended,
        COUNT(*) AS n
      FROM "Task" WHERE ${where} GROUP BY 1, 2, 3, 4`;
    const count = (past: boolean | undefined, ...statuses: string[]) => countOf(rows, "past", past, statuses);
    const issued = (past: boolean | undefined, ...statuses: string[]) => countOf(rows, "pastIssued", past, statuses);
    return {
      total: count(undefined, "done", "in_progress", "not_started", "blocked", "pending_confirmation"),
      done: count(undefined, "done"),
      awaitingConfirmation: count(undefined, "pending_confirmation"),
      overdue: count(true, "in_progress", "not_started", "blocked"),
      inProgressOnTime: count(false, "in_progress"),
      notStartedOnTime: count(false, "not_started", "blocked"),
      blocked: count(undefined, "blocked"),
      extended: rows.filter((r) => Number(r.extended) === 1).reduce((sum, r) => sum + Number(r.n), 0),
      asIssued: {
        overdue: issued(true, "in_progress", "not_started", "blocked"),
        inProgressOnTime: issued(false, "in_progress"),
        notStartedOnTime: issued(false, "not_started", "blocked"),
      },
      ...(await doneLate(where)),
    };
  }

  /**
   * Tasks done after their deadline, in force and as issued. The completion instant becomes a Vietnamese day
   * in code (core/task-state.ts decides "done late" for one task the same way): SQL on two providers would
   * each read the time zone differently.
   */
  async function doneLate(where: Sql): Promise<Pick<ProgressCounts, "doneLate" | "doneLateAsIssued">> {
    const rows = await db.$queryRaw<Array<{ deadline: string; originalDeadline: string | null; completedAt: Date | number | bigint | string | null }>>`
      SELECT "deadline", "originalDeadline", "completedAt" FROM "Task"
      WHERE ${where} AND CAST("status" AS TEXT) = ${"done"} AND ${FIXED_DAY} AND "completedAt" IS NOT NULL`;
    let inForce = 0;
    let asIssued = 0;
    for (const row of rows) {
      const day = vnDate(toDate(row.completedAt!));
      if (day > row.deadline) inForce++;
      if (day > (row.originalDeadline ?? row.deadline)) asIssued++;
    }
    return { doneLate: inForce, doneLateAsIssued: asIssued };
  }

  return {
    progressCounts(planId: number, today: LocalDate): Promise<ProgressCounts> {
      return countsWhere(sql`"planId" = ${planId}`, today);
    },

    /** The same counts for the tasks a filter leaves (a unit's, an area's, a window's). */
    countByState(query: Omit<TaskQuery, "limit" | "state">): Promise<ProgressCounts> {
      return countsWhere(taskConditions({ ...query, limit: 1 }), query.today);
    },


    async findTasks(query: TaskQuery) {
      // One statement for the page and the number of matches (a window count over the filtered rows): a task
      // list is the question leaders ask most after the KPIs, and each statement costs a pass through Prisma.
      const rows = await db.$queryRaw<Array<TaskRow & { total: number | bigint }>>`
        SELECT ${TASK_COLUMNS}, COUNT(*) OVER () AS "total" FROM "Task"
        WHERE ${taskConditions(query)} ORDER BY "deadline" ASC, "code" ASC LIMIT ${limitOf(query.limit)}`;
      return { tasks: rows.map(taskOfRow), total: rows.length > 0 ? toNumber(rows[0]!.total) : 0 };
    },

    findTaskTitles(query: TaskQuery) {
      // Two columns instead of every one: a title search reads a whole plan (1.470 tasks a province in
      // bench:nlu's scaled data) and loading each task whole made a question that matched none take 35 ms.
      return db.$queryRaw<Array<{ code: string; title: string }>>`
        SELECT "code", "title" FROM "Task" WHERE ${taskConditions(query)} ORDER BY "deadline" ASC, "code" ASC LIMIT ${limitOf(query.limit)}`;
    },

    async findTaskDetail(code: string) {
      // The task and its cooperating units in one statement: one row per cooperator, or one with none.
      const rows = await db.$queryRaw<Array<TaskRow & { cooperatorId: number | bigint | null }>>`
        SELECT ${TASK_COLUMNS_OF_T}, c."unitId" AS "cooperatorId"
        FROM "Task" t LEFT JOIN "TaskCooperator" c ON c."taskId" = t."id"
        WHERE t."code" = ${code} ORDER BY c."unitId" ASC`;
      if (!rows[0]) return null;
      const cooperatingUnitIds = rows.flatMap((r) => (r.cooperatorId === null ? [] : [toNumber(r.cooperatorId)]));
      return { task: taskOfRow(rows[0]), cooperatingUnitIds };
    },
  };
}

const COLUMN_NAMES = ["id", "code", "planId", "title", "area", "leadUnitId", "deadline", "status", "completedAt", "progress", "evidence", "notes", "deadlineKind", "deadlineText", "originalDeadline", "blockedSince"] as const;
const TASK_COLUMNS = raw(COLUMN_NAMES.map((c) => `"${c}"`).join(", "));
const TASK_COLUMNS_OF_T = raw(COLUMN_NAMES.map((c) => `t."${c}"`).join(", "));

interface TaskRow {
  id: number | bigint;
  code: string;
  planId: number | bigint;
  title: string;
  area: string;
  leadUnitId: number | bigint;
  deadline: string;
  status: string;
  completedAt: Date | number | bigint | string | null;
  progress: number | bigint;
  evidence: string | null;
  notes: string | null;
  deadlineKind: string;
  deadlineText: string | null;
  originalDeadline: string | null;
  blockedSince: Date | number | bigint | string | null;
}

function taskOfRow(row: TaskRow): Task {
  return {
    id: toNumber(row.id),
    code: row.code,
    planId: toNumber(row.planId),
    title: row.title,
    area: row.area as TaskArea,
    leadUnitId: toNumber(row.leadUnitId),
    deadline: row.deadline,
    status: row.status as TaskStatus,
    completedAt: row.completedAt === null ? null : toDate(row.completedAt),
    progress: toNumber(row.progress),
    evidence: row.evidence,
    notes: row.notes,
    deadlineKind: row.deadlineKind as DeadlineKind,
    deadlineText: row.deadlineText,
    originalDeadline: row.originalDeadline,
    blockedSince: row.blockedSince === null ? null : toDate(row.blockedSince),
  };
}

function countOf(rows: ReadonlyArray<Record<string, unknown> & { status: string; n: number | bigint }>, column: "past" | "pastIssued", past: boolean | undefined, statuses: readonly string[]): number {
  return rows
    .filter((r) => statuses.includes(String(r.status)) && (past === undefined || (Number(r[column]) === 1) === past))
    .reduce((sum, r) => sum + Number(r.n), 0);
}

const OPEN_LATE: readonly TaskStatus[] = ["in_progress", "not_started", "blocked"];

/** A task whose deadline is a day it can pass (core/model.ts hasNoFixedDay is the same rule for one task). */
const FIXED_DAY = sql`"deadlineKind" IN ('fixed', 'range')`;
const NOT_STARTED: readonly TaskStatus[] = ["not_started", "blocked"];

/**
 * The filter of a task list as SQL conditions. Status and area are enums on PostgreSQL and text on SQLite:
 * compared as text, which both accept. The cast keeps the (planId, status) and (leadUnitId, status) indexes
 * to their first column; a plan's or a unit's tasks are few (43 in the demo; the 50.000-task bench data
 * answers at p99 3,4 ms), so the store stays one SQL text for both providers.
 */
function taskConditions(q: TaskQuery): Sql {
  const status = raw(`CAST("status" AS TEXT)`);
  const conditions: Sql[] = [];
  if (q.planIds) conditions.push(sql`"planId" IN (${inList(q.planIds)})`);
  if (q.leadUnitIds) conditions.push(sql`"leadUnitId" IN (${inList(q.leadUnitIds)})`);
  if (q.notLeadUnitIds) conditions.push(sql`"leadUnitId" NOT IN (${inList(q.notLeadUnitIds)})`);
  if (q.anyRoleUnitIds) {
    conditions.push(sql`("leadUnitId" IN (${inList(q.anyRoleUnitIds)}) OR "id" IN (SELECT "taskId" FROM "TaskCooperator" WHERE "unitId" IN (${inList(q.anyRoleUnitIds)})))`);
  }
  if (q.cooperatingUnitIds) conditions.push(sql`"id" IN (SELECT "taskId" FROM "TaskCooperator" WHERE "unitId" IN (${inList(q.cooperatingUnitIds)}))`);
  if (q.areas) conditions.push(sql`CAST("area" AS TEXT) IN (${inList(q.areas)})`);
  if (q.dueFrom) conditions.push(sql`"deadline" >= ${q.dueFrom}`);
  if (q.dueTo) conditions.push(sql`"deadline" <= ${q.dueTo}`);
  if (q.codes) conditions.push(q.codes.length > 0 ? sql`"code" IN (${inList(q.codes)})` : raw("1 = 0"));
  switch (q.state) {
    case "open":
      conditions.push(sql`${status} <> ${"done"}`);
      break;
    case "done":
      conditions.push(sql`${status} = ${"done"}`);
      break;
    case "blocked":
      conditions.push(sql`${status} = ${"blocked"}`);
      break;
    case "not_started":
      conditions.push(sql`${status} = ${"not_started"}`);
      break;
    case "in_progress":
      conditions.push(sql`${status} = ${"in_progress"}`);
      break;
    case "open_on_time":
      conditions.push(sql`${status} <> ${"done"}`, sql`("deadline" >= ${q.today} OR NOT ${FIXED_DAY})`);
      break;
    case "overdue":
      conditions.push(sql`${status} IN (${inList(OPEN_LATE)})`, sql`"deadline" < ${q.today}`, FIXED_DAY);
      break;
    case "in_progress_on_time":
      conditions.push(sql`${status} = ${"in_progress"}`, sql`("deadline" >= ${q.today} OR NOT ${FIXED_DAY})`);
      break;
    case "not_started_on_time":
      conditions.push(sql`${status} IN (${inList(NOT_STARTED)})`, sql`("deadline" >= ${q.today} OR NOT ${FIXED_DAY})`);
      break;
  }
  return conditions.length > 0 ? join(conditions, " AND ") : sql`1 = 1`;
}

/**
 * The page size written into the SQL rather than bound: SQLite plans a bound LIMIT without knowing it is
 * small and ran the list twice as slowly (measured: 228 µs against 113 µs). It is always our own integer.
 */
function limitOf(limit: number): Sql {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`task list limit must be a positive integer, got ${limit}`);
  return raw(String(limit));
}

/** An empty IN list is not SQL: it matches nothing, as the list asks. */
function inList(values: readonly (string | number)[]): Sql {
  return values.length > 0 ? join([...values]) : sql`NULL`;
}
