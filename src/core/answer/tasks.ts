import { formatDate, type Locale } from "../format.js";
import { daysBetween, type LocalDate } from "../local-date.js";
import type { Task, TaskArea, Unit } from "../model.js";
import { reply, type Reply } from "../reply.js";
import { taskState } from "../task-state.js";

export type TaskListState = "open" | "overdue" | "done" | "in_progress_on_time" | "not_started_on_time";
export type DueWindow = { kind: "week" | "month"; from: LocalDate; to: LocalDate };

export interface TaskListFilter {
  state: TaskListState;
  unit?: Unit;
  area?: TaskArea;
  due?: DueWindow;
}

/** Titles are cut so that a list of ten tasks stays readable on a phone. */
const TITLE_MAX = 90;

export function taskStateReply(task: Task, today: LocalDate): Reply {
  const state = taskState(task, today);
  return reply("task-state", { state, days: state === "overdue" ? daysBetween(task.deadline, today) : 0 });
}

export function filterReply(filter: TaskListFilter, today: LocalDate, locale: Locale): Reply {
  return reply("task-filter", {
    state: filter.state,
    unit: filter.unit?.name ?? "none",
    area: filter.area ? reply("area", { area: filter.area }) : "none",
    due: filter.due ? dueReply(filter.due, locale) : "none",
    date: formatDate(today, locale),
  });
}

function dueReply(due: DueWindow, locale: Locale): Reply {
  return due.kind === "week"
    ? reply("due-week", { from: formatDate(due.from, locale), to: formatDate(due.to, locale) })
    : reply("due-month", { month: `${Number(due.from.slice(5, 7))}/${due.from.slice(0, 4)}` });
}

export function answerTaskList(
  filter: TaskListFilter,
  result: { tasks: readonly Task[]; total: number },
  unitName: (id: number) => string,
  today: LocalDate,
  locale: Locale,
): Reply[] {
  const header = filterReply(filter, today, locale);
  if (result.total === 0) return [reply("task-list-empty", { filter: header })];
  const shown = result.tasks.length;
  return [
    reply("task-list-header", { filter: header, total: result.total, shown: shown === result.total ? "all" : shown }),
    ...result.tasks.map((t) =>
      reply("task-list-line", {
        code: t.code,
        title: shorten(t.title, TITLE_MAX),
        unit: unitName(t.leadUnitId),
        deadline: formatDate(t.deadline, locale),
        state: taskStateReply(t, today),
      }),
    ),
  ];
}

export function answerTaskDetail(task: Task, leadName: string, cooperating: readonly string[], today: LocalDate, locale: Locale, completedOn: LocalDate | null): Reply[] {
  const lines: Reply[] = [
    reply("task-detail", { code: task.code, title: task.title }),
    reply("task-detail-lead", { unit: leadName, cooperating: cooperating.length > 0 ? cooperating.join(", ") : "none" }),
    reply("task-detail-deadline", { deadline: formatDate(task.deadline, locale), state: taskStateReply(task, today), progress: task.progress }),
  ];
  if (completedOn) lines.push(reply("task-detail-completed", { date: formatDate(completedOn, locale), evidence: task.evidence ?? "none" }));
  if (task.notes) lines.push(reply("task-detail-notes", { notes: task.notes }));
  return lines;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 15))}…`;
}
