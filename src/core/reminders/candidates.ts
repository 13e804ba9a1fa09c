/**
 * Which deadlines can produce a reminder at a moment, so the store selects only those open tasks (by an
 * index on deadline) instead of scanning every task: planning then grows with the reminders due, not with
 * the tasks stored.
 *
 * Two parts, because they have different shapes:
 * - before / on the day: one contiguous range of upcoming deadlines (candidateDeadlineWindow);
 * - overdue and escalations: a short list of past deadlines exactly 1, 4, 7, … and 5, 10 working days
 *   behind a planned slot, each with the days off that follow it (overdueCandidateDeadlines). Recurring
 *   alerts stop at policy.overdueMaxDays, so the list stays bounded (about 70 dates with the defaults).
 * Select `status NOT IN ('done', 'pending_confirmation') AND (deadline BETWEEN from AND to OR deadline IN (…))`.
 * planReminders still applies the full rules, so a superset is harmless; a missing date is not.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { type LocalDate, addDays, vnDate } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";
import { lastOverdueReminderDay, overdueRemindersAt } from "./schedule.js";
import { slotsDue } from "./slots.js";

export interface DeadlineWindow {
  from: LocalDate;
  to: LocalDate; // inclusive
}

/**
 * Upcoming deadlines that may get a "before" or "on the day" reminder at `now`, or null when none can
 * (no slot due yet, or no beforeDays). Deadlines before today are excluded: their missed reminders are dropped.
 */
export function candidateDeadlineWindow(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  lastPlannedAt: Date | null = null,
): DeadlineWindow | null {
  const slots = slotsDue(now, calendar, policy, lastPlannedAt);
  const latest = slots[slots.length - 1];
  if (latest === undefined || policy.beforeDays.length === 0) return null;
  const furthest = Math.max(...policy.beforeDays);
  // Deadlines with `furthest` working days left run up to the day before the next working day after them.
  return { from: vnDate(now), to: addDays(calendar.addWorkingDays(latest, furthest + 1), -1) };
}

/** Past deadlines that get an overdue alert or an escalation in any slot planned at `now`, sorted. */
export function overdueCandidateDeadlines(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  lastPlannedAt: Date | null = null,
): LocalDate[] {
  const dates = new Set<LocalDate>();
  for (const slot of slotsDue(now, calendar, policy, lastPlannedAt)) {
    for (const date of overdueDeadlinesDueOn(slot, calendar, policy)) dates.add(date);
  }
  return [...dates].sort();
}

/** Past deadlines that get an overdue alert or an escalation on one slot day, newest first. */
export function overdueDeadlinesDueOn(slot: LocalDate, calendar: WorkingCalendar, policy: ReminderPolicy): LocalDate[] {
  const horizon = lastOverdueReminderDay(policy);
  const dates: LocalDate[] = [];
  // Walk back a day at a time; a deadline is `overdue` working days behind the slot when that many
  // working days lie in (deadline, slot].
  let overdue = 0;
  for (let date = slot; ; ) {
    if (calendar.isWorkingDay(date)) overdue++;
    date = addDays(date, -1);
    if (overdue > horizon) break;
    if (overdueRemindersAt(overdue, policy).length > 0) dates.push(date);
  }
  return dates;
}
