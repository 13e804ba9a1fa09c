import { answerBriefing, type BriefingData } from "../core/answer/briefing.js";
import { answerDerived, answerDifference, answerPer, answerTargetDifference, answerShare, DERIVED_FIGURES } from "../core/answer/derived.js";
import { answerKpiCompare, answerKpiGap, answerKpiValue, answerRanking, latestValue, type ScopedValue } from "../core/answer/kpi.js";
import { inSentence, metricName, whenOf } from "../core/answer/kpi-text.js";
import { answerPlanProgress } from "../core/answer/plan.js";
import { answerTaskBreakdown, answerTaskCount, answerTaskDetail, answerTaskList, calendarDaysLate, daysLate, inListState, isDoneListState, type TaskListFilter } from "../core/answer/tasks.js";
import { answerUnitRanking, type UnitStanding } from "../core/answer/units.js";
import { formatDate, formatDecimal, formatPercent, formatPeriod, readsWellAsTyped, type Locale } from "../core/format.js";
import { programmeByName } from "../core/programmes.js";
import { truncatedPercent } from "../core/rates.js";
import { allTitleMatches, bestTitleMatches, titleWords as titleWordsOf } from "../core/title-match.js";
import { addDays, compareDates, vnDate, type LocalDate } from "../core/local-date.js";
import { isInOffice, type Metric, type MetricValue, type Scope, type Task } from "../core/model.js";
import { planProgress } from "../core/plan-progress.js";
import { reply, type Reply } from "../core/reply.js";
import { taskState } from "../core/task-state.js";
import type { TaskFilters, TimeFilter, Understanding } from "../core/understand/types.js";
import { fold } from "../core/vi/index.js";
import type { CatalogView } from "./catalog-view.js";
import { answerChart, type ChartAnswerDeps } from "./chart-answer.js";
import type { KpiChanges } from "./kpi/changes.js";
import { answerOverTime } from "./kpi/over-time.js";
import type { OutboundFile } from "./messages.js";
import type { Catalog, TaskFilterState, TaskQuery, TaskStore } from "./ports.js";

/** At most this many tasks are listed in one answer: enough to act on, short enough for a phone. */
export const TASK_LIST_LIMIT = 10;
/** Up to this many tasks beyond the list are named by code; more than that, the list says how many. */
const MORE_CODES_MAX = 40;
/** Filters the database cannot apply (words of a title, done late) are applied to at most this many tasks. */
const SCAN_LIMIT = 5000;
const LEVELS: readonly Exclude<Scope, "unit">[] = ["province", "department_level", "district_level", "commune_level"];

export interface QueryData {
  view: CatalogView;
  tasks: TaskStore;
  /** The figures changed since the last weekly digest, for the briefing (absent: the briefing says nothing of it). */
  kpiChanges?: KpiChanges;
  /** Charts asked for in chat: their words, and the pictures where the chat keeps them (absent: no charts). */
  charts?: ChartAnswerDeps;
}

/** Who asked: looked up only when an answer needs it (a greeting by name, "đơn vị mình"). */
export type Asker = () => Promise<{ name: string; unitIds: readonly number[] }>;

export interface Answer {
  replies: Reply[];
  /** What the question turned out to be, when answering showed it ("giải ngân vốn…" matching no task: out of scope). */
  understanding?: Understanding;
  /** Codes of the tasks the answer lists, for follow-ups such as "chi tiết nv đó". */
  shownTasks: string[];
  /** A picture sent with the answer (a chart's PNG), on channels that send pictures. */
  picture?: OutboundFile;
}

/** Turns what a message asks into the answer, reading only what that question needs. */
export async function answerQuery(u: Understanding, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  if (u.intent === "several") return answerEach(u.parts, data, asker, today, locale);
  if (u.intent === "task_list" || u.intent === "task_count") return tasksAnswer(u, data, asker, today, locale);
  if (u.intent === "chart" && data.charts) {
    const chart = await answerChart(u.chart, data.view, data.tasks, data.charts, today, locale);
    return { replies: chart.replies, shownTasks: [], ...(chart.picture ? { picture: chart.picture } : {}) };
  }
  return { replies: await answer(u, data, asker, today, locale), shownTasks: [] };
}

/**
 * Each question of a message answered in turn (by `answerOne`: one plan's answer here, plan by plan in
 * plan-answers.ts), a blank line between; the tasks shown are those of all of them.
 */
export async function answerParts(parts: readonly Understanding[], answerOne: (part: Understanding) => Promise<Answer>): Promise<Answer> {
  const replies: Reply[] = [];
  const shownTasks: string[] = [];
  for (const part of parts) {
    const answered = await answerOne(part);
    if (replies.length > 0) replies.push(reply("answer-part-break"));
    replies.push(...answered.replies);
    shownTasks.push(...answered.shownTasks);
  }
  return { replies, shownTasks };
}

const answerEach = (parts: readonly Understanding[], data: QueryData, asker: Asker, today: LocalDate, locale: Locale) =>
  answerParts(parts, (part) => answerQuery(part, data, asker, today, locale));

async function tasksAnswer(u: Extract<Understanding, { intent: "task_list" | "task_count" }>, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  // One task named by words of its title ("việc làm sạch dữ liệu dân cư xong chưa") is shown whole.
  const mineIds = u.mine ? (await asker()).unitIds : undefined;
  if (u.mine && (!mineIds || mineIds.length === 0)) return { replies: [reply("asker-unit-unknown")], shownTasks: [] };
  // "Công khai TTHC ở huyện mình tới đâu rồi": the title is looked for among the asker's unit's tasks.
  const namedUnitId = u.unit ? data.view.index.unitByCode.get(u.unit)?.id : mineIds?.[0];
  const byWords = async (words: readonly string[]) => (await tasksByTitle(words, data, today, namedUnitId, u.titleAll === true, u.titleAcross === true)).filter((task) => !u.titleExact || holdsEvery(task.title, words));
  const asWritten = u.titleWords && u.titleWords.length >= 1 ? await byWords(u.titleWords) : [];
  const titleMatched = asWritten.length === 0 && u.titleByFigure ? await byWords(u.titleByFigure) : asWritten;
  // One task named is shown whatever its state (its state answers "quá hạn chưa"); several are held to the state asked.
  const byTitle = titleMatched.length > 1 ? titleMatched.filter((task) => inListState(task, u.state, today)) : titleMatched;
  if (byTitle.length === 1) return { replies: await detailOf(byTitle[0]!.code, data, today, locale), shownTasks: [byTitle[0]!.code] };
  const unitId = u.unit ? data.view.index.unitByCode.get(u.unit)?.id : mineIds?.[0];
  const unit = unitId === undefined ? undefined : data.view.unit(unitId);
  const titledButNone = u.titleWords !== undefined && u.titleWords.length >= 1 && byTitle.length === 0;
  const noneInState = titledButNone && titleMatched.length > 0;
  // Titles are Vietnamese: English words of one ("who leads the task on digitising dossiers") find none, and "none"
  // would say there is no such task.
  if (titledButNone && !noneInState && locale === "en") return { replies: [reply("task-title-english")], shownTasks: [], understanding: { intent: "unknown", reason: "english_title" } };
  // ("Thanh toán trực tuyến ai chủ trì": a figure named is no stranger to the bot, though no task is about it.)
  if (titledButNone && !noneInState && u.titleOnly && !u.titleByFigure) return { replies: [reply("out-of-domain")], shownTasks: [], understanding: { intent: "out_of_domain" } };
  // Words taken for a title that no task has, beside filters that stand on their own ("những nhiệm vụ nào phải
  // xong trước 30/9 để anh còn đôn đốc"): the filters are answered, and the words said not found.
  const standalone = u.due !== undefined || unit !== undefined || u.area !== undefined || u.leadLevel !== undefined || (u.state !== "all" && u.state !== "open");
  if (titledButNone && !noneInState && standalone) {
    const { titleWords: _words, titleText: _text, titleAll: _all, titleAcross: _across, titleByFigure: _figure, stateWithoutTitle, ...rest } = u;
    const answered = await tasksAnswer({ ...rest, state: stateWithoutTitle ?? u.state }, data, asker, today, locale);
    return { ...answered, replies: [reply("task-title-not-found", { words: u.titleText ?? u.titleWords!.join(" ") }), ...answered.replies] };
  }
  let found = titledButNone ? { tasks: [], total: 0 } : byTitle.length > 1 ? { tasks: byTitle.slice(0, TASK_LIST_LIMIT), total: byTitle.length } : await findTasks(u, data, unit?.id, today, TASK_LIST_LIMIT);
  // "Sở Y tế có nhiệm vụ nào không": a unit that leads none of them (in any plan followed) may still cooperate on some.
  if (found.total === 0 && unit && !u.role && byTitle.length === 0 && !titledButNone && (await findTasks({ state: "all" }, everyActivePlan(data), unit.id, today, 1)).total === 0) {
    const cooperating = await findTasks({ ...u, role: "cooperating" }, data, unit.id, today, TASK_LIST_LIMIT);
    if (cooperating.total > 0) {
      found = cooperating;
      u = { ...u, role: "cooperating" };
    }
  }
  // "Hạn gần nhất": the tasks sharing the first deadline of the list (it is ordered by deadline).
  if (u.firstOnly && u.order && found.tasks.length > 0) {
    const key = (task: Task) => (u.order === "late_desc" ? daysLate(task, today) : task.progress);
    const first = key(found.tasks[0]!);
    const tied = found.tasks.filter((task) => key(task) === first);
    found = { tasks: tied, total: tied.length };
  }
  if (u.nearestOnly && found.tasks.length > 0) {
    const first = found.tasks.map((task) => task.deadline).filter((deadline) => deadline >= today).sort(compareDates)[0];
    const nearestTasks = found.tasks.filter((task) => task.deadline === first);
    found = { tasks: nearestTasks, total: nearestTasks.length };
  }
  const filter: TaskListFilter = {
    state: u.state,
    ...(unit ? { unit } : {}),
    ...(u.nearestOnly ? { pick: "nearest" as const } : u.firstOnly && u.order ? { pick: u.order } : {}),
    ...(u.progressAbove !== undefined ? { progressAbove: u.progressAbove } : {}),
    ...(u.progressBelow !== undefined ? { progressBelow: u.progressBelow } : {}),
    ...(u.lateMoreThanDays !== undefined ? { lateMoreThanDays: u.lateMoreThanDays } : {}),
    ...(u.exceptUnit && data.view.index.unitByCode.get(u.exceptUnit) ? { exceptUnit: data.view.index.unitByCode.get(u.exceptUnit)! } : {}),
    ...(u.alsoUnits ? { otherUnits: idsOf(u.alsoUnits, data).map((id) => data.view.unit(id)).filter((other): other is NonNullable<typeof other> => other !== undefined) } : {}),
    ...(u.partner && data.view.index.unitByCode.get(u.partner) ? { partner: data.view.index.unitByCode.get(u.partner)! } : {}),
    ...(u.role === "cooperating" ? { cooperating: true } : u.role === "either" ? { eitherRole: true } : {}),
    ...(u.area && byTitle.length === 0 ? { area: u.area } : {}),
    ...(u.leadLevel ? { level: u.leadLevel } : {}),
    ...(u.due ? { due: u.due, byCompletion: u.completedIn === true } : {}),
    ...(byTitle.length > 1 || titledButNone ? { words: u.titleText ?? u.titleWords!.join(" ") } : {}),
    ...(u.programme ? { programme: u.programme } : {}),
  };
  const replies: Reply[] = [];
  // A unit's or an area's count is given with its breakdown by state: the figure asked is in it.
  if (u.intent === "task_count" && u.state === "all") {
    // Tasks found by their titles are counted themselves ("vị trí việc làm: tiến độ, hạn" is not the plan's 43).
    const searched = byTitle.length > 1 || titledButNone;
    const all = searched ? { tasks: byTitle.slice(0, TASK_LIST_LIMIT) } : await findTasks({ ...u, state: "all" }, data, unit?.id, today, TASK_LIST_LIMIT);
    const counts = searched ? countByState(byTitle, today) : await breakdown(u, data, unit?.id, today);
    replies.push(...answerTaskBreakdown({ ...filter, state: "all" }, counts, all.tasks, today, locale, u.eachProgress === true));
  } else if (u.intent === "task_count") {
    replies.push(...answerTaskCount(filter, found, today, locale));
    // "Đang thực hiện mấy việc": all in hand, and how many of them are still within the deadline (the report's
    // "8 nhiệm vụ đang triển khai thực hiện trong hạn") and how many are late.
    if (u.state === "in_progress" && found.total > 0) {
      const late = (await findTasks({ ...u, state: "overdue_in_progress" }, data, unit?.id, today, 1)).total;
      if (late > 0) replies.push(reply("task-in-progress-split", { onTime: found.total - late, late }));
    }
    // "Sở Nội vụ đã hoàn thành mấy nhiệm vụ": and of how many it leads.
    // "Trong các nhiệm vụ có hạn đến 30/6, đã hoàn thành bao nhiêu": and of how many fell due then.
    const doneOfWindow = u.due !== undefined && !u.completedIn && isDoneListState(u.state);
    if ((((unit !== undefined || u.area !== undefined) && !u.due) || doneOfWindow) && found.total > 0) {
      const all = await findTasks({ ...u, state: "all" }, data, unit?.id, today, 1);
      replies.push(reply("task-count-of-total", { count: found.total, total: all.total }));
    }
  }
  // A list of one: its header, then that task shown whole (its reason, its notes).
  else if (found.total === 1 && !u.share) replies.push(answerTaskList(filter, found, data.view.unitName, today, locale)[0]!, ...(await detailOf(found.tasks[0]!.code, data, today, locale)));
  else {
    replies.push(...answerTaskList(filter, found, data.view.unitName, today, locale, u.order === "late_desc" ? "lateness" : u.order !== undefined || u.progressBelow !== undefined || u.progressAbove !== undefined || u.eachProgress ? "progress" : "deadline"));
    // The rest of a long list by their codes, so none is hidden from whoever asked for all of them.
    if (found.total > found.tasks.length && found.total <= MORE_CODES_MAX) {
      const all = byTitle.length > 1 ? { tasks: byTitle } : await findTasks(u, data, unit?.id, today, MORE_CODES_MAX);
      const rest = all.tasks.slice(found.tasks.length).map((task) => task.code);
      if (rest.length > 0) replies.push(reply("task-list-more", { count: rest.length, codes: rest.join(", ") }));
    }
  }
  // Nothing "sắp đến hạn": the next deadline after those days, which is what "sắp" asks. A window the user named
  // ("tháng 8") is answered as asked: a task of another month there would read as one of that month.
  if (found.total === 0 && u.due?.text === "" && !u.completedIn && !isDoneListState(u.state) && byTitle.length === 0 && !titledButNone) {
    const later = await findTasks({ ...u, due: { from: addDays(u.due.to, 1), to: FAR_FUTURE, text: "" } }, data, unit?.id, today, 1);
    const next = later.tasks[0];
    if (next) replies.push(reply("task-next-deadline", { code: next.code, title: next.title, deadline: formatDate(next.deadline, locale) }));
  }
  if (u.share && data.view.currentPlan) {
    const all = (await data.tasks.progressCounts(data.view.currentPlan.id, today)).total;
    replies.push(reply("task-share", { count: found.total, total: all, share: formatPercent(truncatedPercent(found.total, all), locale) }));
  }
  // The figures come from the bot's own task records as of today, not from the plan document.
  replies.push(reply("task-records-source", { date: formatDate(today, locale) }));
  return { replies, shownTasks: found.tasks.map((t) => t.code) };
}


async function detailOf(code: string, data: QueryData, today: LocalDate, locale: Locale): Promise<Reply[]> {
  const detail = await data.tasks.findTaskDetail(code);
  if (!detail) return [reply("task-not-found", { code })];
  const { task, cooperatingUnitIds } = detail;
  return answerTaskDetail(task, data.view.unitName(task.leadUnitId), cooperatingUnitIds.map((id) => data.view.unitName(id)), today, locale, task.completedAt ? vnDate(task.completedAt) : null);
}

/**
 * The tasks whose titles hold the words, folded ("lam sach du lieu dan cu"): a unit's in every plan in question.
 * Otherwise, asked for one task ("phân cấp, ủy quyền TTHC tới đâu"), the current plan's, and only when it has
 * none, the other active plans' (a meeting's conclusions often repeat a plan's task in its words: "phân cấp, ủy
 * quyền trong giải quyết TTHC" is the plan's CCHC23-15 first). Asked for every task ("những nhiệm vụ …") or a
 * subject's tasks ("việc về VNeID", `across`), those of every active plan: the conclusion's KL23-02 is a task of
 * its own, with its own lead unit and deadline.
 */
async function tasksByTitle(words: readonly string[], data: QueryData, today: LocalDate, unitId: number | undefined, every: boolean, across: boolean): Promise<Task[]> {
  const plan = data.view.currentPlan;
  const others = data.view.activePlans.filter((p) => p.id !== plan?.id).map((p) => p.id);
  const search = async (scope: Pick<TaskQuery, "planIds" | "anyRoleUnitIds">) => {
    const titles = await data.tasks.findTaskTitles({ today, limit: SCAN_LIMIT, ...scope });
    return every ? allTitleMatches(words, titles) : bestTitleMatches(words, titles);
  };
  const wholeSearch = unitId !== undefined || every || across;
  let matched = await search(unitId !== undefined ? { anyRoleUnitIds: [unitId], ...activePlanIds(data) } : wholeSearch ? activePlanIds(data) : plan ? { planIds: [plan.id] } : {});
  if (matched.length === 0 && !wholeSearch && others.length > 0) matched = await search({ planIds: others });
  if (matched.length === 0) return [];
  // The tasks found are read whole, in the order the search ranked them.
  const { tasks } = await data.tasks.findTasks({ today, limit: matched.length, codes: matched.map((task) => task.code) });
  const byCode = new Map(tasks.map((task) => [task.code, task]));
  return matched.flatMap((task) => byCode.get(task.code) ?? []);
}

/** Whether a title holds every one of the words (folded), each as a word. */
function holdsEvery(title: string, words: readonly string[]): boolean {
  const inTitle = new Set(titleWordsOf(title));
  return words.every((word) => inTitle.has(word));
}

function foldedTitle(title: string): string {
  return ` ${fold(title).replace(/(\d)[.,](?=\d)/g, "$1").replace(/[^a-z0-9]+/g, " ").trim()} `;
}

/** Counts by state of the tasks the filters leave: "Sở Nội vụ chủ trì bao nhiêu nhiệm vụ, đã xong bao nhiêu". */
async function breakdown(u: TaskFilters, data: QueryData, unitId: number | undefined, today: LocalDate): Promise<Record<string, number>> {
  // Counted in SQL when the database can apply every filter (a unit's, an area's, a window's tasks).
  if (!inMemoryFilters({ ...u, state: "all" })) {
    const counts = await data.tasks.countByState(storeFilters({ ...u, state: "all" }, data, unitId, today));
    return { total: counts.total, done: counts.done, inProgress: counts.inProgressOnTime + counts.awaitingConfirmation, overdue: counts.overdue, notStarted: counts.notStartedOnTime };
  }
  const { tasks } = await findTasks({ ...u, state: "all" }, data, unitId, today, SCAN_LIMIT);
  return countByState(tasks, today);
}

/** Tasks in hand counted by state, as the breakdown says them. */
function countByState(tasks: readonly Task[], today: LocalDate): Record<string, number> {
  const counts: Record<string, number> = { total: tasks.length, done: 0, inProgress: 0, overdue: 0, notStarted: 0 };
  for (const task of tasks) {
    const state = taskState(task, today);
    if (state === "done_on_time" || state === "done_late") counts.done!++;
    else if (state === "overdue") counts.overdue!++;
    else if (state === "in_progress_on_time" || state === "awaiting_confirmation") counts.inProgress!++;
    else counts.notStarted!++;
  }
  return counts;
}

/**
 * The page of tasks and their number. States the database stores are filtered in SQL; "done late",
 * "done on time", "overdue and not started", completion within a window and words of a title are decided
 * here, over the tasks the other filters leave.
 */
/** The units that make up a level: departments (with the police and the provincial office), districts, communes. */
function unitsOfLevel(level: NonNullable<TaskFilters["leadLevel"]>, data: QueryData): number[] {
  const kinds: ReadonlyArray<string> = level === "district_level" ? ["district"] : level === "commune_level" ? ["commune"] : ["department", "police", "provincial_office"];
  return data.view.catalog.units.filter((unit) => kinds.includes(unit.kind)).map((unit) => unit.id);
}

function inMemoryFilters(u: TaskFilters): boolean {
  const byCompletion = u.due !== undefined && u.completedIn === true;
  return u.order !== undefined || u.progressBelow !== undefined || u.progressAbove !== undefined || u.lateMoreThanDays !== undefined || u.state === "done_late" || u.state === "done_on_time" || u.state === "overdue_not_started" || u.state === "overdue_in_progress" || u.programme !== undefined || byCompletion;
}

/** The filters the database applies: plan, unit in its role, area, deadline window. */
function storeFilters(u: TaskFilters, data: QueryData, unitId: number | undefined, today: LocalDate): Omit<TaskQuery, "limit" | "state"> {
  // A unit's tasks are its own across the plans in question (every active plan, or the one named); any other
  // list is of the plan in question.
  const plan = unitId === undefined ? data.view.currentPlan : undefined;
  const byCompletion = u.due !== undefined && u.completedIn === true;
  const window = u.due && !byCompletion ? (u.due.from <= u.due.to ? u.due : { from: u.due.from, to: addDays(u.due.from, -1) }) : undefined;
  const levelUnits = u.leadLevel && unitId === undefined ? { leadUnitIds: unitsOfLevel(u.leadLevel, data) } : {};
  const unitIds = unitId === undefined ? [] : [unitId, ...idsOf(u.alsoUnits ?? [], data)];
  const partner = idsOf(u.partner ? [u.partner] : [], data);
  const role =
    unitId === undefined ? levelUnits
    : u.role === "cooperating" ? { cooperatingUnitIds: unitIds, ...(partner.length > 0 ? { leadUnitIds: partner } : {}) }
    : u.role === "either" && partner.length === 0 ? { anyRoleUnitIds: unitIds }
    : { leadUnitIds: unitIds, ...(partner.length > 0 ? { cooperatingUnitIds: partner } : {}) };
  const excluded = idsOf(u.exceptUnit ? [u.exceptUnit] : [], data);
  return {
    today,
    ...(plan ? { planIds: [plan.id] } : activePlanIds(data)),
    ...role,
    ...(excluded.length > 0 ? { notLeadUnitIds: excluded } : {}),
    ...(u.area ? { areas: [u.area] } : {}),
    ...(window ? { dueFrom: window.from, dueTo: window.to } : {}),
  };
}

/** Past any deadline a plan sets: the end of an open window ("sau tuần này"). */
const FAR_FUTURE: LocalDate = "9999-12-31";


/** The data with every plan followed now in question, whichever plan the question was put to. */
function everyActivePlan(data: QueryData): QueryData {
  return { ...data, view: { ...data.view, activePlans: data.view.catalog.plans.filter((p) => p.active !== false) } };
}

/** The plans followed now, as a store filter (none when no plan is active: every task then). */
function activePlanIds(data: QueryData): { planIds?: number[] } {
  const ids = data.view.activePlans.map((p) => p.id);
  return ids.length > 0 ? { planIds: ids } : {};
}

function idsOf(codes: readonly string[], data: QueryData): number[] {
  return codes.flatMap((code) => {
    const unit = data.view.index.unitByCode.get(code);
    return unit ? [unit.id] : [];
  });
}

async function findTasks(u: TaskFilters, data: QueryData, unitId: number | undefined, today: LocalDate, limit: number): Promise<{ tasks: Task[]; total: number }> {
  const byCompletion = u.due !== undefined && u.completedIn === true;
  const inMemory = inMemoryFilters(u);
  const dbState: TaskFilterState | undefined =
    u.state === "all" ? undefined
    : u.state === "done" || u.state === "done_late" || u.state === "done_on_time" ? "done"
    : u.state === "overdue_not_started" || u.state === "overdue_in_progress" ? "overdue"
    : u.state;
  const found = await data.tasks.findTasks({ ...storeFilters(u, data, unitId, today), limit: inMemory ? SCAN_LIMIT : limit, ...(dbState ? { state: dbState } : {}) });
  if (!inMemory) return found;
  const mark = u.programme ? programmeByName(u.programme)?.titleMark ?? u.programme : undefined;
  const kept = found.tasks.filter((task) => {
    const state = taskState(task, today);
    if (u.state === "done_late" && state !== "done_late") return false;
    if (u.state === "done_on_time" && state !== "done_on_time") return false;
    if (u.state === "overdue_not_started" && task.status !== "not_started") return false;
    if (u.state === "overdue_in_progress" && task.status !== "in_progress") return false;
    if (byCompletion) {
      const completed = task.completedAt ? vnDate(task.completedAt) : undefined;
      if (!completed || completed < u.due!.from || completed > u.due!.to) return false;
    }
    if (u.progressBelow !== undefined && task.progress >= u.progressBelow) return false;
    if (u.progressAbove !== undefined && task.progress <= u.progressAbove) return false;
    if (u.lateMoreThanDays !== undefined && calendarDaysLate(task, today) <= u.lateMoreThanDays) return false;
    const title = foldedTitle(task.title);
    if (mark && !title.startsWith(` ${foldedTitle(mark).trim()} `)) return false;
    return true;
  });
  if (u.order === "late_desc") kept.sort((a, b) => daysLate(b, today) - daysLate(a, today) || (a.deadline < b.deadline ? -1 : 1));
  else if (u.order) kept.sort((a, b) => (u.order === "progress_desc" ? b.progress - a.progress : a.progress - b.progress) || (a.deadline < b.deadline ? -1 : 1));
  return { tasks: kept.slice(0, limit), total: kept.length };
}

async function answer(u: Understanding, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Reply[]> {
  const { view } = data;
  const { catalog, index } = view;
  const latest = (metricId: number, scope: Scope, unitId?: number | null) => latestValue(view.valuesOf(metricId, scope, unitId));
  const metricOf = (key: string): Metric | undefined => index.metricByKey.get(key);
  switch (u.intent) {
    case "kpi_value": {
      const metric = metricOf(u.metric)!;
      const unit = u.unit ? index.unitByCode.get(u.unit) : undefined;
      const value = latest(metric.id, u.scope, unit?.id ?? null);
      if (value && u.period && !coversPeriod(u.period, value)) {
        return [reply("kpi-no-data-for-period", { metric: inSentence(metricName(metric, locale)), asked: periodWords(u.period, locale), when: whenOf(value, locale) })];
      }
      const known = LEVELS.filter((s) => latest(metric.id, s));
      const lines = answerKpiValue(metric, value, { scope: u.scope, ...(unit ? { unitName: unit.name } : {}) }, known, locale);
      if (u.explain && metric.definition) lines.splice(1, 0, reply("kpi-definition", { definition: metric.definition }));
      if (u.nationAsked) lines.splice(1, 0, reply("kpi-no-national"));
      if (u.remaining && value?.denominator) lines.splice(1, 0, reply("kpi-remaining", { remaining: formatDecimal(String(Number(value.denominator) - Number(value.value)), locale), total: formatDecimal(value.denominator, locale) }));
      return lines;
    }
    case "kpi_compare": {
      const metric = metricOf(u.metric)!;
      const scopes = u.scopes ?? LEVELS.filter((s) => s !== "province");
      const values = scopes
        .map((scope) => ({ ref: { scope }, value: latest(metric.id, scope) }))
        .filter((sv): sv is ScopedValue => sv.value !== undefined);
      const province = latest(metric.id, "province");
      return answerKpiCompare(metric, samePeriod(values), u.mode, locale, province && !u.scopes ? { ref: { scope: "province" }, value: province } : undefined);
    }
    case "kpi_change":
      return answerOverTime(u, view, today, locale);
    case "kpi_gap": {
      const metric = metricOf(u.metric)!;
      return answerKpiGap(metric, latest(metric.id, "province"), today, locale);
    }
    case "kpi_derived": {
      const figure = DERIVED_FIGURES.find((d) => d.key === u.derived)!;
      const from = metricOf(figure.from)!;
      const minus = metricOf(figure.minus)!;
      return answerDerived(figure, { metric: from, value: latest(from.id, "province") }, { metric: minus, value: latest(minus.id, "province") }, locale, u.share === true);
    }
    case "kpi_values":
      return u.metrics.flatMap((key) => {
        const metric = metricOf(key)!;
        const scope = u.scopes?.[key] ?? "province";
        return answerKpiValue(metric, latest(metric.id, scope), { scope }, [], locale);
      });
    case "kpi_difference": {
      const a = metricOf(u.a)!;
      const b = metricOf(u.b)!;
      if (u.aTarget) return answerTargetDifference({ metric: a, value: latest(a.id, "province") }, { metric: b, value: latest(b.id, "province") }, locale);
      return answerDifference({ metric: a, value: latest(a.id, "province") }, { metric: b, value: latest(b.id, "province") }, locale);
    }
    case "kpi_share": {
      const part = metricOf(u.part)!;
      const whole = metricOf(u.whole)!;
      if (u.per) return answerPer({ metric: part, value: latest(part.id, "province") }, { metric: whole, value: latest(whole.id, "province") }, locale);
      return answerShare({ metric: part, value: latest(part.id, "province") }, { metric: whole, value: latest(whole.id, "province") }, locale);
    }
    case "ranking": {
      const metric = metricOf(u.metric);
      if (!metric) return [reply("unknown-metric", { metrics: metricList(catalog, locale) })];
      const value = latest(metric.id, "province");
      // "Năm 2022 VNeID xếp thứ mấy": the place held is of another date, which would answer another question.
      if (value && u.period && !coversPeriod(u.period, value)) {
        return [reply("kpi-no-data-for-period", { metric: inSentence(metricName(metric, locale)), asked: periodWords(u.period, locale), when: whenOf(value, locale) })];
      }
      return answerRanking(metric, value, locale);
    }
    case "plan_progress": {
      const plan = catalog.plans.find((p) => p.code === u.plan) ?? view.currentPlan;
      if (!plan) return [reply("plan-none")];
      return answerPlanProgress(plan, planProgress(await data.tasks.progressCounts(plan.id, today)), today, locale, view.unitName(plan.secretariatUnitId));
    }
    case "plan_figure": {
      const plan = view.currentPlan;
      if (!plan) return [reply("plan-none")];
      const progress = planProgress(await data.tasks.progressCounts(plan.id, today));
      const isDone = u.done !== undefined && u.done === progress.done && u.total === progress.total;
      const isRate = u.rate !== undefined && u.rate === progress.rate;
      // Only the plan's own figure is explained; any other number is not guessed at.
      if (!isDone && !isRate) return [reply("plan-figure-unknown", { typed: u.typed }), reply("unknown-suggest"), ...examples([1, 2, 4])];
      return [reply("plan-figure-is", { typed: u.typed, kind: isDone ? "count" : "rate" }), ...answerPlanProgress(plan, progress, today, locale, view.unitName(plan.secretariatUnitId))];
    }
    case "unit_ranking": {
      const plan = view.currentPlan;
      if (!plan) return [reply("plan-none")];
      const setAside = u.except ? index.unitByCode.get(u.except) : undefined;
      const ofLevel = u.leadLevel ? new Set(unitsOfLevel(u.leadLevel, data)) : undefined;
      const standings = (await unitStandings(data, plan.id, today, u.by)).filter((row) => row.unitId === undefined || (row.unitId !== setAside?.id && (!ofLevel || ofLevel.has(row.unitId))));
      return answerUnitRanking(standings, plan.name, today, locale, u.by, u.measure, { ...(setAside ? { setAside: setAside.name } : {}), ...(u.leadLevel ? { level: u.leadLevel } : {}) });
    }
    case "chart":
      return data.charts ? (await answerChart(u.chart, view, data.tasks, data.charts, today, locale)).replies : [reply("chart-unknown")];
    case "briefing":
      return answerBriefing(await briefingData(data, today, u.programme), locale);
    case "task_detail": {
      const details = await Promise.all([u.code, ...(u.also ?? [])].map((code) => detailOf(code, data, today, locale)));
      return details.flat();
    }
    case "task_list":
    case "task_count":
      return (await tasksAnswer(u, data, asker, today, locale)).replies;
    case "greeting":
      return [reply("greeting", { name: (await asker()).name })];
    case "thanks":
      return [reply("thanks")];
    case "help":
      return [reply("help"), ...examples([1, 2, 3, 4, 5, 6, 7])];
    case "empty":
      return [reply("empty-message")];
    case "several":
      return (await answerEach(u.parts, data, asker, today, locale)).replies;
    case "task_command":
    case "not_admitted":
      // Commands are handled before the question pipeline; nothing to answer here.
      return [];
    case "out_of_domain":
      return [reply("out-of-domain")];
    case "unknown":
      if (u.reason === "english_title") return [reply("task-title-english"), ...examples([1, 4])];
      if (u.reason === "leftover") return [reply("leftover", { words: u.leftover ?? "", metric: u.name ?? "none" }), reply("unknown-suggest"), ...closeQuestions(u.metric, view)];
      if (u.reason === "level_not_held") {
        const metric = u.metric ? metricOf(u.metric) : undefined;
        return [reply("level-not-held", { metric: metric ? inSentence(metricName(metric, locale)) : u.name ?? "", level: u.leftover ?? "" }), ...closeQuestions(u.metric, view)];
      }
      if (u.reason === "other_province") return [reply("other-province", { name: u.name ?? "", ours: ourProvinceName(catalog, today) }), reply("unknown-suggest"), ...closeQuestions(u.metric, view)];
      if (u.reason === "unknown_unit") return [reply("unit-not-found", { name: u.name ?? "" }), reply("unknown"), ...examples([4, 5])];
      if (u.reason === "ambiguous_unit") return [reply("unit-ambiguous", { name: u.name ?? "", options: (u.options ?? []).map((c) => index.unitByCode.get(c)?.name ?? c).join("; ") })];
      // The words the data has no figure for are named, so the asker sees what was not answered.
      if (u.reason === "unknown_metric") return [reply("unknown-metric", { name: u.name ?? "none", metrics: metricList(catalog, locale) }), reply("unknown"), ...examples([2, 3])];
      return [reply("unknown"), ...examples([1, 2, 4])];
  }
}

/** Overdue and unfinished tasks of each lead unit (or each area) in a plan. */
async function unitStandings(data: QueryData, planId: number, today: LocalDate, by?: "area"): Promise<UnitStanding[]> {
  const { tasks } = await data.tasks.findTasks({ today, planIds: [planId], limit: SCAN_LIMIT });
  const groups = new Map<string, UnitStanding>();
  for (const task of tasks) {
    const key = by === "area" ? task.area : String(task.leadUnitId);
    const row = groups.get(key) ?? { unitName: by === "area" ? task.area : data.view.unitName(task.leadUnitId), ...(by === "area" ? {} : { unitId: task.leadUnitId }), overdue: 0, open: 0, total: 0 };
    row.total++;
    if (task.status !== "done") row.open++;
    if (taskState(task, today) === "overdue") row.overdue++;
    groups.set(key, row);
  }
  return [...groups.values()];
}

async function briefingData(data: QueryData, today: LocalDate, programmeName?: string): Promise<BriefingData> {
  const { view } = data;
  const programme = programmeName ? programmeByName(programmeName) : undefined;
  // Every plan followed now, the current one first (or the one the question named).
  const plans = programme ? [] : await Promise.all(view.activePlans.map(async (plan) => ({ plan, progress: planProgress(await data.tasks.progressCounts(plan.id, today)), units: await unitStandings(data, plan.id, today) })));
  const metrics = view.catalog.metrics.filter((m) => !programme || m.aspects.includes(programme.key)).map((metric) => ({
    metric,
    values: LEVELS.flatMap((scope) => {
      const value = latestValue(view.valuesOf(metric.id, scope));
      return value ? [{ scope, value }] : [];
    }),
  }));
  const changes = data.kpiChanges ? await briefingChanges(data.kpiChanges, view) : undefined;
  if (!programme) return { today, plans, metrics, ...(changes ? { changes } : {}) };
  const { tasks } = await findTasks({ state: "all", programme: programme.name }, data, undefined, today, SCAN_LIMIT);
  const programmeTasks = { total: tasks.length, done: tasks.filter((t) => t.status === "done").length, overdue: tasks.filter((t) => taskState(t, today) === "overdue").length };
  return { today, plans, metrics, programme: programme.name, programmeTasks };
}

/** The figures that moved since the last digest (not those new to it: the briefing gives them anyway). */
async function briefingChanges(kpiChanges: KpiChanges, view: CatalogView): Promise<BriefingData["changes"]> {
  const { since, changes } = await kpiChanges.sinceLastDigest();
  const items = changes.flatMap(({ now, before, corrected }) => {
    const metric = view.catalog.metrics.find((m) => m.id === now.metricId);
    return metric && before ? [{ metric, scope: now.scope, ...(now.unitId !== null ? { unitName: view.unitName(now.unitId) } : {}), now, before, corrected }] : [];
  });
  return { since: vnDate(since), items };
}

/**
 * Whether a value answers a question about a period: its date falls in the period (or within a month after
 * it, when reports come out), and it does not start long before ("tháng 6" is not answered by 1/1–27/6).
 */
function coversPeriod(period: TimeFilter, value: MetricValue): boolean {
  const end = value.asOf ?? value.periodTo;
  if (!end) return false;
  // As of a day: a figure of that day or before it (the latest then known), never one of a later day.
  if (period.upTo) return end <= period.to;
  // "Từ 1/1", "giai đoạn 1/1 – 27/6": the period the figure itself starts on.
  if (value.periodFrom && period.from === value.periodFrom && period.to <= end) return true;
  if (end < period.from || end > addDays(period.to, 31)) return false;
  return !value.periodFrom || value.periodFrom >= addDays(period.from, -7);
}

function periodWords(period: TimeFilter, locale: Locale): string {
  // The words typed, inside a sentence ("Năm 2022 VNeID xếp thứ mấy" → "… cho năm 2022").
  return readsWellAsTyped(period.text, locale) ? inSentence(period.text) : formatPeriod(period.from, period.to, locale);
}

/**
 * Up to three questions the bot can answer, close to one it could not: the same figure at the levels it is
 * known for ("Tỷ lệ hồ sơ trực tuyến cấp huyện?"), else the general examples.
 */
function closeQuestions(metricKey: string | undefined, view: CatalogView): Reply[] {
  const metric = metricKey ? view.index.metricByKey.get(metricKey) : undefined;
  if (!metric) return examples([2, 4, 7]);
  const levels = LEVELS.filter((scope) => view.valuesOf(metric.id, scope).length > 0).slice(0, 3);
  return levels.map((scope) => reply("help-example", { text: reply("suggest-metric", { metric: metric.name, scope, unit: "" }) }));
}

function examples(numbers: readonly number[]): Reply[] {
  return numbers.map((n) => reply("help-example", { text: reply(`help-example-${n}`) }));
}

function metricList(catalog: Catalog, locale: Locale): string {
  return catalog.metrics.map((m) => (locale === "en" && m.nameEn ? m.nameEn : m.name).toLocaleLowerCase(locale)).join("; ");
}

/** Levels measured over different periods are not compared; the most recent period wins. */
function samePeriod(values: ScopedValue[]): ScopedValue[] {
  const period = (sv: ScopedValue) => `${sv.value.periodFrom}|${sv.value.periodTo}|${sv.value.asOf}`;
  const newest = [...values].sort((a, b) => (period(b) > period(a) ? 1 : -1))[0];
  return newest ? values.filter((sv) => period(sv) === period(newest)) : [];
}

/** The province in office on the day asked about, as people name it ("tỉnh Quảng Nam"). */
function ourProvinceName(catalog: Catalog, today: LocalDate): string {
  const province = catalog.units.find((u) => u.kind === "province" && isInOffice(u, today));
  if (!province) return "";
  return province.aliases.find((alias) => /^(?:tỉnh|thành phố)\s/iu.test(alias)) ?? province.name;
}
