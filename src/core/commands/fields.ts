/** The task fields commands change, as stored in TaskEvent.details (JSON: dates as ISO strings). */
import { isLocalDate } from "../local-date.js";
import type { Task, TaskStatus } from "../model.js";
import type { TaskFields, TaskPatch } from "./types.js";

const FIELDS: ReadonlyArray<keyof TaskFields> = ["status", "completedAt", "progress", "evidence", "notes", "deadline", "originalDeadline", "blockedSince"];
const STATUSES: ReadonlySet<string> = new Set<TaskStatus>(["not_started", "in_progress", "pending_confirmation", "blocked", "done"]);

/** The task's current values of the fields a patch names. */
export function fieldsOf(task: Pick<Task, keyof TaskFields>, patch: TaskPatch): TaskPatch {
  const out: Record<string, unknown> = {};
  // The history fields are optional on Task (older records lack them): absent is null, as stored.
  for (const key of FIELDS) if (key in patch) out[key] = task[key] ?? null;
  return out as TaskPatch;
}

export function serializePatch(patch: TaskPatch): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const key of FIELDS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    out[key] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out;
}

/** Reads a patch back from JSON; undefined when it is not one this code wrote. */
export function parsePatch(json: unknown): TaskPatch | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const patch: TaskPatch = {};
  for (const [key, value] of Object.entries(record)) {
    switch (key) {
      case "status":
        if (typeof value !== "string" || !STATUSES.has(value)) return undefined;
        patch.status = value as TaskStatus;
        break;
      case "completedAt":
      case "blockedSince": {
        const date = typeof value === "string" ? new Date(value) : null;
        if (value !== null && (date === null || Number.isNaN(date.getTime()))) return undefined;
        patch[key] = date;
        break;
      }
      case "progress":
        if (typeof value !== "number" || !Number.isInteger(value)) return undefined;
        patch.progress = value;
        break;
      case "evidence":
      case "notes":
        if (value !== null && typeof value !== "string") return undefined;
        patch[key] = value;
        break;
      case "deadline":
        if (typeof value !== "string" || !isLocalDate(value)) return undefined;
        patch.deadline = value;
        break;
      case "originalDeadline":
        if (value !== null && (typeof value !== "string" || !isLocalDate(value))) return undefined;
        patch.originalDeadline = value;
        break;
      default:
        return undefined;
    }
  }
  return patch;
}

/** Does the task still hold every value of the patch? */
export function holds(task: Pick<Task, keyof TaskFields>, patch: TaskPatch): boolean {
  return FIELDS.every((key) => {
    if (!(key in patch)) return true;
    const a = task[key] ?? null;
    const b = patch[key] ?? null;
    if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    return a === b;
  });
}
