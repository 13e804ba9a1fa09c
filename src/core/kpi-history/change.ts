import { daysBetween, type LocalDate } from "../local-date.js";
import type { Metric, MetricValue } from "../model.js";
import { decimalDifference } from "../rates.js";
import { referenceValue } from "./reference.js";
import { chronological, dateOf } from "./series.js";
import type { ChangeAsk, ChangeReference, PacePeriod } from "./types.js";

/** Days in each pace period; a month is averaged (365,25 / 12) so that a pace never depends on which month. */
export const PACE_DAYS: Record<PacePeriod, number> = { day: 1, week: 7, month: 30.4375 };
/** Two periods whose lengths differ by more than this many days are not of the same kind (a month against six). */
const PERIOD_LENGTH_SLACK = 10;

export type ChangeOutcome<V extends MetricValue = MetricValue> =
  | { kind: "no_data" }
  /** One value only: nothing to compare with, and the answer says so. */
  | { kind: "only_one"; latest: V }
  /** Values exist, but none fits the reference asked ("tháng 6" when there is none dated in June). */
  | { kind: "no_reference"; latest: V; earlier: V[] }
  | (Movement & {
      kind: "change";
      latest: V;
      base: V;
      days: number;
      /** The average change per day, week or month between the two dates, when a pace was asked. */
      pace?: { per: PacePeriod; amount: number };
      /** The two values cover periods of different kinds (a month against half a year): compared with a warning. */
      periodsDiffer: boolean;
    });

/**
 * How a figure changed over time, from its current values (any order): the latest value against the one the
 * question refers to. Pure: the series and the question in, the figures out; nothing is estimated, and a
 * reference the series lacks is reported as missing rather than replaced.
 */
export function changeOverTime<V extends MetricValue>(
  values: readonly V[],
  metric: Pick<Metric, "measure" | "direction">,
  reference: ChangeReference,
  ask: ChangeAsk,
  today: LocalDate,
): ChangeOutcome<V> {
  // A value dated after today (a target date typed as a result) is no part of what happened.
  const series = chronological(values.filter((v) => dateOf(v) !== "" && dateOf(v) <= today));
  const latest = series.at(-1);
  if (!latest) return { kind: "no_data" };
  const earlier = series.slice(0, -1).filter((v) => dateOf(v) < dateOf(latest));
  if (earlier.length === 0) return { kind: "only_one", latest };
  const base = referenceValue(earlier, latest, reference);
  if (!base) return { kind: "no_reference", latest, earlier };
  const movement = movementBetween(base, latest, metric);
  const days = daysBetween(dateOf(base), dateOf(latest));
  const pace = ask.kind === "pace" && days > 0 ? { per: ask.per, amount: (movement.difference / days) * PACE_DAYS[ask.per] } : undefined;
  return { kind: "change", latest, base, ...movement, days, ...(pace ? { pace } : {}), periodsDiffer: periodsDiffer(latest, base) };
}

export interface Movement {
  /** latest − base, in the metric's unit (percentage points for a rate). */
  difference: number;
  /** The difference as a share of the base, for counts and money; null for rates and ranks, or a base of 0. */
  relative: number | null;
  /** "up" or "down" as the number moves; `better` says whether that is the metric's good direction. */
  direction: "up" | "down" | "same";
  better: boolean | null;
}

/** How a figure moved from one value to another, exact to their printed decimals. */
export function movementBetween(base: Pick<MetricValue, "value">, latest: Pick<MetricValue, "value">, metric: Pick<Metric, "measure" | "direction">): Movement {
  const difference = decimalDifference(latest.value, base.value);
  const countable = metric.measure !== "percent" && metric.measure !== "rank";
  const relative = countable && Number(base.value) !== 0 ? (difference / Number(base.value)) * 100 : null;
  const direction = difference > 0 ? "up" : difference < 0 ? "down" : "same";
  const better = direction === "same" ? null : (direction === "up") === (metric.direction !== "lower");
  return { difference, relative, direction, better };
}

function periodsDiffer(a: MetricValue, b: MetricValue): boolean {
  if ((a.periodFrom === null) !== (b.periodFrom === null)) return true;
  if (a.periodFrom === null || b.periodFrom === null || a.periodFrom === b.periodFrom) return false;
  const length = (v: MetricValue) => daysBetween(v.periodFrom!, v.periodTo ?? v.periodFrom!);
  return Math.abs(length(a) - length(b)) > PERIOD_LENGTH_SLACK;
}
