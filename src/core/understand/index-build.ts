import { createMatcher, createTaskCodeFinder, DEFAULT_TASK_CODE_PREFIXES, type Matcher, type TaskCodeFinder } from "../vi/index.js";
import type { Metric, MetricValue, Plan, Scope, TaskArea, Unit } from "../model.js";
import { AREA_PHRASES, SCOPE_PHRASES, UNAVAILABLE_METRICS } from "./scopes.js";
import { foldPhrase, foldWords } from "./words.js";
import { ASPECT_PHRASES, type Aspect } from "./aspects.js";
import { createPlaceMatcher, type PlaceMatcher } from "./places.js";
import { buildFigureIndex, type FigureIndex } from "./quoted-figure.js";

export interface MetricEntry {
  metric: Metric;
  excludes: readonly string[];
  requires: readonly string[];
  /** What the figure is about ("accounts", "money"…): a question naming another aspect is not about it. */
  aspects: ReadonlySet<string>;
  /** Every folded word of the metric's names: such a word left over in a question about it is understood. */
  words: ReadonlySet<string>;
  /** The figures the data holds for it (values, denominators, targets) as digits: "738291", "63", "20". */
  numbers: ReadonlySet<string>;
  /** The aggregate levels that have at least one value of this metric. */
  levels: ReadonlySet<Scope>;
  hasTarget: boolean;
  /** The targets set for it, as digits ("738291"), and the dates they are due ("2023-07-31"). */
  targets: ReadonlySet<string>;
  targetDates: ReadonlySet<string>;
  /** Some value is a part of a stated total (8 of 10 connections). */
  hasDenominator: boolean;
}

/** Everything the parser matches against, built once from the catalogue and rebuilt when it changes. */
export interface UnderstandingIndex {
  /**
   * Every word that names some figure, aspect or figure the data lacks: such a word left over in a question
   * about another figure means the question was not that one ("tỷ lệ … thanh toán").
   */
  figureWords: ReadonlySet<string>;
  metrics: readonly MetricEntry[];
  /** All metric names in one matcher, asked for each metric's own best match (not only the best overall). */
  metricNames: Matcher<string>;
  metricEntryByKey: ReadonlyMap<string, MetricEntry>;
  scopes: Matcher<Exclude<Scope, "unit">>;
  units: Matcher<string>;
  areas: Matcher<TaskArea>;
  unavailable: Matcher<string>;
  /** Vietnam's provinces: another one named is a question whose figures the bot does not hold. */
  places: PlaceMatcher;
  /** The data's values by number: "64% đó là của cấp nào" names a figure by its value. */
  figures: FigureIndex;
  metricByKey: ReadonlyMap<string, Metric>;
  unitByCode: ReadonlyMap<string, Unit>;
  /** The units that are provinces (the one in office today is the province the data speaks for): a few of thousands. */
  provinceUnits: readonly Unit[];
  plans: readonly Plan[];
  /** Task codes of the programmes' prefixes and of the plans held ("DA06-24-03", "cchc2322"), and those plans' codes named alone. */
  taskCodes: TaskCodeFinder;
}

export function buildUnderstandingIndex(catalog: {
  units: readonly Unit[];
  metrics: readonly Metric[];
  metricValues: readonly MetricValue[];
  plans: readonly Plan[];
  /** Codes of every plan held, conclusions too, whose tasks' codes are read (the plans above by default). */
  planCodes?: readonly string[];
}): UnderstandingIndex {
  const values = new Map<number, MetricValue[]>();
  // Pushed, not copied: a copy per value made building the index quadratic (100.000 values: seconds).
  for (const v of catalog.metricValues) {
    const list = values.get(v.metricId);
    if (list) list.push(v);
    else values.set(v.metricId, [v]);
  }
  const metrics: MetricEntry[] = catalog.metrics.map((metric) => ({
      metric,
      excludes: metric.excludes.map(foldPhrase),
      requires: metric.requires.map(foldPhrase),
      aspects: new Set(metric.aspects),
      numbers: new Set([
        ...(values.get(metric.id) ?? []).flatMap((v) => [v.value, v.denominator, v.target]).filter((n): n is string => n !== null).map((n) => n.replace(/\D/g, "")),
        // A figure quoted rounded ("cấp huyện có 18% thôi hả?" for 18,05%), or money in billions or millions ("hơn 859 tỷ").
        ...(values.get(metric.id) ?? []).flatMap((v) => [String(Math.trunc(Number(v.value))), String(Math.round(Number(v.value)))]),
        // A count quoted in thousands ("447 nghìn tài khoản" for 447.246).
        ...(metric.measure === "count" ? (values.get(metric.id) ?? []).filter((v) => Number(v.value) >= 10_000).flatMap((v) => [String(Math.trunc(Number(v.value) / 1e3)), String(Math.round(Number(v.value) / 1e3))]) : []),
        ...(metric.measure === "vnd" ? (values.get(metric.id) ?? []).flatMap((v) => [String(Math.trunc(Number(v.value) / 1e9)), String(Math.trunc(Number(v.value) / 1e6))]) : []),
        // The day and month of a target date or an as-of date ("the July 31 target", "số liệu 18/7").
        ...(values.get(metric.id) ?? []).flatMap((v) => [v.targetDate, v.asOf]).filter((d): d is string => d !== null).flatMap((d) => [String(Number(d.slice(8, 10))), String(Number(d.slice(5, 7)))]),
      ]),
      words: new Set([metric.name, metric.nameEn ?? "", ...metric.aliases, ...metric.aspects.flatMap((a) => ASPECT_PHRASES[a as Aspect] ?? [])].flatMap((n) => foldWords(n).words)),
      levels: new Set((values.get(metric.id) ?? []).map((v) => v.scope)),
      hasTarget: (values.get(metric.id) ?? []).some((v) => v.target !== null),
      targets: new Set((values.get(metric.id) ?? []).flatMap((v) => (v.target === null ? [] : [String(Number(v.target))]))),
      targetDates: new Set((values.get(metric.id) ?? []).flatMap((v) => (v.targetDate === null ? [] : [v.targetDate]))),
      hasDenominator: (values.get(metric.id) ?? []).some((v) => v.denominator !== null),
  }));
  const generic = new Set(foldWords("số tổng tỷ lệ tỉ của đã được theo với và các cấp toàn tỉnh so trên").words);
  const figureWords = new Set(
    [...metrics.flatMap((m) => [...m.words]), ...Object.values(ASPECT_PHRASES).flat().flatMap((p) => foldWords(p).words), ...UNAVAILABLE_METRICS.flatMap((p) => foldWords(p).words)].filter((w) => !generic.has(w)),
  );
  return {
    figureWords,
    metrics,
    metricEntryByKey: new Map(metrics.map((entry) => [entry.metric.key, entry])),
    metricNames: createMatcher(
      catalog.metrics.map((m) => ({ id: m.key, phrases: [m.name, ...(m.nameEn ? [m.nameEn] : []), ...m.aliases] })),
      { entriesApart: true },
    ),
    scopes: createMatcher(SCOPE_PHRASES),
    // Partial names ("Trà My") score about 0.6: kept, so that a tie between units can be asked about.
    units: createMatcher(catalog.units.map((u) => ({ id: u.code, phrases: [u.name, ...u.shortNames, ...u.aliases] })), { minScore: 0.6 }),
    areas: createMatcher(AREA_PHRASES),
    unavailable: createMatcher(UNAVAILABLE_METRICS.map((phrase) => ({ id: phrase, phrases: [phrase] })), { minScore: 0.9 }),
    places: createPlaceMatcher(),
    figures: buildFigureIndex(catalog.metrics, catalog.metricValues),
    metricByKey: new Map(catalog.metrics.map((m) => [m.key, m])),
    unitByCode: new Map(catalog.units.map((u) => [u.code, u])),
    provinceUnits: catalog.units.filter((u) => u.kind === "province"),
    plans: catalog.plans,
    taskCodes: createTaskCodeFinder(DEFAULT_TASK_CODE_PREFIXES, catalog.planCodes ?? catalog.plans.map((p) => p.code)),
  };
}
