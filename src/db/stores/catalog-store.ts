import type { Catalog, CatalogStore } from "../../app/ports.js";
import type { Db } from "../client.js";
import { toMetric, toMetricValue, toPlan, toUnit } from "./mappers.js";

/** Units, metrics with their values, and plans: small enough to hold in memory and match questions against. */
export function createCatalogStore(db: Db): CatalogStore {
  return {
    async loadCatalog(): Promise<Catalog> {
      const [units, metrics, metricValues, plans] = await Promise.all([
        db.unit.findMany({ orderBy: { id: "asc" } }),
        db.metric.findMany({ orderBy: { id: "asc" } }),
        // Only current values: superseded, pending and rejected ones are history, not answers.
        db.metricValue.findMany({ where: { status: "current" }, orderBy: { id: "asc" } }),
        db.plan.findMany({ orderBy: { id: "asc" } }),
      ]);
      return {
        units: units.map(toUnit),
        metrics: metrics.map(toMetric),
        metricValues: metricValues.map(toMetricValue),
        plans: plans.map(toPlan),
      };
    },
  };
}
