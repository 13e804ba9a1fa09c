import type { MetricValue, Plan, Scope, Unit } from "../core/model.js";
import { buildUnderstandingIndex, type UnderstandingIndex } from "../core/understand/index-build.js";
import type { Catalog } from "./ports.js";

/**
 * The catalogue held in memory with the lookups a question needs, so that answering costs the same
 * with 40 units and 100.000 KPI values as with a handful.
 */
export interface CatalogView {
  catalog: Catalog;
  index: UnderstandingIndex;
  valuesOf(metricId: number, scope: Scope, unitId?: number | null): readonly MetricValue[];
  unit(id: number): Unit | undefined;
  unitName(id: number): string;
  /** The plan a question means when it names none: the newest one. */
  currentPlan: Plan | undefined;
}

export function buildCatalogView(catalog: Catalog): CatalogView {
  const values = new Map<string, MetricValue[]>();
  for (const v of catalog.metricValues) {
    const key = valueKey(v.metricId, v.scope, v.unitId);
    const list = values.get(key);
    if (list) list.push(v);
    else values.set(key, [v]);
  }
  const units = new Map(catalog.units.map((u) => [u.id, u]));
  const currentPlan = [...catalog.plans].sort((a, b) => b.year - a.year || b.id - a.id)[0];
  return {
    catalog,
    index: buildUnderstandingIndex(catalog),
    valuesOf: (metricId, scope, unitId) => values.get(valueKey(metricId, scope, scope === "unit" ? unitId ?? null : null)) ?? [],
    unit: (id) => units.get(id),
    unitName: (id) => units.get(id)?.name ?? "?",
    currentPlan,
  };
}

function valueKey(metricId: number, scope: Scope, unitId: number | null): string {
  return `${metricId}|${scope}|${scope === "unit" ? unitId : ""}`;
}
