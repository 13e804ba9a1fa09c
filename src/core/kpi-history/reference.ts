import { addDays, daysInMonth, epochDay, localDate, parseLocalDate } from "../local-date.js";
import type { MetricValue } from "../model.js";
import { dateOf } from "./series.js";
import type { ChangeReference } from "./types.js";

/** A value of the same period a year before may be dated this many days either side ("27/6" against "30/6"). */
const SAME_PERIOD_SLACK_DAYS = 15;
/**
 * "Đầu năm": a value dated up to this many days before 1/1 (the year-end report) or after it (January's)
 * stands for the start of the year; a value of June does not.
 */
const YEAR_START_SLACK_DAYS = 31;

/**
 * The value a question compares the latest with, from the values before it (oldest first). Undefined when the
 * series has none that fits: the answer then says so, and never compares with some other value instead.
 */
export function referenceValue<V extends MetricValue>(earlier: readonly V[], latest: V, reference: ChangeReference): V | undefined {
  switch (reference.kind) {
    case "previous":
      return earlier.at(-1);
    case "window":
      return [...earlier].reverse().find((v) => dateOf(v) >= reference.from && dateOf(v) <= reference.to);
    case "year_start": {
      const start = localDate(parseLocalDate(dateOf(latest)).year, 1, 1);
      // The year-end figure (31/12) is the start of the year; else the year's first value.
      const before = [...earlier].reverse().find((v) => dateOf(v) <= start && dateOf(v) >= addDays(start, -YEAR_START_SLACK_DAYS));
      return before ?? earlier.find((v) => dateOf(v) > start && dateOf(v) <= addDays(start, YEAR_START_SLACK_DAYS - 1));
    }
    case "same_period": {
      const years = reference.year === undefined ? 1 : parseLocalDate(dateOf(latest)).year - reference.year;
      if (years < 1) return undefined;
      const shifted = (date: string | null) => (date === null ? null : shiftYears(date, -years));
      const distance = (a: string, b: string) => Math.abs(epochDay(a) - epochDay(b));
      const near = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && distance(a, b) <= SAME_PERIOD_SLACK_DAYS);
      const day = shifted(dateOf(latest))!;
      // A period is matched by a period (1/1–27/6/2022 for 1/1–27/6/2023), an as-of date by an as-of date.
      const candidates = earlier.filter((v) => near(dateOf(v), day) && (latest.periodFrom === null) === (v.periodFrom === null) && near(v.periodFrom, shifted(latest.periodFrom)));
      return candidates.sort((a, b) => distance(dateOf(a), day) - distance(dateOf(b), day))[0];
    }
  }
}

/** The same day some years before; 29/2 becomes 28/2. */
function shiftYears(date: string, years: number): string {
  const { year, month, day } = parseLocalDate(date);
  const target = year + years;
  return localDate(target, month, Math.min(day, daysInMonth(target, month)));
}
