/**
 * "hoàn tác": a person takes back their own last change within ten minutes, and only while nobody has
 * changed the task since. Undoing writes a new event; the undone one stays in the audit trail.
 */
import type { Person, Plan, Task } from "../model.js";
import { fieldsOf, holds, parsePatch, serializePatch } from "./fields.js";
import { canChangeTask, canDecide, refuse, type Audience, type ExtensionEffect, type Transition } from "./transitions.js";
import type { EventAction, ExtensionRequest, TaskEventRecord } from "./types.js";

export const UNDO_WINDOW_MINUTES = 10;

const UNDOABLE: ReadonlySet<string> = new Set<EventAction>([
  "done", "done_reported", "progress", "not_done", "blocked", "extension_requested", "extension_approved", "extension_refused", "confirmed", "returned",
]);
const DECISIONS: ReadonlySet<string> = new Set<EventAction>(["extension_approved", "extension_refused", "confirmed", "returned"]);

/** Who was told of an action, and so must hear that it was undone. */
export function audienceOf(action: string): Audience | undefined {
  if (action === "done_reported" || action === "blocked" || action === "extension_requested") return "secretariat";
  return DECISIONS.has(action) ? "unit" : undefined;
}

/** The id of the event an "undo" event took back. */
export function undoneEventId(event: TaskEventRecord): number | undefined {
  const details = event.details as { undoes?: unknown } | null;
  return typeof details?.undoes === "number" ? details.undoes : undefined;
}

export function requestIdOf(event: TaskEventRecord): number | undefined {
  const details = event.details as { requestId?: unknown } | null;
  return typeof details?.requestId === "number" ? details.requestId : undefined;
}

/** A person's last change not yet undone, from their events newest first. */
export function lastUndoable(events: readonly TaskEventRecord[]): TaskEventRecord | undefined {
  const undone = new Set<number>();
  for (const event of events) {
    if (event.action === "undo") {
      const id = undoneEventId(event);
      if (id !== undefined) undone.add(id);
    } else if (UNDOABLE.has(event.action) && !undone.has(event.id)) {
      return event;
    }
  }
  return undefined;
}

export function undoChange(task: Task, event: TaskEventRecord, actor: Person, plan: Plan, now: Date, request?: ExtensionRequest | null): Transition {
  const action = event.action;
  if (DECISIONS.has(action) ? !canDecide(actor, plan) : !canChangeTask(actor, task, plan)) {
    return refuse(DECISIONS.has(action) ? "not_secretariat" : "not_authorised", { undoes: event.id });
  }
  const at = event.at.toISOString();
  if (now.getTime() - event.at.getTime() > UNDO_WINDOW_MINUTES * 60_000) return refuse("undo_expired", { undoes: event.id, action, at });
  const details = (event.details ?? {}) as { previous?: unknown; next?: unknown };
  const previous = parsePatch(details.previous);
  const next = parsePatch(details.next);
  if (!previous || !next || !holds(task, next)) return refuse("changed_since", { undoes: event.id, action, at });
  const requestId = requestIdOf(event);
  let extension: ExtensionEffect | undefined;
  if (action === "extension_requested" || action === "extension_approved" || action === "extension_refused") {
    const expected = action === "extension_requested" ? "pending" : action === "extension_approved" ? "approved" : "refused";
    if (!request || request.id !== requestId || request.status !== expected) return refuse("changed_since", { undoes: event.id, action, at, requestId });
    extension = expected === "pending" ? { kind: "withdraw", requestId: request.id } : { kind: "reopen", requestId: request.id, from: expected };
  }
  const current = fieldsOf(task, previous);
  const notify = audienceOf(action);
  return {
    ok: true,
    action: "undo",
    patch: previous,
    previous: current,
    ...(extension ? { extension } : {}),
    ...(notify ? { notify } : {}),
    details: { command: "undo", undoes: event.id, undoneAction: action, previous: serializePatch(current), next: serializePatch(previous), requestId: requestId ?? null },
  };
}
