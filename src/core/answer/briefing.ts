import { formatDate, formatInteger, formatPercent, type Locale } from "../format.js";
import { daysBetween, type LocalDate } from "../local-date.js";
import type { Metric, MetricValue, Plan, Scope } from "../model.js";
import type { PlanProgress } from "../plan-progress.js";
import { reply, type Reply } from "../reply.js";
import { movementBetween } from "../kpi-history/index.js";
import { movementWords } from "./kpi-change.js";
import { formatAmount, metricAmount, metricName, whenOf } from "./kpi-text.js";
import { againstTarget } from "./target.js";
import { rankUnits, type UnitStanding } from "./units.js";

/** A briefing fits one phone screen. */
export const BRIEFING_MAX_CHARS = 1200;
const UNITS_SHOWN = 6;

export interface BriefingData {
  today: LocalDate;
  plans: ReadonlyArray<{ plan: Plan; progress: PlanProgress; units: readonly UnitStanding[] }>;
  /** Every metric with its newest value per level (province first). */
  metrics: ReadonlyArray<{ metric: Metric; values: ReadonlyArray<{ scope: Scope; value: MetricValue }> }>;
  /** A briefing on one programme ("tình hình thực hiện Đề án 06"), with its tasks' counts. */
  programme?: string;
  programmeTasks?: { total: number; done: number; overdue: number };
  /** Figures that moved (or were corrected) since the last weekly digest, with the value they had then. */
  changes?: { since: LocalDate; items: ReadonlyArray<BriefingChange> };
}

export interface BriefingChange {
  metric: Metric;
  scope: Scope;
  unitName?: string;
  now: MetricValue;
  before: MetricValue;
  corrected: boolean;
}

/** At most this many changed figures are named; the briefing must fit one screen. */
const CHANGES_SHOWN = 3;

/**
 * "Tóm tắt tình hình trước cuộc họp": each plan's progress and its overdue tasks by unit, then each figure
 * with a target against it (the days left), the ranking against its goal, and the rates by level. Lines
 * are dropped from the end until it fits one screen.
 */
export function answerBriefing(data: BriefingData, locale: Locale): Reply[] {
  const lines: Reply[] = [reply("briefing-header", { date: formatDate(data.today, locale), programme: data.programme ?? "none" })];
  for (const plan of data.plans) lines.push(...briefingPlanLines(plan, locale));
  if (data.programme && data.programmeTasks) lines.push(reply("briefing-programme-tasks", { programme: data.programme, ...data.programmeTasks }));
  if (data.changes && data.changes.items.length > 0) lines.push(...changeLines(data.changes.since, data.changes.items, locale));
  for (const { metric, values } of data.metrics) {
    const province = values.find((v) => v.scope === "province")?.value;
    // A rate measured against a target (100%) restates the counted figure's gap: once is enough.
    if (province?.target && !(metric.measure === "percent" && province.target === "100")) lines.push(targetLine(metric, province, data.today, locale));
    else if (metric.measure === "percent" && values.length > 1) {
      lines.push(reply("briefing-levels", { metric: metricName(metric, locale), when: whenOf(values[0]!.value, locale), values: values.map((v) => reply("briefing-level", { scope: v.scope, value: formatAmount(metric.measure, v.value.value, locale) })) }));
    } else if (data.programme && province) {
      lines.push(reply("briefing-value", { metric: metricName(metric, locale), value: metricAmount(metric, province, locale), when: whenOf(province, locale) }));
    }
  }
  lines.push(reply("briefing-source"));
  return lines;
}

/** A plan's lines of the briefing: its progress, named, then its overdue tasks by unit. */
export function briefingPlanLines({ plan, progress, units }: BriefingData["plans"][number], locale: Locale): Reply[] {
  const lines = [reply("briefing-plan", { plan: plan.name, done: progress.done, total: progress.total, rate: formatPercent(progress.rate, locale), overdue: progress.overdue, inProgress: progress.inProgressOnTime, blocked: progress.blocked })];
  const late = rankUnits(units).filter((u) => u.overdue > 0).slice(0, UNITS_SHOWN);
  if (late.length > 0) lines.push(reply("briefing-overdue-units", { units: late.map((u) => reply("briefing-unit", { unit: u.unitName, overdue: u.overdue })) }));
  return lines;
}

/** "Số liệu thay đổi từ báo cáo tuần trước (24/7/2023):", then "– … 560.000 (…), tăng 112.754 tài khoản (+25,21%)". */
function changeLines(since: LocalDate, items: ReadonlyArray<BriefingChange>, locale: Locale): Reply[] {
  const shown = items.slice(0, CHANGES_SHOWN).map((c) => reply("briefing-change", {
    metric: metricName(c.metric, locale),
    scope: c.scope,
    unit: c.unitName ?? "",
    value: metricAmount(c.metric, c.now, locale),
    when: whenOf(c.now, locale),
    movement: c.corrected ? "corrected" : movementWords(c.metric, movementBetween(c.before, c.now, c.metric), locale),
    previous: metricAmount(c.metric, c.before, locale),
  }));
  return [reply("briefing-changes", { since: formatDate(since, locale), more: Math.max(items.length - CHANGES_SHOWN, 0) }), ...shown];
}

function targetLine(metric: Metric, value: MetricValue, today: LocalDate, locale: Locale): Reply {
  const standing = againstTarget(metric, value)!;
  const common = {
    metric: metricName(metric, locale),
    value: metricAmount(metric, value, locale),
    when: whenOf(value, locale),
    target: formatAmount(metric.measure, value.target!, locale),
    targetDate: value.targetDate ? formatDate(value.targetDate, locale) : "none",
    daysLeft: value.targetDate && value.targetDate >= today ? daysBetween(today, value.targetDate) : -1,
  };
  if (standing.reached) return reply("briefing-target-reached", common);
  return reply(metric.measure === "rank" ? "briefing-rank" : "briefing-target", { ...common, shortfall: metric.measure === "percent" ? formatPercent(standing.shortfall, locale) : formatInteger(standing.shortfall, locale) });
}

/**
 * The briefing as one phone screen: lines are dropped from the end (the source line stays last) until the
 * text fits BRIEFING_MAX_CHARS.
 */
export function fitBriefing(lines: readonly string[], max = BRIEFING_MAX_CHARS): string {
  const kept = [...lines];
  const text = () => kept.join("\n");
  while (text().length > max && kept.length > 2) kept.splice(kept.length - 2, 1);
  return text();
}
