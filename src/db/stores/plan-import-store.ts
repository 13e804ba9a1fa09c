import type { NewPlan, PlanImportApplied, PlanImportStore, PlanImportWrite, PlanSummary } from "../../app/plan-import/ports.js";
import type { StoredTask, TaskDraft } from "../../core/plan-import/index.js";
import { storedSignature } from "../../core/plan-import/index.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { toUnit } from "./mappers.js";
import { rawSql, toNumber } from "./raw-sql.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Runner = Db | Tx;

/** Codes per lookup statement. */
const CHUNK = 500;
/** Two imports into one PostgreSQL database take turns (SQLite's single writer does this by itself). */
const IMPORT_LOCK_KEY = 6_060_611;

class Stale extends Error {}

/**
 * The plan import's storage (src/app/plan-import/ports.ts). Reads are plain; the write is one transaction
 * that first checks the plan's tasks are still those the preview compared against, then creates the plan
 * (if new), the groups it names, the new tasks, the changed fields, the links and one audit event per task.
 */
export function createPlanImportStore(db: Db, provider: Provider): PlanImportStore {
  return {
    async units() {
      return (await db.unit.findMany({ orderBy: { id: "asc" } })).map(toUnit);
    },

    async plans() {
      const rows = await db.plan.findMany({ orderBy: { id: "asc" } });
      return rows.map(
        (p): PlanSummary => ({
          id: p.id,
          code: p.code,
          name: p.name,
          year: p.year,
          yearTo: p.yearTo,
          programme: p.programme,
          kind: p.kind,
          secretariatUnitId: p.secretariatUnitId,
          sourceDocument: p.sourceDocument,
        }),
      );
    },

    storedTasks: (planId) => storedTasks(db, planId),

    async taskCodes(codes) {
      const found = new Map<string, { planId: number; planCode: string }>();
      for (let i = 0; i < codes.length; i += CHUNK) {
        const rows = await db.task.findMany({ where: { code: { in: codes.slice(i, i + CHUNK) } }, select: { code: true, planId: true, plan: { select: { code: true } } } });
        for (const r of rows) found.set(r.code, { planId: r.planId, planCode: r.plan.code });
      }
      return found;
    },

    async taskCodesStartingWith(prefix) {
      const rows = await db.task.findMany({ where: { code: { startsWith: prefix } }, select: { code: true } });
      return new Set(rows.map((r) => r.code));
    },

    async apply(write) {
      try {
        return await db.$transaction((tx) => applyIn(tx, write, provider), { timeout: 120_000, maxWait: 30_000 });
      } catch (error) {
        if (error instanceof Stale) return { ok: false, reason: "stale" };
        // Another import created the same codes or keys first: the plan is not what the preview saw.
        if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "stale" };
        throw error;
      }
    },
  };
}

async function storedTasks(runner: Runner, planId: number): Promise<StoredTask[]> {
  const rows = await runner.task.findMany({
    where: { planId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      code: true,
      title: true,
      area: true,
      areaText: true,
      leadUnitId: true,
      leadGroup: { select: { key: true } },
      cooperators: { select: { unitId: true } },
      cooperatorGroups: { select: { group: { select: { key: true } } } },
      deadline: true,
      deadlineText: true,
      deadlineKind: true,
      recurrence: true,
      deadlineFrom: true,
      product: true,
      planNote: true,
      sourceRef: true,
      rowKey: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    area: r.area,
    areaText: r.areaText,
    leadUnitId: r.leadUnitId,
    leadGroup: r.leadGroup?.key ?? null,
    cooperatingUnitIds: r.cooperators.map((c) => c.unitId).sort((a, b) => a - b),
    cooperatingGroups: r.cooperatorGroups.map((c) => c.group.key).sort(),
    deadline: r.deadline,
    deadlineText: r.deadlineText,
    deadlineKind: r.deadlineKind,
    recurrence: r.recurrence,
    deadlineFrom: r.deadlineFrom,
    product: r.product,
    planNote: r.planNote,
    sourceRef: r.sourceRef,
    rowKey: r.rowKey,
  }));
}

async function applyIn(tx: Tx, write: PlanImportWrite, provider: Provider): Promise<PlanImportApplied> {
  const pg = provider === "postgresql";
  const sql = rawSql(provider);
  if (pg) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
  const plan = "id" in write.plan ? await tx.plan.findUnique({ where: { id: write.plan.id }, select: { id: true, code: true } }) : await createPlan(tx, write.plan.create);
  if (!plan) throw new Stale();
  if (storedSignature(await storedTasks(tx, plan.id)) !== write.expectedSignature) throw new Stale();

  const groupIds = new Map<string, number>();
  for (const group of write.groups) {
    const row = await tx.unitGroup.upsert({ where: { key: group.key }, create: { key: group.key, name: group.name, memberKind: group.memberKind }, update: {}, select: { id: true } });
    groupIds.set(group.key, row.id);
  }
  const at = write.source.at.getTime();
  // One row of the file's columns, in the order of TASK_COLUMNS.
  const values = (d: TaskDraft) => [
    d.title, d.area, d.areaText, d.leadUnitId, d.leadGroup === null ? null : groupIds.get(d.leadGroup)!,
    d.deadline, d.deadlineText, d.deadlineKind, d.recurrence, d.deadlineFrom, d.product, d.planNote, d.sourceRef, d.rowKey,
  ];

  // New tasks: one statement, the rows travelling as one JSON parameter (Prisma's per-row cost would be most of the import).
  const created = new Map<string, number>();
  if (write.create.length > 0) {
    const rows = await sql.query<{ id: unknown; code: string }>(tx, insertTasksSql(pg), at, JSON.stringify(write.create.map((d) => [d.code, plan.id, ...values(d)])));
    for (const r of rows) created.set(r.code, toNumber(r.id));
  }

  // Changed and renumbered tasks: keys that move are cleared first, so that two tasks trading keys never collide
  // half-way; then one statement writes every row. A deadline written as before keeps its stored day.
  const moving = [...write.update.map((u) => u.taskId), ...write.renumber.map((r) => r.taskId)];
  if (moving.length > 0) await sql.execute(tx, `UPDATE "Task" SET "rowKey" = NULL WHERE "id" IN (SELECT ${pg ? "(r::text)::int FROM json_array_elements(?::json) AS r" : "value FROM json_each(?)"})`, JSON.stringify(moving));
  if (write.update.length > 0) {
    const rows = write.update.map((u) => [u.taskId, u.fields.includes("deadline") ? "1" : "0", ...values(u.draft)]);
    await sql.execute(tx, updateTasksSql(pg), at, JSON.stringify(rows));
  }
  if (write.renumber.length > 0) {
    await sql.execute(tx, renumberSql(pg), JSON.stringify(write.renumber.map((r) => [r.taskId, r.sourceRef, r.rowKey])));
  }

  // Links of new tasks and of tasks whose cooperating units or groups changed.
  const relinked = write.update.filter((u) => u.fields.includes("cooperating"));
  if (relinked.length > 0) {
    const ids = JSON.stringify(relinked.map((u) => u.taskId));
    const list = pg ? "SELECT (r::text)::int FROM json_array_elements(?::json) AS r" : "SELECT value FROM json_each(?)";
    await sql.execute(tx, `DELETE FROM "TaskCooperator" WHERE "taskId" IN (${list})`, ids);
    await sql.execute(tx, `DELETE FROM "TaskCooperatorGroup" WHERE "taskId" IN (${list})`, ids);
  }
  const linked = [...write.create.map((d) => ({ taskId: created.get(d.code)!, draft: d as TaskDraft })), ...relinked.map((u) => ({ taskId: u.taskId, draft: u.draft }))];
  const unitLinks = linked.flatMap(({ taskId, draft }) => draft.cooperatingUnitIds.map((unitId) => [taskId, unitId]));
  const groupLinks = linked.flatMap(({ taskId, draft }) => draft.cooperatingGroups.map((key) => [taskId, groupIds.get(key)!]));
  if (unitLinks.length > 0) await sql.execute(tx, insertPairsSql(pg, "TaskCooperator", "unitId"), JSON.stringify(unitLinks));
  if (groupLinks.length > 0) await sql.execute(tx, insertPairsSql(pg, "TaskCooperatorGroup", "groupId"), JSON.stringify(groupLinks));

  // The audit trail: which file made or changed each task, and from which row.
  const channel = write.source.personId === null ? "cli" : null;
  const events = [
    ...write.create.map((d) => [created.get(d.code)!, "imported", { file: write.source.file, row: d.row }]),
    ...write.update.map((u) => [u.taskId, "import_updated", { file: write.source.file, row: u.row, fields: [...u.fields] }]),
  ];
  if (events.length > 0) await sql.execute(tx, insertEventsSql(pg), write.source.personId, at, channel, JSON.stringify(events));

  return { ok: true, planId: plan.id, planCode: plan.code, created: write.create.length, updated: write.update.length };
}

const TASK_COLUMNS = ["title", "area", "areaText", "leadUnitId", "leadGroupId", "deadline", "deadlineText", "deadlineKind", "recurrence", "deadlineFrom", "product", "planNote", "sourceRef", "rowKey"] as const;
/** How PostgreSQL reads each column out of a JSON text value. */
const PG_CAST: Partial<Record<(typeof TASK_COLUMNS)[number] | "planId", string>> = {
  planId: "::int",
  area: '::"TaskArea"',
  leadUnitId: "::int",
  leadGroupId: "::int",
  deadlineKind: '::"DeadlineKind"',
  recurrence: '::"Recurrence"',
};
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
/** Element `i` of a JSON array row: `r->>i` cast on PostgreSQL, `value->>i` on SQLite. */
const element = (pg: boolean, i: number, column?: string) => (pg ? `(r->>${i})${PG_CAST[column as keyof typeof PG_CAST] ?? ""}` : `value->>${i}`);
/** Milliseconds since the epoch (the first parameter) as a timestamp: SQLite's adapter stores DateTime as milliseconds. */
const instant = (pg: boolean) => (pg ? "to_timestamp(?::bigint / 1000.0) AT TIME ZONE 'UTC'" : "?");
const rowsOf = (pg: boolean) => (pg ? "json_array_elements(?::json) AS r" : "json_each(?)");

function insertTasksSql(pg: boolean): string {
  const columns = ["code", "planId", ...TASK_COLUMNS];
  // SQLite: "WHERE true" lets RETURNING (and ON CONFLICT) parse after a SELECT.
  return `INSERT INTO "Task" (${quoted([...columns, "updatedAt"])})
    SELECT ${columns.map((c, i) => element(pg, i, c)).join(", ")}, ${instant(pg)} FROM ${rowsOf(pg)}${pg ? "" : " WHERE true"}
    RETURNING "id", "code"`;
}

function updateTasksSql(pg: boolean): string {
  const deadlineColumns = new Set(["deadline", "deadlineText", "deadlineKind", "recurrence", "deadlineFrom"]);
  const sets = TASK_COLUMNS.filter((c) => c !== "rowKey" && c !== "sourceRef").map((c) => {
    const value = element(pg, TASK_COLUMNS.indexOf(c) + 2, c);
    // Element 1 says whether the deadline changed: when it did not, the stored day stays (an approved extension).
    return deadlineColumns.has(c) ? `"${c}" = CASE WHEN ${element(pg, 1)} = '1' THEN ${value} ELSE "Task"."${c}" END` : `"${c}" = ${value}`;
  });
  sets.push(`"sourceRef" = ${element(pg, TASK_COLUMNS.indexOf("sourceRef") + 2)}`, `"rowKey" = ${element(pg, TASK_COLUMNS.indexOf("rowKey") + 2)}`, `"updatedAt" = ${instant(pg)}`);
  return `UPDATE "Task" SET ${sets.join(", ")} FROM ${rowsOf(pg)} WHERE "Task"."id" = ${pg ? "(r->>0)::int" : "value->>0"}`;
}

function renumberSql(pg: boolean): string {
  return `UPDATE "Task" SET "sourceRef" = ${element(pg, 1)}, "rowKey" = ${element(pg, 2)} FROM ${rowsOf(pg)} WHERE "Task"."id" = ${pg ? "(r->>0)::int" : "value->>0"}`;
}

function insertPairsSql(pg: boolean, table: string, column: string): string {
  return `INSERT INTO "${table}" ("taskId", "${column}") SELECT ${pg ? "(r->>0)::int, (r->>1)::int" : "value->>0, value->>1"} FROM ${rowsOf(pg)}`;
}

/** Parameters: person, instant (ms), channel, then the rows [taskId, action, details] as JSON. */
function insertEventsSql(pg: boolean): string {
  return pg
    ? `INSERT INTO "TaskEvent" ("taskId", "personId", "at", "channel", "action", "details")
       SELECT (r->>0)::int, ?::int, to_timestamp(?::bigint / 1000.0) AT TIME ZONE 'UTC', ?, r->>1, (r->2)::jsonb FROM json_array_elements(?::json) AS r`
    : `INSERT INTO "TaskEvent" ("taskId", "personId", "at", "channel", "action", "details")
       SELECT value->>0, ?, ?, ?, value->>1, value->2 FROM json_each(?)`;
}

async function createPlan(tx: Tx, plan: NewPlan): Promise<{ id: number; code: string }> {
  return tx.plan.create({
    data: { ...plan },
    select: { id: true, code: true },
  });
}
