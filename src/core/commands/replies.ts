/**
 * What the bot answers to a task command, and what it tells other chats, as Reply descriptors
 * (locales/*.ftl, section "Lệnh cập nhật nhiệm vụ" / "Task commands").
 */
import { taskStateReply } from "../answer/tasks.js";
import { formatDate, formatPercent, type Locale } from "../format.js";
import { vnDate, vnMinuteOfDay, type LocalDate } from "../local-date.js";
import type { Task } from "../model.js";
import type { PlanProgress } from "../plan-progress.js";
import { reply, type Reply } from "../reply.js";
import type { Change, Refusal } from "./transitions.js";
import { UNDO_WINDOW_MINUTES } from "./undo.js";
import type { IncompleteProblem, CommandAction } from "./types.js";

const TITLE_MAX = 100;

/** Everything a reply may mention besides the task itself. */
export interface ReplyContext {
  locale: Locale;
  now: Date;
  today: LocalDate;
  /** The person who sent the command. */
  person: string;
  /** The lead unit of the task, and the plan's secretariat (names). */
  unit: string;
  secretariat: string;
}

/** "08:15 25/7/2023" (vi), "08:15 on 25 July 2023" (en). */
export function formatMoment(instant: Date, locale: Locale): string {
  const minutes = vnMinuteOfDay(instant);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return locale === "vi" ? `${time} ${formatDate(vnDate(instant), locale)}` : `${time} on ${formatDate(vnDate(instant), locale)}`;
}

export function shortTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), TITLE_MAX - 15))}…`;
}

/** The progress of the task's plan, named by its code ("Kế hoạch CCHC23: 15/43…"): with several plans active, a count of which one. */
export function planFigures(progress: PlanProgress, locale: Locale, planCode: string): Reply {
  return reply("task-command-plan-figures", { done: progress.done, total: progress.total, rate: formatPercent(progress.rate, locale), code: planCode });
}

export const actionLabel = (action: string): Reply => reply("task-command-action", { action });

const opt = (value: string | null | undefined): string => (value === null || value === undefined || value === "" ? "none" : value);

/** The answer in the chat that sent the command, and the notice for the other side (if any). */
export function changeReplies(change: Change, before: Task, after: Task, ctx: ReplyContext, extra: { requestId?: number | undefined; undone?: string }): { replies: Reply[]; notice: Reply[] } {
  const { locale } = ctx;
  const code = before.code;
  const title = shortTitle(before.title);
  const time = formatMoment(ctx.now, locale);
  const date = (d: LocalDate) => formatDate(d, locale);
  const details = change.details as { reason?: string | null; evidence?: string | null; note?: string | null };
  // Numbers people type back ("duyệt gia hạn 12") are shown without grouping.
  const id = String(extra.requestId ?? 0);
  const evidence = after.evidence && change.patch.evidence !== undefined ? [reply("task-command-evidence", { evidence: after.evidence })] : [];
  const hint = reply("task-command-undo-hint", { minutes: UNDO_WINDOW_MINUTES });
  switch (change.action) {
    case "done":
      return { replies: [reply("task-command-done", { code, time }), ...evidence, hint], notice: [] };
    case "done_reported":
      return {
        replies: [reply("task-command-done-reported", { code, time, secretariat: ctx.secretariat }), ...evidence, hint],
        notice: [
          reply("task-command-notice-done-reported", { code, title, unit: ctx.unit, person: ctx.person, time, evidence: opt(after.evidence) }),
          reply("task-command-notice-confirm-howto", { code }),
        ],
      };
    case "progress":
      return { replies: [reply("task-command-progress", { code, percent: after.progress, previous: before.progress }), hint], notice: [] };
    case "not_done":
      return {
        replies: [
          reply("task-command-not-done", { code, reason: opt(details.reason), deadline: date(after.deadline), state: taskStateReply(after, ctx.today) }),
          reply("task-command-extend-hint", { code }),
          hint,
        ],
        notice: [],
      };
    case "blocked":
      return {
        replies: [reply("task-command-blocked", { code, reason: details.reason ?? "", secretariat: ctx.secretariat }), hint],
        notice: [reply("task-command-notice-blocked", { code, title, unit: ctx.unit, person: ctx.person, reason: details.reason ?? "" })],
      };
    case "extension_requested": {
      const newDeadline = change.extension?.kind === "create" ? change.extension.newDeadline : after.deadline;
      const reason = details.reason ?? "";
      return {
        replies: [reply("task-command-extension-requested", { id, code, date: date(newDeadline), deadline: date(before.deadline), reason, secretariat: ctx.secretariat }), hint],
        notice: [
          reply("task-command-notice-extension-requested", { id, code, title, unit: ctx.unit, person: ctx.person, date: date(newDeadline), deadline: date(before.deadline), reason }),
          reply("task-command-notice-extension-howto", { id }),
        ],
      };
    }
    case "extension_approved":
      return {
        replies: [reply("task-command-extension-approved", { id, code, date: date(after.deadline), unit: ctx.unit }), hint],
        notice: [reply("task-command-notice-extension-approved", { id, code, title, date: date(after.deadline), secretariat: ctx.secretariat })],
      };
    case "extension_refused":
      return {
        replies: [reply("task-command-extension-refused", { id, code, unit: ctx.unit }), hint],
        notice: [reply("task-command-notice-extension-refused", { id, code, title, secretariat: ctx.secretariat, reason: opt(details.reason), deadline: date(after.deadline) })],
      };
    case "confirmed":
      return {
        replies: [reply("task-command-confirmed", { code, unit: ctx.unit }), hint],
        notice: [reply("task-command-notice-confirmed", { code, title, secretariat: ctx.secretariat })],
      };
    case "returned":
      return {
        replies: [reply("task-command-returned", { code, unit: ctx.unit, reason: details.reason ?? "" }), hint],
        notice: [reply("task-command-notice-returned", { code, title, secretariat: ctx.secretariat, reason: details.reason ?? "" })],
      };
    default: {
      const what = actionLabel(extra.undone ?? "");
      return {
        replies: [
          reply("task-command-undone", { what, code }),
          reply("task-command-undone-state", { state: taskStateReply(after, ctx.today), progress: after.progress, deadline: date(after.deadline) }),
        ],
        notice: [reply("task-command-notice-undone", { what, code, title, person: ctx.person })],
      };
    }
  }
}

export function refusalReplies(refusal: Refusal, task: Task, action: CommandAction, ctx: ReplyContext): Reply[] {
  const { locale } = ctx;
  const code = task.code;
  const d = refusal.details as { completedAt?: string | null; date?: string | null; text?: string; requestId?: number; status?: string; action?: string; at?: string };
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : "none");
  switch (refusal.reason) {
    case "not_authorised":
      return [reply("task-command-refused-not-authorised", { code, person: ctx.person, unit: ctx.unit, secretariat: ctx.secretariat })];
    case "not_secretariat":
      return [reply("task-command-refused-not-secretariat", { code, secretariat: ctx.secretariat, action })];
    case "already_done":
      return [reply("task-command-refused-already-done", { code, date: d.completedAt ? formatDate(vnDate(new Date(d.completedAt)), locale) : "none" })];
    case "awaiting_confirmation":
      return [reply("task-command-refused-awaiting", { code, secretariat: ctx.secretariat })];
    case "not_awaiting_confirmation":
      return [reply("task-command-refused-not-awaiting", { code, state: taskStateReply(task, ctx.today) })];
    case "date_invalid":
      return [reply("task-command-refused-date-invalid", { text: d.text ?? "" })];
    case "date_not_after_today":
      return [reply("task-command-refused-date-past", { date: date(d.date), text: d.text ?? "", today: formatDate(ctx.today, locale) })];
    case "date_not_later":
      return [reply("task-command-refused-date-not-later", { code, date: date(d.date), deadline: formatDate(task.deadline, locale) })];
    case "extension_pending":
      return [reply("task-command-refused-extension-pending", { code, id: String(d.requestId ?? 0), date: date(d.date), secretariat: ctx.secretariat })];
    case "request_decided":
      return [reply("task-command-refused-request-decided", { id: String(d.requestId ?? 0), status: d.status ?? "refused" })];
    case "undo_expired":
      return [reply("task-command-refused-undo-expired", { minutes: UNDO_WINDOW_MINUTES, what: actionLabel(d.action ?? ""), code, time: d.at ? formatMoment(new Date(d.at), locale) : "" })];
    case "changed_since":
      return [reply("task-command-refused-changed-since", { code })];
    case "evidence_needed":
      return [reply("task-command-refused-evidence-needed", { code, deadline: formatDate(task.deadline, locale), today: formatDate(ctx.today, locale) })];
  }
}

export function incompleteReply(action: CommandAction, problem: IncompleteProblem): Reply {
  return reply("task-command-incomplete", { action, problem });
}
