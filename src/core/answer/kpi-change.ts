import { formatComputed, formatDate, formatPeriod, formatVnd, type Locale } from "../format.js";
import { dateOf, PACE_DAYS, type ChangeOutcome, type ChangeReference, type Movement, type PacePeriod } from "../kpi-history/index.js";
import type { Metric, MetricValue } from "../model.js";
import { reply, type Reply } from "../reply.js";
import { againstTarget } from "./target.js";
import { daysBetween } from "../local-date.js";
import { inSentence, metricAmount, metricName, sourceLine, whenOf } from "./kpi-text.js";
import type { ScopeRef } from "./kpi.js";

/** At most this many earlier dates are named when the one asked for is missing. */
const DATES_NAMED = 6;

/**
 * A figure over time in words (issue #12, item 2): the latest value with its date, then how it moved against
 * the value asked about (in percentage points for a rate, with the share of the base for a count), the pace
 * when asked, and the sources. One value only, or none for the date asked: said plainly, nothing compared.
 */
export function answerKpiChange(
  metric: Metric,
  outcome: ChangeOutcome,
  ref: ScopeRef,
  reference: ChangeReference,
  locale: Locale,
): Reply[] {
  const name = metricName(metric, locale);
  const scope = { scope: ref.scope, unit: ref.unitName ?? "" };
  if (outcome.kind === "no_data") return [reply("kpi-no-data", { metric: inSentence(name), ...scope })];
  const latest = outcome.latest;
  const when = whenOf(latest, locale);
  const lines: Reply[] = [reply("kpi-value", { metric: name, ...scope, when, value: metricAmount(metric, latest, locale) })];
  if (outcome.kind === "only_one") return [...lines, reply("kpi-change-only-one"), sourceLine(latest, when)];
  if (outcome.kind === "no_reference") {
    const dates = outcome.earlier.slice(-DATES_NAMED).map((v) => dateText(v, locale));
    return [...lines, reply("kpi-change-no-reference", { asked: askedText(reference, latest, locale), dates: dates.join("; ") }), sourceLine(latest, when)];
  }
  const { base } = outcome;
  lines.push(reply("kpi-change", { base: metricAmount(metric, base, locale), baseWhen: dateText(base, locale), movement: movementWords(metric, outcome, locale) }));
  if (outcome.pace) {
    const paceAmount = metric.measure === "percent" ? Math.abs(outcome.pace.amount) : Math.round(Math.abs(outcome.pace.amount));
    lines.push(reply("kpi-change-pace", {
      per: outcome.pace.per,
      direction: outcome.pace.amount > 0 ? (metric.measure === "rank" ? "rank_up" : "up") : outcome.pace.amount < 0 ? (metric.measure === "rank" ? "rank_down" : "down") : "same",
      amount: changeAmount(metric, paceAmount, locale),
      from: formatDate(dateOf(base), locale),
      to: formatDate(dateOf(latest), locale),
    }));
    const needed = neededPace(metric, latest, outcome.pace.per, locale);
    if (needed) lines.push(needed);
  }
  if (outcome.periodsDiffer) lines.push(reply("kpi-change-periods-differ"));
  lines.push(sourceLine(latest, when));
  if (base.sourceTitle !== latest.sourceTitle) lines.push(sourceLine(base, whenOf(base, locale)));
  return lines;
}

/** "tăng 112.754 tài khoản (+25,21%)", "giảm 1,2 điểm phần trăm", "tăng 3 bậc", "không thay đổi". */
export function movementWords(metric: Metric, movement: Movement, locale: Locale): Reply {
  return reply("kpi-change-movement", {
    direction: metric.measure === "rank" ? `rank_${movement.direction}` : movement.direction,
    amount: changeAmount(metric, Math.abs(movement.difference), locale),
    relative: movement.relative === null || movement.direction === "same" ? "none" : `${formatComputed(Math.abs(movement.relative), locale)}%`,
  });
}

/** The change in the metric's own unit: "2,45 điểm phần trăm", "112.754 tài khoản", "15,6 tỷ đồng", "3 bậc". */
function changeAmount(metric: Metric, amount: number, locale: Locale): Reply {
  const measure = metric.measure;
  if (measure === "percent") return reply("kpi-change-amount", { measure, amount: formatComputed(amount, locale), label: "none" });
  if (measure === "vnd") return reply("kpi-change-amount", { measure, amount: formatVnd(String(amount), locale), label: "none" });
  // The unit's word is Vietnamese ("tài khoản"); an English answer gives the number alone, as its other answers do.
  return reply("kpi-change-amount", { measure, amount: formatComputed(amount, locale), label: locale === "vi" && metric.unitLabel ? metric.unitLabel : "none" });
}

/** "Số liệu tính đến 18/7/2023", "số liệu 1/1–27/6/2022": the date a compared value speaks for. */
function dateText(value: Pick<MetricValue, "periodFrom" | "periodTo" | "asOf">, locale: Locale): string {
  return value.periodFrom && value.periodTo ? formatPeriod(value.periodFrom, value.periodTo, locale) : formatDate(dateOf(value), locale);
}

function askedText(reference: ChangeReference, latest: MetricValue, locale: Locale): Reply {
  const year = Number(dateOf(latest).slice(0, 4));
  switch (reference.kind) {
    case "previous":
      return reply("kpi-change-asked", { kind: "previous", text: "" });
    case "window":
      return reply("kpi-change-asked", { kind: "window", text: reference.text.length > 0 ? reference.text : formatPeriod(reference.from, reference.to, locale) });
    case "year_start":
      return reply("kpi-change-asked", { kind: "year_start", text: String(year) });
    case "same_period":
      return reply("kpi-change-asked", { kind: "same_period", text: String(reference.year ?? year - 1) });
  }
}

/**
 * The pace the target still needs, in the same period as the pace asked: from the day after the latest value
 * to the target date (the days since the latest value are days to reach it in, as the gap answer counts them).
 */
function neededPace(metric: Metric, latest: MetricValue, per: PacePeriod, locale: Locale): Reply | undefined {
  const standing = againstTarget(metric, latest);
  if (!standing || standing.reached || !latest.targetDate || metric.measure === "rank") return undefined;
  const days = daysBetween(dateOf(latest), latest.targetDate);
  if (days <= 0) return undefined;
  const pace = (standing.shortfall / days) * PACE_DAYS[per];
  return reply("kpi-change-needed", {
    per,
    amount: metric.measure === "percent" ? changeAmount(metric, pace, locale) : changeAmount(metric, Math.ceil(pace), locale),
    target: metricAmount(metric, { value: latest.target!, qualifier: "exact", denominator: null }, locale),
    targetDate: formatDate(latest.targetDate, locale),
    from: formatDate(dateOf(latest), locale),
  });
}
