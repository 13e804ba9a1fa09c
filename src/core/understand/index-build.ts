import { createMatcher, type Matcher } from "../vi/index.js";
import type { Metric, MetricValue, Plan, Scope, TaskArea, Unit } from "../model.js";
import { createCueDetector, type CueName } from "./cues.js";
import { AREA_PHRASES, SCOPE_PHRASES, UNAVAILABLE_METRICS } from "./scopes.js";

/** Everything the parser matches against, built once from the catalogue and rebuilt when it changes. */
export interface UnderstandingIndex {
  metrics: Matcher<string>;
  scopes: Matcher<Exclude<Scope, "unit">>;
  units: Matcher<string>;
  areas: Matcher<TaskArea>;
  unavailable: Matcher<string>;
  metricByKey: ReadonlyMap<string, Metric>;
  /** Metrics that have a target in at least one value: the ones a "gap to target" question can be about. */
  targetedMetrics: ReadonlySet<string>;
  unitByCode: ReadonlyMap<string, Unit>;
  plans: readonly Plan[];
  cues: (foldedWords: readonly string[]) => Set<CueName>;
}

export function buildUnderstandingIndex(catalog: { units: readonly Unit[]; metrics: readonly Metric[]; metricValues: readonly MetricValue[]; plans: readonly Plan[] }): UnderstandingIndex {
  const metricKeyById = new Map(catalog.metrics.map((m) => [m.id, m.key]));
  return {
    metrics: createMatcher(catalog.metrics.map((m) => ({ id: m.key, phrases: [m.name, ...(m.nameEn ? [m.nameEn] : []), ...m.aliases] }))),
    scopes: createMatcher(SCOPE_PHRASES),
    units: createMatcher(catalog.units.map((u) => ({ id: u.code, phrases: [u.name, ...u.shortNames, ...u.aliases] })), { minScore: 0.75 }),
    areas: createMatcher(AREA_PHRASES),
    unavailable: createMatcher(UNAVAILABLE_METRICS.map((phrase) => ({ id: phrase, phrases: [phrase] })), { minScore: 0.9 }),
    metricByKey: new Map(catalog.metrics.map((m) => [m.key, m])),
    targetedMetrics: new Set(catalog.metricValues.filter((v) => v.target !== null).map((v) => metricKeyById.get(v.metricId)!)),
    unitByCode: new Map(catalog.units.map((u) => [u.code, u])),
    plans: catalog.plans,
    cues: createCueDetector(),
  };
}
