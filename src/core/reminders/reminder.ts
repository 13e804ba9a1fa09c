import type { LocalDate } from "../local-date.js";
import type { Task } from "../model.js";

/** The fields of a task that reminder planning reads; a full Task fits. */
export type ReminderTask = Pick<Task, "id" | "code" | "planId" | "leadUnitId" | "deadline" | "status">;

export type ReminderKind = "before" | "due_today" | "overdue" | "escalate_head" | "escalate_secretariat";

/**
 * Who reads the reminder. All three concern the task's lead unit: its officers, its head, or the plan's
 * secretariat (which the shell finds through the plan).
 */
export type Audience = "unit" | "unit_head" | "secretariat";

export interface PlannedReminder {
  /** Idempotency key for the outbox, from task, kind, offset and slot only: "task:123|before:3|2023-07-20". */
  key: string;
  taskId: number;
  taskCode: string;
  planId: number;
  /** The lead unit the reminder is about, whatever the audience. */
  unitId: number;
  deadline: LocalDate;
  kind: ReminderKind;
  /** The working day this reminder belongs to. */
  slot: LocalDate;
  /** Working days before the deadline (before, due_today = 0) or working days overdue (the others). */
  offset: number;
  /** When it may be sent: the slot day at the policy's sendAt, Vietnam time. */
  dueAt: Date;
  audience: Audience;
}

export const AUDIENCE_OF: Readonly<Record<ReminderKind, Audience>> = {
  before: "unit",
  due_today: "unit",
  overdue: "unit",
  escalate_head: "unit_head",
  escalate_secretariat: "secretariat",
};

export function reminderKey(taskId: number, kind: ReminderKind, offset: number, slot: LocalDate): string {
  return taskKeyPart(taskId) + scheduleKeyPart(kind, offset, slot);
}

/** The task's part of a key: "task:123". */
export function taskKeyPart(taskId: number): string {
  return `task:${taskId}`;
}

/** The schedule's part of a key: "|before:3|2023-07-20"; the planner builds it once per deadline. */
export function scheduleKeyPart(kind: ReminderKind, offset: number, slot: LocalDate): string {
  return `|${kind}:${offset}|${slot}`;
}

/**
 * Only tasks the unit still has to act on are reminded. A task pending confirmation waits for the
 * secretariat, not the unit, and taskState never calls it overdue, so an overdue alert would contradict
 * what the bot answers about the same task.
 */
export function awaitsUnit(task: Pick<Task, "status">): boolean {
  return task.status !== "done" && task.status !== "pending_confirmation";
}
