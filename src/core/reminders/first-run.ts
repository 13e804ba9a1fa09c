/**
 * The first planning ever (nothing planned before: no lastPlannedAt). Tasks already overdue then would wait
 * for their next alert day (every overdueEvery working days) before the unit hears of them, and a bot started
 * on a plan with six overdue tasks would say nothing about them. So the first slot also gives every task
 * that is overdue and still within the recurring alerts one overdue alert, counted from its deadline.
 *
 * The key is the one the regular schedule uses (task, "overdue", working days overdue, today's slot), so on
 * an alert day the two coincide and the outbox keeps one.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { addDays, vnDate } from "../local-date.js";
import type { DeadlineWindow } from "./candidates.js";
import type { ReminderPolicy } from "./policy.js";
import { AUDIENCE_OF, type PlannedReminder, type ReminderTask, awaitsUnit, reminderKey } from "./reminder.js";
import { slotDueAt } from "./slots.js";

/** Past deadlines that may get a first-run alert at `now` (a superset), or null when today's slot is not due. */
export function initialOverdueWindow(now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): DeadlineWindow | null {
  const today = vnDate(now);
  if (!todaySlotDue(now, calendar, policy)) return null;
  // The working day overdueMaxDays before today, and the days off after it, have that many working days in (d, today].
  return { from: calendar.addWorkingDays(today, -policy.overdueMaxDays), to: addDays(today, -1) };
}

/** One overdue alert on today's slot for each task overdue by overdueFirstAfter … overdueMaxDays working days. */
export function initialOverdueReminders(
  now: Date,
  tasks: readonly ReminderTask[],
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
): PlannedReminder[] {
  if (!todaySlotDue(now, calendar, policy)) return [];
  const today = vnDate(now);
  const dueAt = slotDueAt(today, policy);
  const planned: PlannedReminder[] = [];
  for (const task of tasks) {
    if (!awaitsUnit(task) || task.deadline >= today) continue;
    const overdue = calendar.workingDaysBetween(task.deadline, today);
    if (overdue < policy.overdueFirstAfter || overdue > policy.overdueMaxDays) continue;
    planned.push({
      key: reminderKey(task.id, "overdue", overdue, today),
      taskId: task.id,
      taskCode: task.code,
      planId: task.planId,
      unitId: task.leadUnitId,
      deadline: task.deadline,
      kind: "overdue",
      slot: today,
      offset: overdue,
      dueAt,
      audience: AUDIENCE_OF.overdue,
    });
  }
  return planned;
}

function todaySlotDue(now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): boolean {
  const today = vnDate(now);
  return calendar.isWorkingDay(today) && slotDueAt(today, policy).getTime() <= now.getTime();
}
