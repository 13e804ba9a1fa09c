import { formatDate, formatPeriod, readsWellAsTyped, type Locale } from "../format.js";
import { daysBetween, vnDate, type LocalDate } from "../local-date.js";
import { createWorkingCalendar } from "../calendar/index.js";
import { hasNoFixedDay, issuedDeadline, wasExtended, type Task, type TaskArea, type Unit } from "../model.js";
import { reply, type Reply } from "../reply.js";
import { taskState } from "../task-state.js";

export type TaskListState =
  | "all" | "open" | "overdue" | "overdue_not_started" | "overdue_in_progress" | "blocked"
  | "done" | "done_on_time" | "done_late" | "in_progress_on_time" | "not_started_on_time" | "not_started" | "in_progress" | "open_on_time";
/** A window of deadlines and the words that named it ("tuần tới"); empty words for "sắp đến hạn". */
export type DueWindow = { from: LocalDate; to: LocalDate; text: string };

export interface TaskListFilter {
  state: TaskListState;
  unit?: Unit;
  /** A unit whose tasks are left out. */
  exceptUnit?: Unit;
  /** The one task (and its ties) picked from the list: the nearest deadline, the lowest or highest progress, the latest. */
  pick?: "nearest" | "progress_asc" | "progress_desc" | "late_desc";
  /** Only tasks whose progress is above or below these (per cent). */
  progressAbove?: number;
  progressBelow?: number;
  /** Late by more than so many calendar days. */
  lateMoreThanDays?: number;
  /** Units whose tasks are counted with the unit's ("Tam Kỳ và Núi Thành"). */
  otherUnits?: readonly Unit[];
  /** The unit on the other side: it cooperates on what the unit leads, or leads what the unit cooperates on. */
  partner?: Unit;
  /** The unit cooperates on the tasks rather than leading them. */
  cooperating?: boolean;
  /** The unit leads or cooperates ("việc của đơn vị mình"). */
  eitherRole?: boolean;
  /** Tasks led by the units of a level. */
  level?: string;
  /** The window is of completion dates ("đã hoàn thành trong quý 2"), not of deadlines. */
  byCompletion?: boolean;
  area?: TaskArea;
  due?: DueWindow;
  /** Words the titles contain, as typed. */
  words?: string;
  programme?: string;
}

/** Titles are cut so that a list of ten tasks stays readable on a phone. */
const TITLE_MAX = 90;
/** A blockage's reason in a list line: enough to know what to act on. */
const BLOCKED_REASON_MAX = 80;

/**
 * Overdue age in working days, as reminders count it (the official calendar, with Tết and the days moved by
 * the Government's notices): a task is "quá hạn 17 ngày làm việc" in the Chairman's list and in the unit's
 * reminder alike.
 */
const CALENDAR = createWorkingCalendar();

/** The day a late task's lateness runs to: today while it is overdue, its completion day once done late. */
function lateUntil(task: Pick<Task, "status" | "deadline" | "completedAt" | "deadlineKind">, today: LocalDate): LocalDate | undefined {
  const state = taskState(task, today);
  return state === "overdue" ? today : state === "done_late" && task.completedAt ? vnDate(task.completedAt) : undefined;
}

/** How late a task is, in working days as its state line says (0 when it is not late). */
export function daysLate(task: Pick<Task, "status" | "deadline" | "completedAt" | "deadlineKind">, today: LocalDate): number {
  const end = lateUntil(task, today);
  return end ? CALENDAR.workingDaysBetween(task.deadline, end) : 0;
}

/** Calendar days between the deadline and the day it was done, or today for a task still open: 0 when not late. */
export function calendarDaysLate(task: Pick<Task, "status" | "deadline" | "completedAt" | "deadlineKind">, today: LocalDate): number {
  const end = lateUntil(task, today);
  return end ? daysBetween(task.deadline, end) : 0;
}

export function taskStateReply(task: Task, today: LocalDate, withCalendarDays = false, withReason = true): Reply {
  const state = taskState(task, today);
  // Done late: by how many working days, as reminders would have counted them on the day it was done.
  const end = lateUntil(task, today);
  const days = daysLate(task, today);
  // One task shown whole also gives the days on the calendar: "quá hạn bao nhiêu ngày" is often asked in those.
  const calendarDays = end && withCalendarDays ? daysBetween(task.deadline, end) : "none";
  // A blocked task says so first: the secretariat acts on the blockage, not on the days.
  // Since when and why: the reason is what the unit wrote ("vướng … do …"), kept in the task's notes.
  if (task.status === "blocked") {
    const since = task.blockedSince ? formatDate(vnDate(task.blockedSince), "vi") : "none";
    return reply("task-state-blocked", { overdue: state === "overdue" ? "yes" : "no", days, calendarDays, since, reason: task.notes && withReason ? shorten(task.notes, BLOCKED_REASON_MAX) : "none" });
  }
  return reply("task-state", { state, days, calendarDays });
}

/**
 * The deadline as a reader should see it: the day, or, for a recurring or occasional duty, the plan's words
 * ("Thường xuyên"); an extended one with the deadline the plan issued ("31/8/2023, gia hạn từ 30/6/2023").
 */
export function deadlineShown(task: Pick<Task, "deadline" | "deadlineKind" | "deadlineText" | "originalDeadline">, locale: Locale): string | Reply {
  if (hasNoFixedDay(task) && task.deadlineText) return task.deadlineText;
  const day = formatDate(task.deadline, locale);
  return wasExtended(task) ? reply("deadline-extended", { deadline: day, original: formatDate(issuedDeadline(task), locale) }) : day;
}

/** "Sở Tư pháp", "Sở Tư pháp và Sở Tài chính", "A, B và C": the word that joins them is the locale's. */
function unitNames(units: readonly Unit[]): string | Reply {
  const names = units.map((unit) => unit.name);
  return names.length === 1 ? names[0]! : reply("names-joined", { first: names.slice(0, -1).join(", "), last: names[names.length - 1]! });
}

export function filterReply(filter: TaskListFilter, today: LocalDate, locale: Locale): Reply {
  return reply("task-filter", {
    state: filter.state,
    unit: filter.unit ? unitNames([filter.unit, ...(filter.otherUnits ?? [])]) : filter.level ? reply("level-units", { scope: filter.level }) : "none",
    role: filter.cooperating ? "cooperating" : filter.eitherRole && !filter.partner ? "either" : "lead",
    partner: filter.partner?.name ?? "none",
    except: filter.exceptUnit?.name ?? "none",
    pick: filter.pick ?? "none",
    late: filter.lateMoreThanDays ?? "none",
    progress: filter.progressAbove !== undefined ? reply("task-filter-progress-above", { value: filter.progressAbove + 1 }) : filter.progressBelow !== undefined ? reply("task-filter-progress-below", { value: filter.progressBelow }) : "none",
    area: filter.area ? reply("area", { area: filter.area }) : "none",
    due: filter.due ? dueReply(filter.due, locale) : "none",
    dueKind: filter.byCompletion ? "completed" : "deadline",
    words: filter.words ?? "none",
    programme: filter.programme ?? "none",
    date: formatDate(today, locale),
  });
}

function dueReply(due: DueWindow, locale: Locale): Reply {
  // The words as typed are said back only when they read well in the answer's language: "tuan toi" typed on a
  // phone without diacritics would be echoed so into a formal reply; the dates alone say the same.
  const echoed = readsWellAsTyped(due.text, locale) ? due.text : "";
  if (due.from > due.to) return reply("due-window-passed", { text: echoed.length > 0 ? echoed : formatDate(due.to, locale) });
  const window = due.from === due.to ? formatDate(due.from, locale) : formatPeriod(due.from, due.to, locale);
  return reply("due-window", { text: echoed.length > 0 ? echoed : "none", window });
}


/** At most this many tasks in a breakdown are named each with its progress ("tiến độ các nhiệm vụ của huyện mình"). */
const BREAKDOWN_WITH_PROGRESS = 5;

/**
 * "Nhiệm vụ do Sở Nội vụ chủ trì: 12, trong đó hoàn thành 8, …": counts by state. When progress is asked
 * (eachProgress), a few tasks are named each with its progress.
 */
export function answerTaskBreakdown(
  filter: TaskListFilter,
  counts: Readonly<Record<string, number>>,
  tasks: ReadonlyArray<Pick<Task, "code" | "progress" | "status" | "deadline" | "completedAt" | "deadlineKind">>,
  today: LocalDate,
  locale: Locale,
  eachProgress = false,
): Reply[] {
  const header = filterReply(filter, today, locale);
  if (!counts.total) return [emptyList(filter, header)];
  const codes = tasks.map((t) => t.code);
  const few = eachProgress && counts.total <= BREAKDOWN_WITH_PROGRESS && tasks.length === counts.total;
  // "STC chủ trì mấy việc, có cái nào trễ hạn không": the late ones are named, when the list holds them all.
  const late = tasks.filter((task) => taskState(task, today) === "overdue").map((task) => task.code);
  const lateNamed = late.length > 0 && late.length <= BREAKDOWN_WITH_PROGRESS && late.length === (counts.overdue ?? 0);
  return [
    reply("task-breakdown", { filter: header, total: counts.total, done: counts.done ?? 0, open: counts.total - (counts.done ?? 0), inProgress: counts.inProgress ?? 0, overdue: counts.overdue ?? 0, notStarted: counts.notStarted ?? 0 }),
    few
      ? reply("task-codes", { codes: tasks.map((t) => reply("task-code-progress", { code: t.code, progress: t.progress })), more: 0 })
      : reply("task-codes", { codes: codes.join(", "), more: Math.max(0, (counts.total ?? 0) - codes.length) }),
    ...(lateNamed ? [reply("task-overdue-codes", { codes: late.join(", ") })] : []),
  ];
}

/** "Nhiệm vụ quá hạn …: 6 nhiệm vụ (CCHC23-15, …)": a count, with the codes when they fit on a line. */
export function answerTaskCount(filter: TaskListFilter, result: { tasks: readonly Task[]; total: number }, today: LocalDate, locale: Locale): Reply[] {
  const header = filterReply(filter, today, locale);
  if (result.total === 0) return [emptyList(filter, header)];
  const codes = result.tasks.map((t) => t.code).join(", ");
  return [reply("task-count", { filter: header, total: result.total, codes, more: result.total > result.tasks.length ? result.total - result.tasks.length : 0 })];
}

export function answerTaskList(
  filter: TaskListFilter,
  result: { tasks: readonly Task[]; total: number },
  unitName: (id: number) => string,
  today: LocalDate,
  locale: Locale,
  order: "deadline" | "progress" | "lateness" = "deadline",
): Reply[] {
  const withProgress = order === "progress";
  const header = filterReply(filter, today, locale);
  if (result.total === 0) return [emptyList(filter, header)];
  const shown = result.tasks.length;
  return [
    reply("task-list-header", { filter: header, total: result.total, shown: shown === result.total ? "all" : shown, order }),
    ...result.tasks.map((t) =>
      reply("task-list-line", {
        code: t.code,
        title: shorten(t.title, TITLE_MAX),
        unit: unitName(t.leadUnitId),
        deadline: deadlineShown(t, locale),
        state: taskStateReply(t, today, order === "lateness"),
        progress: withProgress ? t.progress : "none",
      }),
    ),
  ];
}

export function answerTaskDetail(task: Task, leadName: string, cooperating: readonly string[], today: LocalDate, locale: Locale, completedOn: LocalDate | null): Reply[] {
  const lines: Reply[] = [
    reply("task-detail", { code: task.code, title: task.title }),
    reply("task-detail-lead", { unit: leadName, cooperating: cooperating.length > 0 ? cooperating.join(", ") : "none" }),
    reply("task-detail-area", { area: reply("area", { area: task.area }) }),
    reply("task-detail-deadline", { deadline: deadlineShown(task, locale), left: daysLeft(task, today), state: taskStateReply(task, today, true, false), progress: task.progress }),
  ];
  if (completedOn) lines.push(reply("task-detail-completed", { date: formatDate(completedOn, locale), evidence: task.evidence ?? "none" }));
  if (task.notes) lines.push(reply("task-detail-notes", { notes: task.notes }));
  return lines;
}

/** "Còn 6 ngày": calendar days to the deadline of a task still open and not yet late ("còn mấy ngày nữa"). */
function daysLeft(task: Task, today: LocalDate): number | "none" {
  const open = task.status === "in_progress" || task.status === "not_started" || task.status === "blocked";
  if (!open || hasNoFixedDay(task) || task.deadline < today) return "none";
  return daysBetween(today, task.deadline);
}

/** Cut at a word boundary, never inside a number ("738.2…"); a trailing comma or dash goes too. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  const kept = (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max).replace(/[\p{L}\p{N}.,]+$/u, "")).replace(/[\s,;:–—-]+$/u, "");
  return `${kept}…`;
}


/** "Đã hoàn thành", "đúng hạn", "trễ hạn": the states of tasks done. */
export function isDoneListState(state: TaskListState): boolean {
  return state === "done" || state === "done_late" || state === "done_on_time";
}

/**
 * Whether a task is in a list's state, as the task store's filters decide it: tasks found by their titles
 * are held to the state asked ("các việc quá hạn về Bộ phận Một cửa") like any other list.
 */
export function inListState(task: Pick<Task, "status" | "deadline" | "completedAt">, state: TaskListState, today: LocalDate): boolean {
  const late = task.deadline < today && (task.status === "in_progress" || task.status === "not_started" || task.status === "blocked");
  switch (state) {
    case "all": return true;
    case "open": return task.status !== "done";
    case "done": return task.status === "done";
    case "done_on_time":
    case "done_late": return taskState(task, today) === state;
    case "blocked": return task.status === "blocked";
    case "not_started": return task.status === "not_started";
    case "in_progress": return task.status === "in_progress";
    case "open_on_time": return task.status !== "done" && task.deadline >= today;
    case "overdue": return late;
    case "overdue_not_started": return late && task.status === "not_started";
    case "overdue_in_progress": return late && task.status === "in_progress";
    case "in_progress_on_time": return task.status === "in_progress" && task.deadline >= today;
    case "not_started_on_time": return (task.status === "not_started" || task.status === "blocked") && task.deadline >= today;
  }
}

/** "Đã có việc nào hoàn thành chưa": none done is "not yet", which a list of other states does not say. */
function emptyList(filter: TaskListFilter, header: Reply): Reply {
  return reply("task-list-empty", { filter: header, state: isDoneListState(filter.state) ? "done" : "other" });
}
