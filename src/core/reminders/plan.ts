/**
 * Which reminders are due at a moment. Pure: the shell passes the candidate tasks (see candidates.ts), stores
 * the result in the outbox under each reminder's key, and sends later within quiet hours.
 *
 * Cost is O(candidates + reminders due): the schedule depends only on the deadline, so it is worked out once
 * per distinct deadline and shared by every task due that day.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { type LocalDate, vnDate } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";
import { AUDIENCE_OF, type PlannedReminder, type ReminderKind, type ReminderTask, awaitsUnit, scheduleKeyPart, taskKeyPart } from "./reminder.js";
import { remindersOnSlot } from "./schedule.js";
import { slotDueAt, slotsDue } from "./slots.js";

export interface PlanInput {
  now: Date;
  tasks: readonly ReminderTask[];
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
  /** When planning last ran; slots missed since then are caught up (see slotsDue). */
  lastPlannedAt?: Date | null;
}

interface Slot {
  day: LocalDate;
  dueAt: Date;
}

/** One reminder a deadline gets, before it is attached to a task. */
interface DueForDeadline {
  slot: Slot;
  kind: ReminderKind;
  offset: number;
  keyPart: string;
}

/**
 * Reminders due at `now`, in the order of `tasks`, then by slot. Planning the same moment again gives the
 * same keys. Reminders of one slot share one dueAt Date (a copy each would double the allocation on a
 * large tick): treat it as read-only.
 */
export function planReminders(input: PlanInput): PlannedReminder[] {
  const { now, tasks, calendar, policy } = input;
  const slots = slotsDue(now, calendar, policy, input.lastPlannedAt ?? null).map((day) => ({
    day,
    dueAt: slotDueAt(day, policy),
  }));
  if (slots.length === 0) return [];
  const today = vnDate(now);
  const byDeadline = new Map<LocalDate, DueForDeadline[]>();
  const planned: PlannedReminder[] = [];
  for (const task of tasks) {
    if (!awaitsUnit(task)) continue;
    let due = byDeadline.get(task.deadline);
    if (!due) byDeadline.set(task.deadline, (due = dueForDeadline(task.deadline, slots, today, calendar, policy)));
    for (const reminder of due) planned.push(plannedReminder(task, reminder));
  }
  return planned;
}

function dueForDeadline(
  deadline: LocalDate,
  slots: readonly Slot[],
  today: LocalDate,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
): DueForDeadline[] {
  const due: DueForDeadline[] = [];
  for (const slot of slots) {
    for (const { kind, offset } of remindersOnSlot(deadline, slot.day, calendar, policy)) {
      // A missed "n days left" for a deadline already past says nothing the overdue alert does not.
      if ((kind === "before" || kind === "due_today") && deadline < today) continue;
      due.push({ slot, kind, offset, keyPart: scheduleKeyPart(kind, offset, slot.day) });
    }
  }
  return due;
}

function plannedReminder(task: ReminderTask, { slot, kind, offset, keyPart }: DueForDeadline): PlannedReminder {
  return {
    key: taskKeyPart(task.id) + keyPart,
    taskId: task.id,
    taskCode: task.code,
    planId: task.planId,
    unitId: task.leadUnitId,
    deadline: task.deadline,
    kind,
    slot: slot.day,
    offset,
    dueAt: slot.dueAt,
    audience: AUDIENCE_OF[kind],
  };
}
