import { createWorkingCalendar } from "../../../src/core/calendar/index.js";
import { type LocalDate, addDays, vnInstant } from "../../../src/core/local-date.js";
import { DEFAULT_POLICY, type ReminderPolicy, type ReminderTask, planReminders } from "../../../src/core/reminders/index.js";

export const calendar = createWorkingCalendar();
export const policy = DEFAULT_POLICY;

/** Vietnam wall-clock instant: at("2023-07-24", "08:00"). */
export function at(date: LocalDate, time: string): Date {
  const [hour, minute] = time.split(":").map(Number);
  return vnInstant(date, hour ?? 0, minute ?? 0);
}

export function task(id: number, deadline: LocalDate, overrides: Partial<ReminderTask> = {}): ReminderTask {
  return { id, code: `NV-${id}`, planId: 1, leadUnitId: 10, deadline, status: "in_progress", ...overrides };
}

/**
 * Every reminder one task gets, planning once a day at 16:00 from `from` to `to` with no catch-up: the
 * task's whole timeline as "slot kind:offset" lines.
 */
export function timeline(deadline: LocalDate, from: LocalDate, to: LocalDate, withPolicy: ReminderPolicy = policy): string[] {
  const lines: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const r of planReminders({ now: at(day, "16:00"), tasks: [task(1, deadline)], calendar, policy: withPolicy })) {
      lines.push(`${r.slot} ${r.kind}:${r.offset}`);
    }
  }
  return lines;
}
