import { answerKpiCompare, answerKpiGap, answerKpiValue, answerRanking, latestValue, type ScopedValue } from "../core/answer/kpi.js";
import { answerPlanProgress } from "../core/answer/plan.js";
import { answerTaskDetail, answerTaskList, type DueWindow, type TaskListFilter } from "../core/answer/tasks.js";
import type { Locale } from "../core/format.js";
import { addDays, dayOfWeek, daysInMonth, parseLocalDate, localDate, vnDate, type LocalDate } from "../core/local-date.js";
import type { Metric, Scope } from "../core/model.js";
import { planProgress } from "../core/plan-progress.js";
import { reply, type Reply } from "../core/reply.js";
import type { CatalogView } from "./catalog-view.js";
import type { Understanding } from "../core/understand/types.js";
import type { Catalog, TaskStore } from "./ports.js";

/** At most this many tasks are listed in one answer: enough to act on, short enough for a phone. */
export const TASK_LIST_LIMIT = 10;
const LEVELS: readonly Exclude<Scope, "unit">[] = ["province", "department_level", "district_level", "commune_level"];

export interface QueryData {
  view: CatalogView;
  tasks: TaskStore;
}

/** Who asked: looked up only when an answer needs it (a greeting by name), not for every question. */
export type Asker = () => Promise<{ name: string }>;

export interface Answer {
  replies: Reply[];
  /** Codes of the tasks the answer lists, for follow-ups such as "chi tiết nv đó". */
  shownTasks: string[];
}

/** Turns what a message asks into the answer, reading only what that question needs. */
export async function answerQuery(u: Understanding, data: QueryData, asker: Asker, today: LocalDate, locale: Locale): Promise<Answer> {
  if (u.intent === "task_list") return listTasks(u, data, today, locale);
  return { replies: await answer(u, data, asker, today, locale), shownTasks: [] };
}

async function listTasks(u: Extract<Understanding, { intent: "task_list" }>, data: QueryData, today: LocalDate, locale: Locale): Promise<Answer> {
  const unit = u.unit ? data.view.index.unitByCode.get(u.unit) : undefined;
  const due = u.due ? dueWindow(u.due, today) : undefined;
  // A unit's tasks are its own across plans; any other list is of the plan in question.
  const plan = unit ? undefined : data.view.currentPlan;
  const filter: TaskListFilter = { state: u.state, ...(unit ? { unit } : {}), ...(u.area ? { area: u.area } : {}), ...(due ? { due } : {}) };
  const result = await data.tasks.findTasks({
    today,
    state: u.state,
    limit: TASK_LIST_LIMIT,
    ...(plan ? { planIds: [plan.id] } : {}),
    ...(unit ? { leadUnitIds: [unit.id] } : {}),
    ...(u.area ? { areas: [u.area] } : {}),
    ...(due ? { dueFrom: due.from, dueTo: due.to } : {}),
  });
  return { replies: answerTaskList(filter, result, data.view.unitName, today, locale), shownTasks: result.tasks.map((t) => t.code) };
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
    case "task_detail": {
      const detail = await data.tasks.findTaskDetail(u.code);
      if (!detail) return [reply("task-not-found", { code: u.code })];
      const { task, cooperatingUnitIds } = detail;
      return answerTaskDetail(task, view.unitName(task.leadUnitId), cooperatingUnitIds.map((id) => view.unitName(id)), today, locale, task.completedAt ? vnDate(task.completedAt) : null);
    }
    case "task_list":
      return (await listTasks(u, data, today, locale)).replies;
    case "greeting":
      return [reply("greeting", { name: (await asker()).name })];
    case "thanks":
      return [reply("thanks")];
    case "help":
      return [reply("help"), ...examples([1, 2, 3, 4, 5, 6])];
    case "empty":
      return [reply("empty-message")];
    case "task_command":
      // Commands are handled before the question pipeline; nothing to answer here.
      return [];
    case "out_of_domain":
      return [reply("out-of-domain")];
    case "unknown":
      if (u.reason === "unknown_unit") return [reply("unit-not-found", { name: u.name ?? "" }), reply("unknown"), ...examples([4, 5])];
      if (u.reason === "ambiguous_unit") return [reply("unit-ambiguous", { name: u.name ?? "", options: (u.options ?? []).map((c) => index.unitByCode.get(c)?.name ?? c).join("; ") })];
      if (u.reason === "unknown_metric") return [reply("unknown-metric", { metrics: metricList(catalog, locale) }), reply("unknown"), ...examples([2, 3])];
      return [reply("unknown"), ...examples([1, 2, 4])];
  }
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

/** This week runs Monday to Sunday; this month, from its first to its last day. */
export function dueWindow(kind: "week" | "month", today: LocalDate): DueWindow {
  if (kind === "week") {
    const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
    return { kind, from: monday, to: addDays(monday, 6) };
  }
  const { year, month } = parseLocalDate(today);
  return { kind, from: localDate(year, month, 1), to: localDate(year, month, daysInMonth(year, month)) };
}
