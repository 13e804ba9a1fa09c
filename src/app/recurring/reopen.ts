/**
 * A recurring duty ("Hằng quý", "Thường xuyên") marked done is done for its period only: on the first day of
 * the next period it is open again (not started, no completion, no evidence), so that it is reminded and
 * counted for that period. What the unit reported for the period that ended stays in the task's history: the
 * "reopened" event keeps the completion day, the evidence and the progress. The reminder tick runs it before
 * planning; a task changed meanwhile (its completion undone) is left as it is.
 */
import { vnDate } from "../../core/local-date.js";
import type { Task } from "../../core/model.js";
import { type Recurrence, reopensOn } from "../../core/reminders/recurrence.js";
import type { TaskChangeResult, TaskChangeWrite } from "../ports.js";

export type RecurringTask = Task & { recurrence: Recurrence | null; deadlineFrom: string | null };

export interface RecurringStore {
  /** Recurring tasks whose status is done. */
  doneRecurring(): Promise<RecurringTask[]>;
  applyChange(write: TaskChangeWrite): Promise<TaskChangeResult>;
}

export async function reopenRecurringTasks(store: RecurringStore, now: Date): Promise<{ reopened: string[] }> {
  const today = vnDate(now);
  const reopened: string[] = [];
  for (const task of await store.doneRecurring()) {
    if (task.completedAt === null) continue;
    const doneOn = vnDate(task.completedAt);
    const on = reopensOn({ deadline: task.deadline, deadlineKind: "recurring", recurrence: task.recurrence, deadlineFrom: task.deadlineFrom }, doneOn);
    if (on === null || on > today) continue;
    const result = await store.applyChange({
      taskId: task.id,
      expected: { status: "done", completedAt: task.completedAt },
      patch: { status: "not_started", completedAt: null, progress: 0, evidence: null },
      event: {
        taskId: task.id,
        personId: null,
        action: "reopened",
        at: now,
        channel: null,
        chatId: null,
        messageId: null,
        details: { period: on, doneOn, evidence: task.evidence, progress: task.progress },
      },
    });
    if (result.ok) reopened.push(task.code);
  }
  return { reopened };
}
