/**
 * Quiet hours: messages go out only during working hours on working days, so officials are not paged at
 * night, at weekends or over Tết about work they cannot do until the office opens.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { vnDate, vnInstant, vnMinuteOfDay } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";
import { parseClockTime } from "./wall-clock.js";

export function isSendingAllowed(now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): boolean {
  const { start, end } = workingMinutes(policy);
  const minute = vnMinuteOfDay(now);
  return calendar.isWorkingDay(vnDate(now)) && minute >= start && minute < end;
}

/** `now` when sending is allowed, else the moment the next working hours begin. */
export function nextSendingWindow(now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): Date {
  if (isSendingAllowed(now, calendar, policy)) return new Date(now.getTime());
  const { start } = workingMinutes(policy);
  const today = vnDate(now);
  const opensToday = calendar.isWorkingDay(today) && vnMinuteOfDay(now) < start;
  const day = opensToday ? today : calendar.nextWorkingDay(today);
  return vnInstant(day, Math.floor(start / 60), start % 60);
}

function workingMinutes(policy: ReminderPolicy): { start: number; end: number } {
  const start = parseClockTime(policy.workingHours.start);
  const end = parseClockTime(policy.workingHours.end);
  if (start === null || end === null) throw new RangeError("workingHours must be \"HH:MM\"; use parsePolicy");
  return { start, end };
}
