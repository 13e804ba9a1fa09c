/**
 * What importing a file would do to a plan's stored tasks, task by task: new, changed (which fields, from
 * what to what) or unchanged; and which stored tasks the file no longer lists (kept, never deleted).
 * A row is the stored task with its code; without a code, the one with its title (row key); failing that,
 * the one at its numbering ("II.3") when exactly one on each side is left there, a reworded row. A row that
 * only moved (a task inserted above it renumbers it) is unchanged: its new place is stored quietly.
 *
 * A deadline the file writes as before stays as stored: an extension the secretariat approved is not undone
 * by importing the same plan again. Only a deadline written differently changes it.
 */
import type { LocalDate } from "../local-date.js";
import type { TaskArea } from "../model.js";
import type { DeadlineKind, Recurrence } from "../reminders/recurrence.js";
import { hash53 } from "./row-identity.js";
import type { TaskDraft } from "./task-draft.js";

export interface StoredTask {
  id: number;
  code: string;
  title: string;
  area: TaskArea;
  areaText: string | null;
  leadUnitId: number;
  leadGroup: string | null;
  cooperatingUnitIds: readonly number[];
  cooperatingGroups: readonly string[];
  deadline: LocalDate;
  deadlineText: string | null;
  deadlineKind: DeadlineKind;
  recurrence: Recurrence | null;
  deadlineFrom: LocalDate | null;
  product: string | null;
  planNote: string | null;
  sourceRef: string | null;
  rowKey: string | null;
}

export type ChangedField = "title" | "area" | "areaText" | "lead" | "cooperating" | "deadline" | "product" | "planNote";

export interface FieldChange {
  field: ChangedField;
  from: unknown;
  to: unknown;
}

/** Where a task's row is in the file: its table and its number there. */
export interface RowPlace {
  table: string;
  row: number;
}

export type TaskChange = RowPlace &
  (
    | { action: "new"; draft: TaskDraft }
    | { action: "changed"; taskId: number; code: string; draft: TaskDraft; fields: FieldChange[] }
    /** `renumbered`: only its place in the file moved ("II.3" → "II.4"), which is stored without counting as a change. */
    | { action: "unchanged"; taskId: number; code: string; draft: TaskDraft; renumbered: boolean }
  );

export interface PlanDiff {
  /** In file order. */
  changes: TaskChange[];
  /** Stored tasks of the plan that the file does not list: kept as they are. */
  absent: StoredTask[];
}

export function diffPlan(rows: ReadonlyArray<RowPlace & { draft: TaskDraft }>, stored: readonly StoredTask[]): PlanDiff {
  const byCode = new Map(stored.map((t) => [t.code, t]));
  const byKey = new Map(stored.filter((t) => t.rowKey !== null).map((t) => [t.rowKey!, t]));
  const matched = new Map<number, StoredTask>(); // index in rows → stored task
  const used = new Set<number>();
  const take = (i: number, task: StoredTask | undefined) => {
    if (!task || used.has(task.id)) return;
    matched.set(i, task);
    used.add(task.id);
  };
  rows.forEach(({ draft }, i) => draft.code !== null && take(i, byCode.get(draft.code)));
  rows.forEach(({ draft }, i) => draft.code === null && !matched.has(i) && take(i, byKey.get(draft.rowKey)));
  // A reworded row: the one row left at a numbering and the one stored task left there.
  const leftAt = (ref: string) => stored.filter((t) => !used.has(t.id) && t.sourceRef === ref);
  const rowsAt = new Map<string, number[]>();
  rows.forEach(({ draft }, i) => {
    if (draft.code === null && !matched.has(i)) rowsAt.set(draft.sourceRef, [...(rowsAt.get(draft.sourceRef) ?? []), i]);
  });
  for (const [ref, indexes] of rowsAt) {
    const candidates = leftAt(ref);
    if (indexes.length === 1 && candidates.length === 1 && !ref.startsWith("#")) take(indexes[0]!, candidates[0]);
  }
  // A coded row keeps its title's key unless a task the file no longer lists holds it (the same title under
  // another code): then its key is its code, so that the two never collide.
  const absentKeys = new Set(stored.filter((t) => !used.has(t.id) && t.rowKey !== null).map((t) => t.rowKey!));
  const changes = rows.map(({ row, table, draft: written }, i): TaskChange => {
    const draft = written.code !== null && absentKeys.has(written.rowKey) ? { ...written, rowKey: `c:${written.code}` } : written;
    const task = matched.get(i);
    if (!task) return { action: "new", table, row, draft };
    const fields = changedFields(task, draft);
    return fields.length === 0
      ? { action: "unchanged", table, row, taskId: task.id, code: task.code, draft, renumbered: task.sourceRef !== draft.sourceRef || task.rowKey !== draft.rowKey }
      : { action: "changed", table, row, taskId: task.id, code: task.code, draft, fields };
  });
  return { changes, absent: stored.filter((t) => !used.has(t.id)) };
}

export function changedFields(task: StoredTask, draft: TaskDraft): FieldChange[] {
  const fields: FieldChange[] = [];
  const compare = (field: ChangedField, from: unknown, to: unknown) => {
    if (JSON.stringify(from ?? null) !== JSON.stringify(to ?? null)) fields.push({ field, from, to });
  };
  compare("title", task.title, draft.title);
  compare("area", task.area, draft.area);
  compare("areaText", task.areaText, draft.areaText);
  compare("lead", { unit: task.leadUnitId, group: task.leadGroup }, { unit: draft.leadUnitId, group: draft.leadGroup });
  compare(
    "cooperating",
    { units: [...task.cooperatingUnitIds].sort((a, b) => a - b), groups: [...task.cooperatingGroups].sort() },
    { units: draft.cooperatingUnitIds, groups: draft.cooperatingGroups },
  );
  if (deadlineWritten(task) !== deadlineWritten(draft) || (task.deadlineText === null && task.deadline !== draft.deadline)) {
    fields.push({ field: "deadline", from: { date: task.deadline, text: task.deadlineText }, to: { date: draft.deadline, text: draft.deadlineText } });
  }
  compare("product", task.product, draft.product);
  compare("planNote", task.planNote, draft.planNote);
  return fields;
}

/** Everything the file says about a deadline besides the day it works out to. */
function deadlineWritten(t: Pick<StoredTask, "deadlineText" | "deadlineKind" | "recurrence" | "deadlineFrom">): string {
  return JSON.stringify([t.deadlineText, t.deadlineKind, t.recurrence, t.deadlineFrom]);
}

/**
 * A fingerprint of a plan's stored tasks as the import compares them: a preview and the write that confirms it
 * must see the same, or someone changed the plan in between.
 */
export function storedSignature(stored: readonly StoredTask[]): string {
  const rows = [...stored].sort((a, b) => a.id - b.id).map((t) => [t.id, t.code, t.title, t.area, t.areaText, t.leadUnitId, t.leadGroup, [...t.cooperatingUnitIds].sort((a, b) => a - b), [...t.cooperatingGroups].sort(), t.deadline, t.deadlineText, t.deadlineKind, t.recurrence, t.deadlineFrom, t.product, t.planNote, t.sourceRef, t.rowKey]);
  return `${stored.length}:${hash53(JSON.stringify(rows))}`;
}
