import { vnDate, type LocalDate } from "./local-date.js";
import { hasNoFixedDay, type Task } from "./model.js";

/**
 * Where a task stands on a given day. Stored status records what the unit reported; "overdue" and
 * "done late" are not stored because they depend on the day you ask.
 */
export type TaskState =
  | "done_on_time"
  | "done_late"
  | "awaiting_confirmation"
  | "in_progress_on_time"
  | "not_started_on_time"
  | "overdue";

export function taskState(task: Pick<Task, "status" | "deadline" | "completedAt" | "deadlineKind">, today: LocalDate): TaskState {
  // A recurring duty or one that arises on occasion has no day to pass: never late (reminders follow its periods).
  const fixed = !hasNoFixedDay(task);
  if (task.status === "done") {
    return fixed && task.completedAt !== null && vnDate(task.completedAt) > task.deadline ? "done_late" : "done_on_time";
  }
  if (task.status === "pending_confirmation") return "awaiting_confirmation";
  if (fixed && task.deadline < today) return "overdue";
  return task.status === "in_progress" ? "in_progress_on_time" : "not_started_on_time";
}

export function isOpen(task: Pick<Task, "status">): boolean {
  return task.status !== "done";
}
