import { answerBriefing, type BriefingData } from "../core/answer/briefing.js";
import { answerDerived, DERIVED_FIGURES } from "../core/answer/derived.js";
import { answerKpiCompare, answerKpiGap, answerKpiValue, answerRanking, latestValue, type ScopedValue } from "../core/answer/kpi.js";
import { whenOf } from "../core/answer/kpi-text.js";
import { answerPlanProgress } from "../core/answer/plan.js";
import { answerTaskCount, answerTaskDetail, answerTaskList, type TaskListFilter } from "../core/answer/tasks.js";
import { answerUnitRanking, type UnitStanding } from "../core/answer/units.js";
import { formatDate, formatPeriod, type Locale } from "../core/format.js";
import { addDays, vnDate, type LocalDate } from "../core/local-date.js";
import type { Metric, MetricValue, Scope, Task } from "../core/model.js";
import { planProgress } from "../core/plan-progress.js";
import { reply, type Reply } from "../core/reply.js";
import { taskState } from "../core/task-state.js";
import type { TaskFilters, TimeFilter, Understanding } from "../core/understand/types.js";
import { fold } from "../core/vi/index.js";
import type { CatalogView } from "./catalog-view.js";
import type { Catalog, TaskFilterState, TaskStore } from "./ports.js";

/** At most this many tasks are listed in one answer: enough to act on, short enough for a phone. */
export const TASK_LIST_LIMIT = 10;
/** Filters the database cannot apply (words of a title, done late) are applied to at most this many tasks. */
const SCAN_LIMIT = 5000;
const LEVELS: readonly Exclude<Scope, "unit">[] = ["province", "department_level", "district_level", "commune_level"];

export interface QueryData {
  view: CatalogView;
  tasks: TaskStore;
}

/** Who asked: looked up only when an answer needs it (a greeting by name, "đơn vị mình"). */
export type Asker = () => Promise<{ name: string; unitIds: readonly number[] }>;

export interface Answer {
  replies: Reply[];
  /** Codes of the tasks the answer lists, for follow-ups such as "chi tiết nv đó". */
  shownTasks: string[];
}

/** Turns what a message asks into the answer, reading only what that question needs. */
export async function answerQuery(u: Understanding, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  if (u.intent === "task_list" || u.intent === "task_count") return tasksAnswer(u, data, asker, today, locale);
  return { replies: await answer(u, data, asker, today, locale), shownTasks: [] };
}

async function tasksAnswer(u: Extract<Understanding, { intent: "task_list" | "task_count" }>, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  const unitId = u.unit ? data.view.index.unitByCode.get(u.unit)?.id : u.mine ? (await asker()).unitIds[0] : undefined;
  if (u.mine && unitId === undefined) return { replies: [reply("asker-unit-unknown")], shownTasks: [] };
  const unit = unitId === undefined ? undefined : data.view.unit(unitId);
  const result = await findTasks(u, data, unit?.id, today, TASK_LIST_LIMIT);
  const filter: TaskListFilter = {
    state: u.state,
    ...(unit ? { unit } : {}),
    ...(u.role === "cooperating" ? { cooperating: true } : {}),
    ...(u.area ? { area: u.area } : {}),
    ...(u.due ? { due: u.due } : {}),
    ...(u.words ? { words: u.words.join(" ") } : {}),
    ...(u.programme ? { programme: u.programme } : {}),
  };
  const replies =
    u.intent === "task_count"
      ? answerTaskCount(filter, result, today, locale)
      : answerTaskList(filter, result, data.view.unitName, today, locale);
  // The figures come from the bot's own task records as of today, not from the plan document.
  return { replies: [...replies, reply("task-records-source", { date: formatDate(today, locale) })], shownTasks: result.tasks.map((t) => t.code) };
}

/**
 * The page of tasks and their number. States the database stores are filtered in SQL; "done late",
 * "done on time" and words of a title are decided here, over the tasks the other filters leave.
 */
async function findTasks(u: TaskFilters, data: QueryData, unitId: number | undefined, today: LocalDate, limit: number): Promise<{ tasks: Task[]; total: number }> {
  // A unit's tasks are its own across plans; any other list is of the plan in question.
  const plan = unitId === undefined ? data.view.currentPlan : undefined;
  const inMemory = u.state === "done_late" || u.state === "done_on_time" || u.words !== undefined || u.programme !== undefined;
  const dbState: TaskFilterState | undefined = u.state === "all" ? undefined : u.state === "done_late" || u.state === "done_on_time" ? "done" : u.state;
  const window = u.due && u.due.from <= u.due.to ? u.due : u.due ? { from: u.due.from, to: addDays(u.due.from, -1) } : undefined;
  const found = await data.tasks.findTasks({
    today,
    limit: inMemory ? SCAN_LIMIT : limit,
    ...(dbState ? { state: dbState } : {}),
    ...(plan ? { planIds: [plan.id] } : {}),
    ...(unitId !== undefined ? (u.role === "cooperating" ? { cooperatingUnitIds: [unitId] } : { leadUnitIds: [unitId] }) : {}),
    ...(u.area ? { areas: [u.area] } : {}),
    ...(window ? { dueFrom: window.from, dueTo: window.to } : {}),
  });
  if (!inMemory) return found;
  const words = (u.words ?? []).map((w) => fold(w));
  const programme = u.programme ? fold(u.programme) : undefined;
  const kept = found.tasks.filter((task) => {
    const state = taskState(task, today);
    if (u.state === "done_late" && state !== "done_late") return false;
    if (u.state === "done_on_time" && state !== "done_on_time") return false;
    const title = ` ${fold(task.title).replace(/[^a-z0-9]+/g, " ")} `;
    if (programme && !title.includes(` ${programme.replace(/[^a-z0-9]+/g, " ").trim()} `)) return false;
    return words.every((w) => title.includes(` ${w} `));
  });
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
        return [reply("kpi-no-data-for-period", { metric: metric.name, asked: periodWords(u.period, locale), when: whenOf(value, locale) })];
      }
      const known = LEVELS.filter((s) => latest(metric.id, s));
      return answerKpiValue(metric, value, { scope: u.scope, ...(unit ? { unitName: unit.name } : {}) }, known, locale);
    }
    case "kpi_compare": {
      const metric = metricOf(u.metric)!;
      const scopes = u.scopes ?? LEVELS.filter((s) => s !== "province");
      const values = scopes
        .map((scope) => ({ ref: { scope }, value: latest(metric.id, scope) }))
        .filter((sv): sv is ScopedValue => sv.value !== undefined);
      return answerKpiCompare(metric, samePeriod(values), u.mode, locale);
    }
    case "kpi_gap": {
      const metric = metricOf(u.metric)!;
      return answerKpiGap(metric, latest(metric.id, "province"), today, locale);
    }
    case "kpi_derived": {
      const figure = DERIVED_FIGURES.find((d) => d.key === u.derived)!;
      const from = metricOf(figure.from)!;
      const minus = metricOf(figure.minus)!;
      return answerDerived(figure, { metric: from, value: latest(from.id, "province") }, { metric: minus, value: latest(minus.id, "province") }, locale);
    }
    case "ranking": {
      const metric = metricOf(u.metric);
      if (!metric) return [reply("unknown-metric", { metrics: metricList(catalog, locale) })];
      return answerRanking(metric, latest(metric.id, "province"), locale);
    }
    case "plan_progress": {
      const plan = catalog.plans.find((p) => p.code === u.plan) ?? view.currentPlan;
      if (!plan) return [reply("plan-none")];
      return answerPlanProgress(plan, planProgress(await data.tasks.progressCounts(plan.id, today)), today, locale);
    }
    case "unit_ranking": {
      const plan = view.currentPlan;
      if (!plan) return [reply("plan-none")];
      return answerUnitRanking(await unitStandings(data, plan.id, today), plan.name, today, locale);
    }
    case "briefing":
      return answerBriefing(await briefingData(data, today), locale);
    case "task_detail": {
      const detail = await data.tasks.findTaskDetail(u.code);
      if (!detail) return [reply("task-not-found", { code: u.code })];
      const { task, cooperatingUnitIds } = detail;
      return answerTaskDetail(task, view.unitName(task.leadUnitId), cooperatingUnitIds.map((id) => view.unitName(id)), today, locale, task.completedAt ? vnDate(task.completedAt) : null);
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
    case "task_command":
      // Commands are handled before the question pipeline; nothing to answer here.
      return [];
    case "out_of_domain":
      return [reply("out-of-domain")];
    case "unknown":
      if (u.reason === "leftover") return [reply("leftover", { words: u.leftover ?? "", metric: u.name ?? "none" }), reply("unknown-suggest"), ...examples([2, 4, 7])];
      if (u.reason === "unknown_unit") return [reply("unit-not-found", { name: u.name ?? "" }), reply("unknown"), ...examples([4, 5])];
      if (u.reason === "ambiguous_unit") return [reply("unit-ambiguous", { name: u.name ?? "", options: (u.options ?? []).map((c) => index.unitByCode.get(c)?.name ?? c).join("; ") })];
      if (u.reason === "unknown_metric") return [reply("unknown-metric", { metrics: metricList(catalog, locale) }), reply("unknown"), ...examples([2, 3])];
      return [reply("unknown"), ...examples([1, 2, 4])];
  }
}

/** Overdue and unfinished tasks of each lead unit in a plan. */
async function unitStandings(data: QueryData, planId: number, today: LocalDate): Promise<UnitStanding[]> {
  const { tasks } = await data.tasks.findTasks({ today, planIds: [planId], state: "open", limit: SCAN_LIMIT });
  const byUnit = new Map<number, UnitStanding>();
  for (const task of tasks) {
    const row = byUnit.get(task.leadUnitId) ?? { unitName: data.view.unitName(task.leadUnitId), overdue: 0, open: 0 };
    row.open++;
    if (taskState(task, today) === "overdue") row.overdue++;
    byUnit.set(task.leadUnitId, row);
  }
  return [...byUnit.values()];
}

async function briefingData(data: QueryData, today: LocalDate): Promise<BriefingData> {
  const { view } = data;
  const plan = view.currentPlan;
  const plans = plan ? [{ plan, progress: planProgress(await data.tasks.progressCounts(plan.id, today)), units: await unitStandings(data, plan.id, today) }] : [];
  const metrics = view.catalog.metrics.map((metric) => ({
    metric,
    values: LEVELS.flatMap((scope) => {
      const value = latestValue(view.valuesOf(metric.id, scope));
      return value ? [{ scope, value }] : [];
    }),
  }));
  return { today, plans, metrics };
}

/**
 * Whether a value answers a question about a period: its date falls in the period (or within a month after
 * it, when reports come out), and it does not start long before ("tháng 6" is not answered by 1/1–27/6).
 */
function coversPeriod(period: TimeFilter, value: MetricValue): boolean {
  const end = value.asOf ?? value.periodTo;
  if (!end) return false;
  if (end < period.from || end > addDays(period.to, 31)) return false;
  return !value.periodFrom || value.periodFrom >= addDays(period.from, -7);
}

function periodWords(period: TimeFilter, locale: Locale): string {
  return period.text.length > 0 ? period.text : formatPeriod(period.from, period.to, locale);
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
