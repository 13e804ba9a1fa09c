import type { Locale } from "../format.js";
import type { LocalDate } from "../local-date.js";
import type { TaskStatus } from "../model.js";

/**
 * The task commands units and the secretariat type in chat ("xong 3", "xin gia hạn CCHC23-07 đến 15/8 vì …"),
 * as plain data. Parsing never looks at the database: which task "3" or "nothing" means is decided later,
 * from the reminder the message answers.
 */

/** Which task a command is about: an item of a reminder, a task code, or the reminder answered (or the last one). */
export type TaskTarget = { kind: "item"; number: number } | { kind: "code"; code: string } | { kind: "implicit" };

/** An extension decision names the request by its number, or the task (by code or reminder item). */
export type ExtensionRef = TaskTarget | { kind: "request"; id: number };

/** A date as typed, resolved against today: a valid day after today, or why not. */
export type DeadlineInput =
  | { ok: true; date: LocalDate; text: string }
  | { ok: false; problem: "invalid" | "not_after_today"; text: string; date?: LocalDate };

export type CommandAction =
  | "done"
  | "progress"
  | "not_done"
  | "blocked"
  | "extend"
  | "undo"
  | "approve_extension"
  | "refuse_extension"
  | "confirm"
  | "return";

/** Recognisably a command, but something needed is missing: answered with how to write it. */
export type IncompleteProblem = "reason_missing" | "date_missing" | "several_targets" | "percent_out_of_range" | "percent_missing";

export type TaskCommand = (
  | { kind: "done"; target: TaskTarget; evidence?: string }
  | { kind: "progress"; target: TaskTarget; percent: number; note?: string }
  | { kind: "not_done"; target: TaskTarget; reason?: string }
  | { kind: "blocked"; target: TaskTarget; reason: string }
  | { kind: "extend"; target: TaskTarget; deadline: DeadlineInput; reason: string }
  | { kind: "undo" }
  | { kind: "approve_extension"; ref: ExtensionRef; deadline?: DeadlineInput; note?: string }
  | { kind: "refuse_extension"; ref: ExtensionRef; reason?: string }
  | { kind: "confirm"; target: TaskTarget }
  | { kind: "return"; target: TaskTarget; reason: string }
  | { kind: "incomplete"; action: CommandAction; problem: IncompleteProblem }
) & { locale: Locale };

export type CommandKind = TaskCommand["kind"];

/** Commands that change one task, decided by applyCommand. */
export type TaskChangeCommand = Extract<
  TaskCommand,
  { kind: "done" | "progress" | "not_done" | "blocked" | "extend" | "confirm" | "return" | "approve_extension" | "refuse_extension" }
>;

export type ExtensionStatus = "pending" | "approved" | "refused";

/** A unit's request to move a deadline (the ExtensionRequest table). */
export interface ExtensionRequest {
  id: number;
  taskId: number;
  requestedById: number;
  newDeadline: LocalDate;
  reason: string;
  status: ExtensionStatus;
  createdAt: Date;
  decidedById: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

/** The task fields a command may change; every change records their previous values for undo. */
export interface TaskFields {
  status: TaskStatus;
  completedAt: Date | null;
  progress: number;
  evidence: string | null;
  notes: string | null;
  deadline: LocalDate;
  originalDeadline: LocalDate | null;
  blockedSince: Date | null;
}

export type TaskPatch = Partial<TaskFields>;

/** What TaskEvent.action holds. "refused" rows record attempts that changed nothing. */
export type EventAction =
  | "done"
  | "done_reported"
  | "progress"
  | "not_done"
  | "blocked"
  | "extension_requested"
  | "extension_approved"
  | "extension_refused"
  | "confirmed"
  | "returned"
  | "undo"
  | "refused";

/** One row of the audit trail (TaskEvent). */
export interface TaskEventRecord {
  id: number;
  taskId: number;
  personId: number | null;
  action: string;
  at: Date;
  channel: string | null;
  chatId: string | null;
  messageId: string | null;
  details: unknown;
}
