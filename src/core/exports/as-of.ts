import { vnDate, type LocalDate } from "../local-date.js";
import type { ReportExtension, ReportTask } from "./types.js";

/**
 * A report as of a past day shows the tasks as they stood then, as far as the records tell: a completion
 * recorded after that day is not yet one (the task is shown in progress, without its evidence), and an
 * extension asked for later is not yet in the history. What a unit reported in between is not kept per day,
 * so progress and notes are today's.
 */
export function taskAsOf(task: ReportTask, asOf: LocalDate): ReportTask {
  if (task.completedAt === null || vnDate(task.completedAt) <= asOf) return task;
  return { ...task, status: "in_progress", completedAt: null, evidence: null };
}

export function extensionsAsOf(extensions: readonly ReportExtension[], asOf: LocalDate): ReportExtension[] {
  return extensions
    .filter((e) => vnDate(e.createdAt) <= asOf)
    .map((e) => (e.decidedAt !== null && vnDate(e.decidedAt) > asOf ? { ...e, status: "pending" as const, decidedBy: null, decidedAt: null, note: null } : e));
}
