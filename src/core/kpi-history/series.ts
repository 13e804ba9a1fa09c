import type { LocalDate } from "../local-date.js";
import type { MetricValue } from "../model.js";

/** The date a value speaks for: its as-of date, or the end of its period. */
export function dateOf(value: Pick<MetricValue, "asOf" | "periodTo">): LocalDate {
  return value.asOf ?? value.periodTo ?? "";
}

/** One series (a metric at one scope) oldest first; values of one date in the order they were recorded. */
export function chronological<V extends Pick<MetricValue, "id" | "asOf" | "periodTo">>(values: readonly V[]): V[] {
  return [...values].sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : a.id - b.id));
}
