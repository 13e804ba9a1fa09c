/**
 * Deadlines that are not one day. A plan writes "Thường xuyên", "Hằng quý", "Hằng năm" or "Cả năm" for a duty
 * that comes due again and again, and "Khi có phát sinh" for one that has no deadline until it arises. The
 * reminder policy counts from a single day, so this says which day that is on a given day:
 * - a recurring task is due at the end of the period it is in (a quarter for "Thường xuyên", reported on like
 *   the quarterly CCHC reports), so it is reminded before each period ends and, the next period having begun
 *   the day after, is never overdue;
 * - its stored deadline is the last day it runs to (the plan's end): after that it is reminded no more;
 * - an on-demand task has no day to count from and is not reminded.
 */
import { type LocalDate, addDays, daysInMonth, localDate, parseLocalDate } from "../local-date.js";

export type DeadlineKind = "fixed" | "range" | "recurring" | "on_demand";
export type Recurrence = "continuous" | "monthly" | "quarterly" | "yearly";

export const RECURRENCES: readonly Recurrence[] = ["continuous", "monthly", "quarterly", "yearly"];

/** Months in one period. */
const PERIOD_MONTHS: Readonly<Record<Recurrence, number>> = { continuous: 3, monthly: 1, quarterly: 3, yearly: 12 };

/** The fields of a task that say how its deadline reads. */
export interface DeadlineShape {
  deadline: LocalDate;
  deadlineKind: DeadlineKind;
  recurrence: Recurrence | null;
  deadlineFrom: LocalDate | null;
}

/** The last day of the period of `recurrence` that contains `day`: 2023-08-10 quarterly → 2023-09-30. */
export function periodEnd(recurrence: Recurrence, day: LocalDate): LocalDate {
  const { year, month } = parseLocalDate(day);
  const months = PERIOD_MONTHS[recurrence];
  const last = Math.ceil(month / months) * months;
  return localDate(year, last, daysInMonth(year, last));
}

/** The first day of that period. */
export function periodStart(recurrence: Recurrence, day: LocalDate): LocalDate {
  const { year, month } = parseLocalDate(day);
  const months = PERIOD_MONTHS[recurrence];
  return localDate(year, Math.floor((month - 1) / months) * months + 1, 1);
}

/** Whether `day` closes a period of `recurrence`. */
export function isPeriodEnd(recurrence: Recurrence, day: LocalDate): boolean {
  return periodEnd(recurrence, day) === day;
}

/**
 * The day reminders count from on `today`: a task's own deadline when it has one day (or a range's last day);
 * for a recurring task the end of its current period (from its first day on, if that is later), never past
 * its last day, and null once its run is over; null for an on-demand task.
 */
export function reminderDeadline(task: DeadlineShape, today: LocalDate): LocalDate | null {
  switch (task.deadlineKind) {
    case "fixed":
    case "range":
      return task.deadline;
    case "on_demand":
      return null;
    case "recurring": {
      const start = task.deadlineFrom !== null && task.deadlineFrom > today ? task.deadlineFrom : today;
      if (start > task.deadline) return null;
      const end = periodEnd(task.recurrence ?? "continuous", start);
      return end < task.deadline ? end : task.deadline;
    }
  }
}

/** Every period end of a recurring task's run from `from` to `to` (inclusive): the days it comes due. */
export function periodEndsBetween(recurrence: Recurrence, from: LocalDate, to: LocalDate): LocalDate[] {
  const ends: LocalDate[] = [];
  for (let end = periodEnd(recurrence, from); end <= to; end = periodEnd(recurrence, addDays(end, 1))) ends.push(end);
  return ends;
}

/**
 * The day a recurring task marked done on `doneOn` is due again: the first day of the next period (a quarterly
 * report done on 10/8 is open again from 1/10). Null when that day is past its run (done in its last period, it
 * stays done), and for any other kind of deadline.
 */
export function reopensOn(task: DeadlineShape, doneOn: LocalDate): LocalDate | null {
  if (task.deadlineKind !== "recurring") return null;
  const next = addDays(periodEnd(task.recurrence ?? "continuous", doneOn), 1);
  return next <= task.deadline ? next : null;
}
