/**
 * When the bot reminds units of their task deadlines. Every count is in working days of the office calendar:
 * "3 days left" that counted Tết days would promise a unit time it does not have.
 */
export interface WallClock {
  hour: number; // 0–23, Vietnam time
  minute: number; // 0–59
}

export interface ReminderPolicy {
  /** Working days before the deadline at which the lead unit is reminded; 0 is the deadline day itself. */
  beforeDays: readonly number[];
  /** Working days after the deadline of the first overdue alert: 1 is the next working day. */
  overdueFirstAfter: number;
  /** Working days between repeated overdue alerts after the first. */
  overdueEvery: number;
  /**
   * Repeated overdue alerts stop after this many working days overdue. By then the secretariat and the
   * leaders' digest own the case, and the bound keeps the list of past deadlines the store looks up each
   * tick short (see candidates.ts).
   */
  overdueMaxDays: number;
  /** Working days overdue at which the unit's head is told, once. */
  escalateToHeadAfter: number;
  /** Working days overdue at which the secretariat is told (and the task enters the leaders' digest), once. */
  escalateToSecretariatAfter: number;
  /**
   * Missed daily slots (working days before today) still planned after downtime. A longer outage is an
   * incident for a person to handle, not a pile of old reminders to replay.
   */
  catchUpMaxDays: number;
  /** The daily slot: a working day's reminders become due at this time. */
  sendAt: WallClock;
  /** "HH:MM" in Vietnam time; outside them, and on days off, nothing is sent (quiet hours). */
  workingHours: { start: string; end: string };
  /** The leaders' weekly digest: weekday 0 = Sunday … 6 = Saturday, like Date#getDay. */
  digest: WallClock & { weekday: number };
}

export const DEFAULT_POLICY: ReminderPolicy = {
  beforeDays: [7, 3, 1, 0],
  overdueFirstAfter: 1,
  overdueEvery: 3,
  overdueMaxDays: 60,
  escalateToHeadAfter: 5,
  escalateToSecretariatAfter: 10,
  catchUpMaxDays: 10,
  sendAt: { hour: 8, minute: 0 },
  workingHours: { start: "07:30", end: "17:00" },
  digest: { weekday: 1, hour: 8, minute: 0 },
};
