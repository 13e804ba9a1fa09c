import type { Metric, MetricValue } from "../model.js";
import { decimalDifference } from "../rates.js";

/**
 * Where a value stands against its target, the way the metric improves: a count or a rate must reach the
 * target from below, a rank from above (28th is short of a top-20 goal by 8 places). `shortfall` is how
 * far is left, in the metric's own unit; 0 when reached.
 */
export function againstTarget(metric: Pick<Metric, "direction">, value: Pick<MetricValue, "value" | "target">): { reached: boolean; shortfall: number } | undefined {
  if (value.target === null) return undefined;
  const gap = metric.direction === "lower" ? decimalDifference(value.value, value.target) : decimalDifference(value.target, value.value);
  return { reached: gap <= 0, shortfall: Math.max(gap, 0) };
}
