/** Reminder policy: which deadline reminders, escalations and digests are due at a moment. Pure. */
export { type ReminderPolicy, type WallClock, DEFAULT_POLICY } from "./policy.js";
export { type PolicyResult, parsePolicy } from "./parse-policy.js";
export {
  type ReminderTask,
  type ReminderKind,
  type Audience,
  type PlannedReminder,
  AUDIENCE_OF,
  reminderKey,
  awaitsUnit,
} from "./reminder.js";
export { slotDueAt, slotsDue } from "./slots.js";
export { type ScheduledReminder, remindersOnSlot, overdueRemindersAt, isOverdueAlertDay } from "./schedule.js";
export { type PlanInput, planReminders } from "./plan.js";
export {
  type DeadlineWindow,
  candidateDeadlineWindow,
  overdueCandidateDeadlines,
  overdueDeadlinesDueOn,
} from "./candidates.js";
export { isSendingAllowed, nextSendingWindow } from "./quiet-hours.js";
export { type ReminderBundle, bundleByRecipient } from "./bundle.js";
export { type DigestSlot, previousDigestAt, weeklyDigestSlot } from "./digest.js";
export { initialOverdueReminders, initialOverdueWindow } from "./first-run.js";
export {
  type DeadlineKind,
  type DeadlineShape,
  type Recurrence,
  RECURRENCES,
  isPeriodEnd,
  periodEnd,
  periodEndsBetween,
  periodStart,
  reminderDeadline,
} from "./recurrence.js";
