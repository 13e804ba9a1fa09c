/**
 * Charts as pictures (issue #12, item 4): the figures of a chart from the catalogue and the task records, the
 * words from the locales, the SVG from core/charts; the caption states every figure drawn, for those who
 * cannot see the image. The shell renders the SVG to PNG (infra/png.ts).
 */
import { latestValue } from "../core/answer/kpi.js";
import { formatAmount, inSentence, metricName, whenOf } from "../core/answer/kpi-text.js";
import { againstTarget } from "../core/answer/target.js";
import { barChartSvg, chartByName, COLORS, lineChartSvg, type BarRow, type ChartRequest, type PlotArea } from "../core/charts/index.js";
import { formatDate, formatInteger, type Locale } from "../core/format.js";
import { daysBetween, epochDay, type LocalDate } from "../core/local-date.js";
import type { MetricValue, Scope } from "../core/model.js";
import { reply, type Reply } from "../core/reply.js";
import { taskState } from "../core/task-state.js";
import { understand } from "../core/understand/understand.js";
import type { CatalogView } from "./catalog-view.js";
import type { TaskStore } from "./ports.js";

export interface ChartDeps {
  view: CatalogView;
  tasks: Pick<TaskStore, "findTasks">;
  translate(locale: Locale, r: Reply): string;
}

export type ChartResult =
  | { ok: true; request: ChartRequest; svg: string; plot: PlotArea; caption: string }
  | { ok: false; reason: "unknown" | "no_data"; text: string };

const LEVELS: readonly Scope[] = ["province", "department_level", "district_level", "commune_level"];
/** At most this many units in the progress chart: those furthest behind. */
const UNITS_SHOWN = 15;

/**
 * The chart a request names (a ChartRequest from understanding, or the words of `npm run chart`: a chart's name
 * such as "online-rate" or "trend:<metric>", else a question read by understanding), drawn with its caption.
 */
export async function drawChart(request: string | ChartRequest, deps: ChartDeps, today: LocalDate, locale: Locale = "vi"): Promise<ChartResult> {
  const say = (key: string, args?: Record<string, string | number | Reply>) => deps.translate(locale, reply(key, args));
  const picked = typeof request === "string" ? chartOfWords(request, deps.view, today) : request;
  if (!picked) return { ok: false, reason: "unknown", text: say("chart-unknown") };
  const metricByKey = (key: string) => deps.view.catalog.metrics.find((m) => m.key === key);
  const noData = (): ChartResult => ({ ok: false, reason: "no_data", text: say("chart-no-data") });
  const finish = (drawn: { svg: string; plot: PlotArea }, lines: string[]): ChartResult => ({ ok: true, request: picked, ...drawn, caption: lines.join("\n") });

  switch (picked.kind) {
    case "online_rate_by_level": {
      const metric = metricByKey("online_dossier_rate");
      if (!metric) return noData();
      const rows = LEVELS.flatMap((scope) => {
        const value = latestValue(deps.view.valuesOf(metric.id, scope));
        return value ? [{ scope, value }] : [];
      });
      if (rows.length === 0) return noData();
      const label = (scope: Scope) => capitalise(say("scope-label", { scope, unit: "" }));
      const bars: BarRow[] = rows.map(({ scope, value }) => ({ label: label(scope), segments: [{ value: Number(value.value), color: COLORS.primary }], valueText: formatAmount(metric.measure, value.value, locale) }));
      const title = say("chart-online-rate-title");
      const subtitle = sourceText(rows.map((r) => r.value), say, locale);
      return finish(barChartSvg({ title, subtitle, rows: bars, max: 100 }), [
        title,
        ...rows.map(({ scope, value }, i) => say("chart-caption-line", { label: label(scope), value: bars[i]!.valueText, when: whenOf(value, locale) })),
        subtitle,
      ]);
    }
    case "activations_vs_target": {
      const metric = metricByKey("eid_accounts_activated");
      if (!metric) return noData();
      const series = sorted(deps.view.valuesOf(metric.id, "province")).slice(-6);
      const latest = series.at(-1);
      if (!latest) return noData();
      const target = latest.target === null ? undefined : Number(latest.target);
      const bars: BarRow[] = series.map((v) => ({ label: say("chart-as-of", { date: formatDate(dateOf(v), locale) }), segments: [{ value: Number(v.value), color: COLORS.primary }], valueText: formatAmount(metric.measure, v.value, locale) }));
      const markerLabel = target === undefined ? undefined : say("chart-target-marker", { target: formatAmount(metric.measure, latest.target!, locale), date: latest.targetDate ? formatDate(latest.targetDate, locale) : "none" });
      const gap = againstTarget(metric, latest);
      const days = latest.targetDate ? daysBetween(dateOf(latest), latest.targetDate) : 0;
      const footnote = gap === undefined ? undefined : gap.reached ? say("chart-target-reached") : say("chart-target-gap", {
        gap: formatInteger(gap.shortfall, locale), from: formatDate(dateOf(latest), locale), days, pace: days > 0 ? formatInteger(Math.ceil(gap.shortfall / days), locale) : "none",
      });
      const title = say("chart-activations-title");
      const subtitle = sourceText([latest], say, locale);
      const max = Math.max(target ?? 0, ...series.map((v) => Number(v.value))) * 1.08;
      return finish(barChartSvg({ title, subtitle, rows: bars, max, ...(markerLabel && target !== undefined ? { marker: { value: target, label: markerLabel } } : {}), ...(footnote ? { footnote } : {}) }), [
        title,
        ...series.map((v, i) => say("chart-caption-line", { label: bars[i]!.label, value: bars[i]!.valueText, when: whenOf(v, locale) })),
        ...(markerLabel ? [markerLabel] : []),
        ...(footnote ? [footnote] : []),
        subtitle,
      ]);
    }
    case "progress_by_unit": {
      const plan = deps.view.currentPlan;
      if (!plan) return noData();
      const { tasks } = await deps.tasks.findTasks({ today, planIds: [plan.id], limit: 5000 });
      if (tasks.length === 0) return noData();
      const byUnit = new Map<number, { done: number; overdue: number; open: number; total: number }>();
      for (const task of tasks) {
        const row = byUnit.get(task.leadUnitId) ?? { done: 0, overdue: 0, open: 0, total: 0 };
        row.total++;
        if (task.status === "done") row.done++;
        else if (taskState(task, today) === "overdue") row.overdue++;
        else row.open++;
        byUnit.set(task.leadUnitId, row);
      }
      const ranked = [...byUnit.entries()]
        .map(([unitId, r]) => ({ name: deps.view.unitName(unitId), ...r }))
        .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.done / a.total - b.done / b.total || a.name.localeCompare(b.name, "vi"));
      const shown = ranked.slice(0, UNITS_SHOWN);
      const bars: BarRow[] = shown.map((r) => ({
        label: r.name,
        segments: [{ value: r.done, color: COLORS.done }, { value: r.open, color: COLORS.onTime }, { value: r.overdue, color: COLORS.overdue }],
        valueText: `${r.done}/${r.total}`,
      }));
      const title = say("chart-progress-title", { plan: plan.name });
      const subtitle = say("chart-progress-source", { date: formatDate(today, locale) });
      const legend = [
        { label: say("chart-legend-done"), color: COLORS.done },
        { label: say("chart-legend-on-time"), color: COLORS.onTime },
        { label: say("chart-legend-overdue"), color: COLORS.overdue },
      ];
      const footnote = ranked.length > shown.length ? say("chart-progress-more", { count: ranked.length - shown.length }) : undefined;
      return finish(barChartSvg({ title, subtitle, rows: bars, max: Math.max(...shown.map((r) => r.total)), legend, ...(footnote ? { footnote } : {}) }), [
        title,
        ...shown.map((r) => say("chart-progress-line", { unit: r.name, done: r.done, total: r.total, open: r.open, overdue: r.overdue })),
        ...(footnote ? [footnote] : []),
        subtitle,
      ]);
    }
    case "trend": {
      const metric = metricByKey(picked.metricKey)!;
      const scope = LEVELS.find((s) => deps.view.valuesOf(metric.id, s).length > 0);
      if (!scope) return noData();
      const series = sorted(deps.view.valuesOf(metric.id, scope));
      const latest = series.at(-1)!;
      const name = metricName(metric, locale);
      const title = say("chart-trend-title", { metric: inSentence(name), scope, unit: "" });
      const subtitle = sourceText([latest], say, locale);
      const points = series.map((v) => ({ x: epochDay(dateOf(v)), y: Number(v.value), label: formatDate(dateOf(v), locale), valueText: formatAmount(metric.measure, v.value, locale) }));
      const footnote = series.length === 1 ? say("chart-trend-one-value") : undefined;
      const target = latest.target !== null && !(metric.measure === "percent" && latest.target === "100")
        ? { y: Number(latest.target), label: say("chart-target-marker", { target: formatAmount(metric.measure, latest.target, locale), date: latest.targetDate ? formatDate(latest.targetDate, locale) : "none" }) }
        : undefined;
      return finish(lineChartSvg({ title, subtitle, points, ...(target ? { target } : {}), ...(footnote ? { footnote } : {}) }), [
        title,
        ...series.map((v, i) => say("chart-caption-line", { label: points[i]!.label, value: points[i]!.valueText, when: whenOf(v, locale) })),
        ...(footnote ? [footnote] : []),
        subtitle,
      ]);
    }
  }
}

/** A chart's name, or the chart a question asks for as understanding reads it. */
function chartOfWords(words: string, view: CatalogView, today: LocalDate): ChartRequest | undefined {
  const named = chartByName(words, view.catalog.metrics);
  if (named) return named;
  const understood = understand(words, view.index, { today }).understanding;
  return understood.intent === "chart" ? understood.chart : undefined;
}

function dateOf(v: MetricValue): LocalDate {
  return v.asOf ?? v.periodTo ?? "";
}

function sorted(values: readonly MetricValue[]): MetricValue[] {
  return [...values].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : a.id - b.id));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Nguồn: …, số liệu …" of the values drawn (each source once). */
function sourceText(values: readonly MetricValue[], say: (key: string, args?: Record<string, string | number | Reply>) => string, locale: Locale): string {
  const sources = [...new Set(values.map((v) => v.sourceTitle))];
  return say("source-line", { source: sources.join("; "), when: whenOf(values[0]!, locale) });
}

