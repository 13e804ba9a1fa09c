import { vnInstant } from "../local-date.js";
import type { MetricValue } from "../model.js";
import { dateOf } from "./series.js";

/** A value with the moments of its life: when it was recorded, approved (a unit's figure) and corrected. */
export interface TrackedValue extends MetricValue {
  status: "current" | "superseded" | "pending" | "rejected";
  recordedAt: Date | null;
  decidedAt: Date | null;
  supersededAt: Date | null;
}

/** A series (a metric at one scope) whose latest value is not the one it had at the moment asked about. */
export interface SeriesChange<V extends TrackedValue = TrackedValue> {
  now: V;
  /** The latest value the series had then; undefined when it had none. */
  before: V | undefined;
  /** The new value is of the same date as the one before: a correction, not a change over time. */
  corrected: boolean;
}

/**
 * When a value became current: when it was approved (a unit's figure), else recorded. Seeded values carry no
 * recording time: they count as known from the date they speak for, as the report that brought them did.
 */
function becameCurrent(v: TrackedValue): number {
  if (v.status === "pending" || v.status === "rejected") return Number.POSITIVE_INFINITY;
  return (v.decidedAt ?? v.recordedAt ?? vnInstant(dateOf(v))).getTime();
}

/** The values that were current at a moment: in force by then, and not yet corrected. */
export function currentAt<V extends TrackedValue>(values: readonly V[], at: Date): V[] {
  return values.filter((v) => becameCurrent(v) <= at.getTime() && (v.supersededAt === null || v.supersededAt.getTime() > at.getTime()));
}

/**
 * What changed between two moments (the last digest and now): for each series, its latest value now against its
 * latest value then, when they differ. Pure: the values (any series, any order) and the two moments in.
 */
export function changesBetween<V extends TrackedValue>(values: readonly V[], since: Date, now: Date): SeriesChange<V>[] {
  // Each value is added to its series' list in place (a copy per value made this quadratic in a series' length).
  const bySeries = new Map<string, V[]>();
  for (const v of values) {
    const key = `${v.metricId}|${v.scope}|${v.unitId ?? ""}`;
    const series = bySeries.get(key);
    if (series) series.push(v);
    else bySeries.set(key, [v]);
  }
  const changes: SeriesChange<V>[] = [];
  for (const series of bySeries.values()) {
    const after = latestOf(currentAt(series, now));
    const before = latestOf(currentAt(series, since));
    if (!after || after.id === before?.id) continue;
    changes.push({ now: after, before, corrected: before !== undefined && dateOf(before) === dateOf(after) });
  }
  return changes.sort((a, b) => a.now.metricId - b.now.metricId || SCOPE_ORDER.indexOf(a.now.scope) - SCOPE_ORDER.indexOf(b.now.scope) || (a.now.unitId ?? 0) - (b.now.unitId ?? 0));
}

/** The last value of a series in chronological order (latest date; of one date, the last recorded), in one pass. */
function latestOf<V extends TrackedValue>(values: readonly V[]): V | undefined {
  let latest: V | undefined;
  for (const v of values) {
    if (!latest || dateOf(v) > dateOf(latest) || (dateOf(v) === dateOf(latest) && v.id > latest.id)) latest = v;
  }
  return latest;
}

const SCOPE_ORDER: readonly string[] = ["province", "department_level", "district_level", "commune_level", "unit"];
