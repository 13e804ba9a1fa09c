/**
 * Slots: each working day is one slot, whose reminders become due at the policy's sendAt. A reminder
 * belongs to exactly one slot, which makes its outbox key stable however often the planner runs.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { type LocalDate, vnDate, vnInstant } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";

export function slotDueAt(slot: LocalDate, policy: ReminderPolicy): Date {
  return vnInstant(slot, policy.sendAt.hour, policy.sendAt.minute);
}

/**
 * The slots to plan at `now`, oldest first: today's once its sendAt has passed, and after downtime the
 * working days whose sendAt fell after `lastPlannedAt` (at most policy.catchUpMaxDays of them). Today's slot
 * is planned on every tick, not only the first, so a crash between planning and storing loses nothing; the
 * outbox's unique key absorbs the repeats.
 */
export function slotsDue(
  now: Date,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  lastPlannedAt: Date | null = null,
): LocalDate[] {
  const today = vnDate(now);
  const slots: LocalDate[] = [];
  if (calendar.isWorkingDay(today) && slotDueAt(today, policy).getTime() <= now.getTime()) slots.push(today);
  if (lastPlannedAt !== null && lastPlannedAt.getTime() < now.getTime()) {
    let missed = calendar.previousWorkingDay(today);
    for (let count = 0; count < policy.catchUpMaxDays; count++) {
      if (slotDueAt(missed, policy).getTime() <= lastPlannedAt.getTime()) break;
      slots.push(missed);
      missed = calendar.previousWorkingDay(missed);
    }
  }
  return slots.reverse();
}
