/**
 * The reminder schedule of one deadline, read from one slot day. Counting is done from the slot, in working
 * days, as calendar.workingDaysBetween counts: (slot, deadline] before the deadline, (deadline, slot] after.
 *
 * A deadline on a day off gets its "on the day" reminder on the last working day before it (a task due on
 * Sunday is due when the office closes on Friday: no working day is left between). Counting this way needs no
 * special case: on that Friday no working day lies in (Friday, Sunday], so the count is 0. The first
 * overdue alert then comes on the next working day after the deadline.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import type { LocalDate } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";
import type { ReminderKind } from "./reminder.js";

export interface ScheduledReminder {
  kind: ReminderKind;
  offset: number;
}

/** What a deadline asks for on a slot day (a working day). */
export function remindersOnSlot(
  deadline: LocalDate,
  slot: LocalDate,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
): ScheduledReminder[] {
  if (deadline >= slot) {
    const daysLeft = calendar.workingDaysBetween(slot, deadline);
    if (!policy.beforeDays.includes(daysLeft)) return [];
    return [{ kind: daysLeft === 0 ? "due_today" : "before", offset: daysLeft }];
  }
  return overdueRemindersAt(calendar.workingDaysBetween(deadline, slot), policy);
}

/** What a task `daysOverdue` working days past its deadline gets, in the order a reader should see them. */
export function overdueRemindersAt(daysOverdue: number, policy: ReminderPolicy): ScheduledReminder[] {
  const due: ScheduledReminder[] = [];
  if (daysOverdue === policy.escalateToSecretariatAfter) due.push({ kind: "escalate_secretariat", offset: daysOverdue });
  if (daysOverdue === policy.escalateToHeadAfter) due.push({ kind: "escalate_head", offset: daysOverdue });
  if (isOverdueAlertDay(daysOverdue, policy)) due.push({ kind: "overdue", offset: daysOverdue });
  return due;
}

export function isOverdueAlertDay(daysOverdue: number, policy: ReminderPolicy): boolean {
  const sinceFirst = daysOverdue - policy.overdueFirstAfter;
  return sinceFirst >= 0 && daysOverdue <= policy.overdueMaxDays && sinceFirst % policy.overdueEvery === 0;
}

/** The most working days overdue at which anything is still sent: the horizon of past deadlines to look up. */
export function lastOverdueReminderDay(policy: ReminderPolicy): number {
  return Math.max(policy.overdueMaxDays, policy.escalateToHeadAfter, policy.escalateToSecretariatAfter);
}
