import { daysBetween, type LocalDate } from "../local-date.js";
import { formatAmount, inSentence, metricAmount, metricName, sourceLine, whenOf } from "./kpi-text.js";
import { formatComputed, formatDate, formatDecimal, formatInteger, type Locale } from "../format.js";
import type { Metric, MetricValue, Scope } from "../model.js";
import { decimalDifference } from "../rates.js";
import { againstTarget } from "./target.js";
import { reply, type Reply } from "../reply.js";

/** KPI answers: the value as printed, always with its period or date and its source; never a made-up figure. */

export interface ScopeRef {
  scope: Scope;
  unitName?: string;
}

function scopeArgs(ref: ScopeRef): { scope: Scope; unit: string } {
  return { scope: ref.scope, unit: ref.unitName ?? "" };
}

/** The newest of the values of one metric for one scope (by the end of its period or its as-of date). */
export function latestValue(values: readonly MetricValue[]): MetricValue | undefined {
  let best: MetricValue | undefined;
  for (const v of values) {
    if (!best || dateOf(v) > dateOf(best)) best = v;
  }
  return best;
}

function whenKey(v: MetricValue): string {
  return `${v.periodFrom}|${v.periodTo}|${v.asOf}`;
}

function dateOf(v: MetricValue): LocalDate {
  return v.asOf ?? v.periodTo ?? "";
}

export function answerKpiValue(metric: Metric, value: MetricValue | undefined, ref: ScopeRef, knownScopes: readonly Scope[], locale: Locale): Reply[] {
  const name = metricName(metric, locale);
  if (!value) {
    const lines = [reply("kpi-no-data", { metric: inSentence(name), ...scopeArgs(ref) })];
    if (knownScopes.length > 0) {
      lines.push(reply("kpi-known-scopes", { scopes: knownScopes.map((s) => reply("scope-label", { scope: s, unit: "" })) }));
    }
    return lines;
  }
  const when = whenOf(value, locale);
  const lines: Reply[] = [reply("kpi-value", { metric: name, ...scopeArgs(ref), when, value: metricAmount(metric, value, locale) })];
  if (value.note) lines.push(reply("kpi-value-note", { note: value.note }));
  if (value.target) {
    lines.push(reply("kpi-value-target", {
      target: formatAmount(metric.measure, value.target, locale),
      targetDate: value.targetDate ? formatDate(value.targetDate, locale) : "none",
    }));
  }
  lines.push(sourceLine(value, when));
  return lines;
}

export type CompareMode = "highest" | "lowest" | "pair" | "all";

export interface ScopedValue {
  ref: ScopeRef;
  value: MetricValue;
}

/** Compares levels of one metric measured over the same period; values of other periods are not mixed. */
export function answerKpiCompare(metric: Metric, values: readonly ScopedValue[], mode: CompareMode, locale: Locale, overall?: ScopedValue): Reply[] {
  const name = metricName(metric, locale);
  if (values.length < 2) return [reply("kpi-no-data", { metric: name, scope: "province", unit: "" })];
  const sorted = [...values].sort((a, b) => Number(b.value.value) - Number(a.value.value));
  const when = whenOf(sorted[0]!.value, locale);
  const label = (sv: ScopedValue) => reply("scope-label", scopeArgs(sv.ref));
  const amount = (sv: ScopedValue) => metricAmount(metric, sv.value, locale);
  const lines: Reply[] = [];
  if (mode === "pair" && values.length === 2) {
    const [first, second] = sorted as [ScopedValue, ScopedValue];
    const points = decimalDifference(first.value.value, second.value.value);
    lines.push(reply("kpi-compare-header", { metric: name, when }));
    for (const sv of sorted) lines.push(reply("kpi-compare-line", { label: label(sv), value: amount(sv) }));
    lines.push(points === 0
      ? reply("kpi-compare-equal", { first: label(first), second: label(second) })
      : reply("kpi-compare-pair", { first: label(first), second: label(second), points: formatDecimal(points, locale) }));
    // "Gấp mấy lần": the ratio of the two, rounded to two decimals.
    if (Number(second.value.value) > 0 && points !== 0) {
      lines.push(reply("kpi-compare-ratio", { first: label(first), second: label(second), times: formatDecimal(Math.round((100 * Number(first.value.value)) / Number(second.value.value)) / 100, locale) }));
    }
  } else {
    lines.push(reply("kpi-compare-header", { metric: name, when }));
    // The province as a whole first, when it is of the same period: the levels are read against it.
    if (overall && whenKey(overall.value) === whenKey(sorted[0]!.value)) lines.push(reply("kpi-compare-line", { label: label(overall), value: amount(overall) }));
    for (const sv of sorted) lines.push(reply("kpi-compare-line", { label: label(sv), value: amount(sv) }));
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    lines.push(reply("kpi-compare-highest", {
      highest: reply("kpi-compare-line-inline", { label: label(top), value: amount(top) }),
      lowest: reply("kpi-compare-line-inline", { label: label(bottom), value: amount(bottom) }),
    }));
  }
  lines.push(sourceLine(sorted[0]!.value, when));
  return lines;
}

/** How far a value is from its target, and the daily pace needed to reach it by the target date. */
export function answerKpiGap(metric: Metric, value: MetricValue | undefined, today: LocalDate, locale: Locale): Reply[] {
  const name = metricName(metric, locale);
  if (!value) return [reply("kpi-no-data", { metric: name, scope: "province", unit: "" })];
  if (!value.target) return [reply("kpi-no-target", { metric: name })];
  const when = whenOf(value, locale);
  const gap = againstTarget(metric, value)!.shortfall;
  const fmt = (amount: string) => formatAmount(metric.measure, amount, locale);
  const lines: Reply[] = [];
  if (gap <= 0) {
    lines.push(reply("kpi-value", { metric: name, scope: "province", unit: "", when, value: metricAmount(metric, value, locale) }));
    lines.push(reply("kpi-gap-reached", { target: fmt(value.target) }));
  } else {
    lines.push(reply("kpi-gap", {
      when,
      metric: inSentence(name),
      value: metricAmount(metric, value, locale),
      target: fmt(value.target),
      targetDate: value.targetDate ? formatDate(value.targetDate, locale) : "—",
      // A rate short of its target is short by points ("60,58%, chỉ tiêu 100%: còn thiếu 39,42 điểm phần trăm").
      gap: metric.measure === "percent" ? reply("kpi-points", { amount: formatComputed(gap, locale) }) : fmt(String(gap)),
    }));
    if (value.targetDate && value.targetDate >= today) {
      // The pace runs from the day after the latest figure: what happened since it is not known, so the
      // days since then are days to reach the target in, not days already lost.
      const asOf = value.asOf ?? value.periodTo!;
      const days = daysBetween(asOf, value.targetDate);
      const pace = metric.measure === "percent" ? reply("kpi-points", { amount: formatComputed(gap / days, locale) }) : formatInteger(Math.ceil(gap / days), locale);
      lines.push(reply("kpi-gap-pace", { days, pace, asOf: formatDate(asOf, locale), targetDate: formatDate(value.targetDate, locale), daysLeft: daysBetween(today, value.targetDate) }));
    } else if (value.targetDate) {
      lines.push(reply("kpi-gap-passed", { targetDate: formatDate(value.targetDate, locale), asOf: formatDate(value.asOf ?? value.periodTo!, locale) }));
    }
  }
  lines.push(sourceLine(value, when));
  return lines;
}

export function answerRanking(metric: Metric, value: MetricValue | undefined, locale: Locale): Reply[] {
  const name = metricName(metric, locale);
  if (!value) return [reply("kpi-no-data", { metric: name, scope: "province", unit: "" })];
  const when = whenOf(value, locale);
  const lines: Reply[] = [reply("ranking", { metric: name, when, rank: formatDecimal(value.value, locale), of: formatDecimal(value.denominator ?? "", locale) })];
  const standing = againstTarget(metric, value);
  if (value.target && standing) {
    const steps = standing.shortfall;
    const targetDate = value.targetDate ? formatDate(value.targetDate, locale) : "—";
    lines.push(!standing.reached
      ? reply("ranking-goal", { goal: formatDecimal(value.target, locale), targetDate, steps })
      : reply("ranking-goal-reached", { goal: formatDecimal(value.target, locale), targetDate }));
  }
  lines.push(sourceLine(value, when));
  return lines;
}
