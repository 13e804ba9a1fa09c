/**
 * What a command does to a task, decided without the database: the new field values with the values they
 * replace (kept in the TaskEvent, for undo and audit), who must be told, or why nothing changes.
 */
import { vnDate, type LocalDate } from "../local-date.js";
import type { Person, Plan, Task } from "../model.js";
import { taskState } from "../task-state.js";
import { fieldsOf, serializePatch } from "./fields.js";
import type { EventAction, ExtensionRequest, TaskChangeCommand, TaskPatch } from "./types.js";

export type RefusalReason =
  | "not_authorised"
  | "not_secretariat"
  | "already_done"
  | "awaiting_confirmation"
  | "not_awaiting_confirmation"
  | "date_invalid"
  | "date_not_after_today"
  | "date_not_later"
  | "extension_pending"
  | "request_decided"
  | "undo_expired"
  | "changed_since"
  /** A bare "xong" on an overdue task: the document number (or "không có") is asked for first. */
  | "evidence_needed";

export interface Refusal {
  ok: false;
  reason: RefusalReason;
  details: Record<string, unknown>;
}

/** Who else hears of a change: the plan's secretariat (a report to decide on) or the lead unit (a decision). */
export type Audience = "secretariat" | "unit";

export type ExtensionEffect =
  | { kind: "create"; newDeadline: LocalDate; reason: string }
  | { kind: "decide"; requestId: number; status: "approved" | "refused"; note: string | null }
  /** Undo of a decision: the request waits again. */
  | { kind: "reopen"; requestId: number; from: "approved" | "refused" }
  /** Undo of a request: it is closed as withdrawn. */
  | { kind: "withdraw"; requestId: number };

export interface Change {
  ok: true;
  action: EventAction;
  patch: TaskPatch;
  /** The values the patch replaces: recorded for undo, and checked when writing so that no change is lost. */
  previous: TaskPatch;
  extension?: ExtensionEffect;
  notify?: Audience;
  details: Record<string, unknown>;
}

export type Transition = Change | Refusal;

/** What else applyCommand needs to know, read by the caller. */
export interface Related {
  /** For an extension request: the task's request already waiting, if any. */
  pendingExtension?: ExtensionRequest | null;
  /** For a decision on an extension: the request decided. */
  request?: ExtensionRequest | null;
  /** For reopening a done task: its progress before it was reported done. */
  progressBeforeDone?: number | null;
}

/** Members of the task's lead unit, the secretariat of its plan, and admins may change a task. */
export function canChangeTask(actor: Person, task: Pick<Task, "leadUnitId">, plan: Pick<Plan, "secretariatUnitId">): boolean {
  return actor.role === "admin" || actor.unitIds.includes(task.leadUnitId) || canDecide(actor, plan);
}

/** Extension decisions and confirmations belong to the plan's secretariat (and admins). */
export function canDecide(actor: Person, plan: Pick<Plan, "secretariatUnitId">): boolean {
  return actor.role === "admin" || (actor.role === "secretariat" && actor.unitIds.includes(plan.secretariatUnitId));
}

export const refuse = (reason: RefusalReason, details: Record<string, unknown> = {}): Refusal => ({ ok: false, reason, details });

const DECISIONS = new Set<TaskChangeCommand["kind"]>(["confirm", "return", "approve_extension", "refuse_extension"]);

export function applyCommand(task: Task, command: TaskChangeCommand, actor: Person, plan: Plan, now: Date, related: Related = {}): Transition {
  if (DECISIONS.has(command.kind) ? !canDecide(actor, plan) : !canChangeTask(actor, task, plan)) {
    return refuse(DECISIONS.has(command.kind) ? "not_secretariat" : "not_authorised", { leadUnitId: task.leadUnitId, role: actor.role });
  }
  const today = vnDate(now);
  const change = (action: EventAction, patch: TaskPatch, extra: Omit<Partial<Change>, "ok" | "action" | "patch"> = {}): Change => {
    const previous = fieldsOf(task, patch);
    const details = { command: command.kind, previous: serializePatch(previous), next: serializePatch(patch), ...extra.details };
    return { ok: true, action, patch, previous, ...extra, details };
  };
  const stillOpen = (): Refusal | undefined => {
    if (task.status === "done") return refuse("already_done", { completedAt: task.completedAt?.toISOString() ?? null });
    if (task.status === "pending_confirmation") return refuse("awaiting_confirmation");
    return undefined;
  };
  switch (command.kind) {
    case "done": {
      const closed = stillOpen();
      if (closed) return closed;
      // A late completion is the one the secretariat will be asked to prove: ask for the document before closing.
      if (command.evidence === undefined && plan.evidenceWhenLate !== false && taskState(task, today) === "overdue") {
        return refuse("evidence_needed", { deadline: task.deadline });
      }
      // The secretariat's own report needs no second look.
      const waits = plan.requiresConfirmation && !canDecide(actor, plan);
      const patch: TaskPatch = { status: waits ? "pending_confirmation" : "done", completedAt: now, progress: 100 };
      if (command.evidence !== undefined) patch.evidence = command.evidence;
      return change(waits ? "done_reported" : "done", patch, {
        ...(waits ? { notify: "secretariat" as const } : {}),
        details: { evidence: command.evidence ?? null },
      });
    }
    case "progress": {
      const closed = stillOpen();
      if (closed) return closed;
      const patch: TaskPatch = { progress: command.percent };
      if (command.percent > 0 && (task.status === "not_started" || task.status === "blocked")) patch.status = "in_progress";
      return change("progress", patch, { details: { percent: command.percent, note: command.note ?? null } });
    }
    case "not_done": {
      const patch: TaskPatch = {};
      if (task.status === "done" || task.status === "pending_confirmation") {
        Object.assign(patch, reopened(task, related));
      }
      if (command.reason !== undefined) patch.notes = command.reason;
      return change("not_done", patch, { details: { reason: command.reason ?? null } });
    }
    case "blocked": {
      const closed = stillOpen();
      if (closed) return closed;
      return change("blocked", { status: "blocked", notes: command.reason, blockedSince: now }, { notify: "secretariat", details: { reason: command.reason } });
    }
    case "extend": {
      const closed = stillOpen();
      if (closed) return closed;
      const d = command.deadline;
      if (!d.ok) return refuse(d.problem === "invalid" ? "date_invalid" : "date_not_after_today", { text: d.text, date: d.date ?? null, today });
      if (d.date <= today) return refuse("date_not_after_today", { text: d.text, date: d.date, today });
      if (d.date <= task.deadline) return refuse("date_not_later", { date: d.date, deadline: task.deadline });
      const pending = related.pendingExtension;
      if (pending) return refuse("extension_pending", { requestId: pending.id, date: pending.newDeadline });
      return change("extension_requested", {}, {
        extension: { kind: "create", newDeadline: d.date, reason: command.reason },
        notify: "secretariat",
        details: { newDeadline: d.date, deadline: task.deadline, reason: command.reason },
      });
    }
    case "approve_extension":
    case "refuse_extension": {
      const request = related.request;
      if (!request || request.taskId !== task.id) throw new Error("applyCommand: an extension decision needs its request");
      if (request.status !== "pending") return refuse("request_decided", { requestId: request.id, status: request.status });
      if (command.kind === "refuse_extension") {
        const note = command.reason ?? null;
        return change("extension_refused", {}, {
          extension: { kind: "decide", requestId: request.id, status: "refused", note },
          notify: "unit",
          details: { requestId: request.id, reason: note },
        });
      }
      const chosen = command.deadline;
      if (chosen && !chosen.ok) return refuse(chosen.problem === "invalid" ? "date_invalid" : "date_not_after_today", { text: chosen.text, date: chosen.date ?? null, today });
      const deadline = chosen?.date ?? request.newDeadline;
      if (deadline <= task.deadline) return refuse("date_not_later", { date: deadline, deadline: task.deadline });
      // The plan's own deadline survives every extension: counts "against the plan as issued" need it.
      const patch: TaskPatch = task.originalDeadline ? { deadline } : { deadline, originalDeadline: task.deadline };
      return change("extension_approved", patch, {
        extension: { kind: "decide", requestId: request.id, status: "approved", note: command.note ?? null },
        notify: "unit",
        details: { requestId: request.id, requested: request.newDeadline, note: command.note ?? null },
      });
    }
    case "confirm": {
      if (task.status === "done") return refuse("already_done", { completedAt: task.completedAt?.toISOString() ?? null });
      if (task.status !== "pending_confirmation") return refuse("not_awaiting_confirmation", { status: task.status });
      return change("confirmed", { status: "done" }, { notify: "unit" });
    }
    case "return": {
      if (task.status !== "pending_confirmation" && task.status !== "done") return refuse("not_awaiting_confirmation", { status: task.status });
      return change("returned", { ...reopened(task, related), notes: command.reason }, { notify: "unit", details: { reason: command.reason } });
    }
  }
}

/** A task reported done goes back to work: no completion date, the progress it had before. */
function reopened(task: Task, related: Related): TaskPatch {
  const progress = related.progressBeforeDone ?? task.progress;
  return { status: "in_progress", completedAt: null, progress: Math.min(progress, 100) };
}
