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
  /** The plan a question means when it names none and one plan answers it: the newest active task list. */
  currentPlan: Plan | undefined;
  /** The plans followed now, the current one first: several answer "tiến độ" each on its own line. */
  activePlans: readonly Plan[];
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
  const newestFirst = [...catalog.plans].sort((a, b) => b.year - a.year || b.id - a.id);
  const active = newestFirst.filter((p) => p.active !== false);
  // A meeting's conclusions sit beside the year's plan: the plan stays what a bare question means.
  const currentPlan = active.find((p) => p.kind !== "conclusion") ?? active[0] ?? newestFirst[0];
  const activePlans = currentPlan ? [currentPlan, ...active.filter((p) => p !== currentPlan)] : [];
  // The reading of questions knows the task lists, the current one last (the plan a bare "tiến độ" names, the
  // one whose tasks "nv 19" numbers); conclusion plans are named in words the app reads (plan-scope.ts).
  const lists = catalog.plans.filter((p) => p.kind !== "conclusion" && p !== currentPlan);
  const indexPlans = currentPlan && currentPlan.kind !== "conclusion" ? [...lists, currentPlan] : catalog.plans;
  return {
    catalog,
    index: buildUnderstandingIndex({ ...catalog, plans: indexPlans, planCodes: catalog.plans.map((p) => p.code) }),
    valuesOf: (metricId, scope, unitId) => values.get(valueKey(metricId, scope, scope === "unit" ? unitId ?? null : null)) ?? [],
    unit: (id) => units.get(id),
    unitName: (id) => units.get(id)?.name ?? "?",
    currentPlan,
    activePlans,
  };
}

function valueKey(metricId: number, scope: Scope, unitId: number | null): string {
  return `${metricId}|${scope}|${scope === "unit" ? unitId : ""}`;
}
