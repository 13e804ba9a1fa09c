import type { LocalDate } from "../local-date.js";
import { taskState } from "../task-state.js";
import type { ReportExtension, ReportTask } from "./types.js";

/** The groups a report's table of tasks is ordered by, most urgent first. */
export type StatusGroup = "overdue" | "blocked" | "awaiting_confirmation" | "in_progress_on_time" | "not_started_on_time" | "done_late" | "done_on_time";

export const STATUS_GROUPS: readonly StatusGroup[] = ["overdue", "blocked", "awaiting_confirmation", "in_progress_on_time", "not_started_on_time", "done_late", "done_on_time"];

/** A blocked task is its own group whatever its deadline: the secretariat acts on the blockage first. */
export function statusGroup(task: ReportTask, today: LocalDate): StatusGroup {
  if (task.status === "blocked") return "blocked";
  return taskState(task, today);
}

export interface UnitOverdue {
  unit: string;
  overdue: number;
  open: number;
  total: number;
  /** Codes of the overdue tasks, in deadline order. */
  codes: string[];
}

export interface ReportSummary {
  total: number;
  byGroup: ReadonlyMap<StatusGroup, ReportTask[]>;
  done: number;
  doneLate: number;
  overdue: number;
  blocked: number;
  /** Units with overdue tasks (blocked ones past their deadline included), most first. */
  overdueByUnit: UnitOverdue[];
  pendingExtensions: number;
}

export function summarise(tasks: readonly ReportTask[], extensions: readonly ReportExtension[], today: LocalDate): ReportSummary {
  const byGroup = new Map<StatusGroup, ReportTask[]>(STATUS_GROUPS.map((g) => [g, []]));
  const units = new Map<string, UnitOverdue>();
  for (const task of tasks) {
    const group = statusGroup(task, today);
    byGroup.get(group)!.push(task);
    const unit = task.leadGroupName ?? task.leadUnitName;
    let row = units.get(unit);
    if (!row) units.set(unit, (row = { unit, overdue: 0, open: 0, total: 0, codes: [] }));
    row.total += 1;
    if (task.status !== "done") row.open += 1;
    if (taskState(task, today) === "overdue") {
      row.overdue += 1;
      row.codes.push(task.code);
    }
  }
  for (const list of byGroup.values()) list.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code, "en", { numeric: true }));
  const overdueByUnit = [...units.values()]
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.unit.localeCompare(b.unit, "vi"));
  const overdue = tasks.filter((t) => taskState(t, today) === "overdue").length;
  return {
    total: tasks.length,
    byGroup,
    done: byGroup.get("done_on_time")!.length + byGroup.get("done_late")!.length,
    doneLate: byGroup.get("done_late")!.length,
    overdue,
    blocked: byGroup.get("blocked")!.length,
    overdueByUnit,
    pendingExtensions: extensions.filter((e) => e.status === "pending").length,
  };
}
