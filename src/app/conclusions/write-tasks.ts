/**
 * New tasks made in chat (a conclusion's confirmed proposals, an assignment) written the way an import writes
 * them: in one transaction with their links and one audit event each, through the plan import's store, into
 * an existing plan or a new one. Codes follow the plan's ("KL23-01", "CCHC23-44").
 */
import { GROUP_BY_KEY, type PlanKind, type TaskDraft, newTaskCodes, storedSignature, titleKey } from "../../core/plan-import/index.js";
import type { NewPlan, PlanImportStore } from "../plan-import/ports.js";

/** A task made in chat: an imported task's fields that chat fills in, and where it came from. */
export type NewTask = Pick<TaskDraft, "title" | "area" | "leadUnitId" | "leadGroup" | "cooperatingUnitIds" | "cooperatingGroups" | "deadline" | "deadlineText"> & {
  /** Where it came from (the notice's sentence, the message), kept as the plan's note on the task. */
  note: string | null;
};

export type WrittenTasks = { ok: true; planId: number; planCode: string; codes: string[] } | { ok: false; reason: "stale" };

export async function writeNewTasks(
  store: PlanImportStore,
  target: { planId: number; planCode: string } | { create: Omit<NewPlan, "kind"> & { kind: PlanKind } },
  tasks: readonly NewTask[],
  source: { label: string; personId: number | null; at: Date },
): Promise<WrittenTasks> {
  const planCode = "create" in target ? target.create.code : target.planCode;
  const stored = "create" in target ? [] : await store.storedTasks(target.planId);
  const taken = await store.taskCodesStartingWith(`${planCode}-`);
  const codes = newTaskCodes(planCode, tasks.length, taken);
  // A title the plan already holds gets "#2", "#3": never two tasks of a plan with the same row key.
  const keys = new Set(stored.map((t) => t.rowKey));
  const drafts = tasks.map((task, i): TaskDraft & { code: string; row: number } => {
    const base = titleKey(task.title);
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}#${n}`;
    keys.add(key);
    return {
      code: codes[i]!,
      row: i + 1,
      title: task.title,
      area: task.area,
      areaText: null,
      leadUnitId: task.leadUnitId,
      leadGroup: task.leadGroup,
      cooperatingUnitIds: [...task.cooperatingUnitIds].sort((a, b) => a - b),
      cooperatingGroups: [...task.cooperatingGroups].sort(),
      deadline: task.deadline,
      deadlineText: task.deadlineText,
      deadlineKind: "fixed",
      recurrence: null,
      deadlineFrom: null,
      product: null,
      planNote: task.note,
      sourceRef: String(stored.length + i + 1),
      rowKey: key,
    };
  });
  const groupKeys = new Set(drafts.flatMap((d) => [...d.cooperatingGroups, ...(d.leadGroup ? [d.leadGroup] : [])]));
  const applied = await store.apply({
    plan: "create" in target ? { create: target.create } : { id: target.planId },
    create: drafts,
    update: [],
    renumber: [],
    groups: [...groupKeys].map((k) => GROUP_BY_KEY.get(k)!),
    expectedSignature: storedSignature(stored),
    source: { file: source.label, personId: source.personId, at: source.at },
  });
  if (!applied.ok) return { ok: false, reason: "stale" };
  return { ok: true, planId: applied.planId, planCode: applied.planCode, codes };
}
