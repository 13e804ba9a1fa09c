/**
 * The leaders' weekly digest: one per week, on the configured weekday (Monday) at the configured time, or on
 * the first working day after it in the same week when that day is off (2/9/2024, a Monday, moves it to
 * Wednesday 4/9). A week with no working day from then on (Tết) has no digest.
 */
import type { WorkingCalendar } from "../calendar/index.js";
import { type LocalDate, addDays, dayOfWeek, vnDate, vnInstant } from "../local-date.js";
import type { ReminderPolicy } from "./policy.js";

export interface DigestSlot {
  /**
   * "digest|<Monday of the week>": keyed by the week, not the day, so a late change to the days off can
   * move the digest but never send a second one.
   */
  key: string;
  slot: LocalDate;
  dueAt: Date;
}

/** This week's digest once it is due (it stays due until the week ends), else null. */
export function weeklyDigestSlot(now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): DigestSlot | null {
  const today = vnDate(now);
  const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
  const sunday = addDays(monday, 6);
  let slot = addDays(monday, (policy.digest.weekday + 6) % 7);
  while (slot <= sunday && !calendar.isWorkingDay(slot)) slot = addDays(slot, 1);
  if (slot > sunday) return null;
  const dueAt = vnInstant(slot, policy.digest.hour, policy.digest.minute);
  if (dueAt.getTime() > now.getTime()) return null;
  return { key: `digest|${monday}`, slot, dueAt };
}

/**
 * When the last digest went out: the slot of the week of the last digest sent ("digest|<Monday>"), or, when
 * none was sent yet, a week before this week's slot (or before now). "What changed since the last digest" in
 * the digest and the briefing counts from there.
 */
export function previousDigestAt(lastKey: string | null | undefined, now: Date, calendar: WorkingCalendar, policy: ReminderPolicy): Date {
  const monday = lastKey?.startsWith("digest|") ? lastKey.slice("digest|".length) : undefined;
  const last = monday ? weeklyDigestSlot(vnInstant(addDays(monday, 6), 23, 59), calendar, policy) : null;
  if (last) return last.dueAt;
  return new Date((weeklyDigestSlot(now, calendar, policy)?.dueAt ?? now).getTime() - WEEK_MS);
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
