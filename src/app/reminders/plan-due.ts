/**
 * Planning: which reminders are due now, stored in the outbox under their idempotency keys. Planning the same
 * moment twice, or crashing half-way and planning again, stores each reminder once. After downtime the missed
 * slots are planned too (slots before today), so the composer can merge them into one summary per unit.
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { type LocalDate, addDays, vnDate } from "../../core/local-date.js";
import {
  type PlannedReminder,
  type ReminderPolicy,
  candidateDeadlineWindow,
  initialOverdueReminders,
  initialOverdueWindow,
  overdueCandidateDeadlines,
  planReminders,
  remindersOnSlot,
  slotsDue,
  RECURRENCES,
  isPeriodEnd,
  reminderDeadline,
} from "../../core/reminders/index.js";
import type { CandidateTask, ReminderPlanStore } from "./ports.js";

export interface PlanDueInput {
  now: Date;
  store: ReminderPlanStore;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
}

export interface DueReminders {
  lastPlannedAt: Date | null;
  slots: LocalDate[];
  /** The tasks looked up (all of them open, each with a deadline that can be reminded about now). */
  tasks: CandidateTask[];
  reminders: PlannedReminder[];
}

export interface PlanDueResult {
  slots: LocalDate[];
  candidates: number;
  due: number;
  inserted: number;
}

export async function planDueReminders({ now, store, calendar, policy }: PlanDueInput): Promise<PlanDueResult> {
  const due = await dueReminders(now, store, calendar, policy);
  // Until a first slot has been planned, "last planned" stays unset, so the first slot still counts as the first run.
  if (due.slots.length === 0 && due.lastPlannedAt === null) return { slots: [], candidates: 0, due: 0, inserted: 0 };
  const inserted = await store.savePlanned(due.reminders, now);
  return { slots: due.slots, candidates: due.tasks.length, due: due.reminders.length, inserted };
}

/** What planning would store at `now`, without storing it (the dry run uses this too). */
export async function dueReminders(
  now: Date,
  store: ReminderPlanStore,
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  options: { withTitles?: boolean } = {},
): Promise<DueReminders> {
  const lastPlannedAt = await store.lastPlannedAt();
  const slots = slotsDue(now, calendar, policy, lastPlannedAt);
  const firstRun = lastPlannedAt === null ? initialOverdueWindow(now, calendar, policy) : null;
  if (slots.length === 0) return { lastPlannedAt, slots, tasks: [], reminders: [] };
  const deadlines = [
    ...upcomingDeadlinesDue(now, slots, calendar, policy, lastPlannedAt),
    ...overdueCandidateDeadlines(now, calendar, policy, lastPlannedAt),
  ];
  const upcoming = [...new Set(deadlines)].sort();
  // A recurring task is due at the end of each period (core/reminders/recurrence.ts): looked up when a period ends on a deadline due now.
  const today = vnDate(now);
  const recurrences = RECURRENCES.filter((r) => upcoming.some((d) => d >= today && isPeriodEnd(r, d)));
  const found = await store.candidateTasks({ deadlines: upcoming, ranges: firstRun ? [firstRun] : [], recurring: { today, recurrences } }, options);
  const tasks = found.flatMap((t) => {
    if (t.deadlineKind === undefined || t.deadlineKind === "fixed" || t.deadlineKind === "range") return [t];
    const deadline = reminderDeadline({ deadline: t.deadline, deadlineKind: t.deadlineKind, recurrence: t.recurrence ?? null, deadlineFrom: t.deadlineFrom ?? null }, today);
    return deadline === null ? [] : [{ ...t, deadline }];
  });
  const reminders = planReminders({ now, tasks, calendar, policy, lastPlannedAt });
  if (firstRun) {
    const keys = new Set(reminders.map((r) => r.key));
    for (const r of initialOverdueReminders(now, tasks, calendar, policy)) if (!keys.has(r.key)) reminders.push(r);
  }
  return { lastPlannedAt, slots, tasks, reminders };
}

/**
 * The upcoming deadlines that get a "before" or "on the day" reminder on one of the slots: a handful of dates
 * out of the candidate window, so the lookup returns the tasks due and not the whole next fortnight.
 */
function upcomingDeadlinesDue(
  now: Date,
  slots: readonly LocalDate[],
  calendar: WorkingCalendar,
  policy: ReminderPolicy,
  lastPlannedAt: Date | null,
): LocalDate[] {
  const window = candidateDeadlineWindow(now, calendar, policy, lastPlannedAt);
  if (!window) return [];
  const dates: LocalDate[] = [];
  for (let date = window.from; date <= window.to; date = addDays(date, 1)) {
    if (slots.some((slot) => remindersOnSlot(date, slot, calendar, policy).length > 0)) dates.push(date);
  }
  return dates.filter((date) => date >= vnDate(now));
}
