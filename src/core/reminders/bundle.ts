/**
 * One message per recipient: a unit with several tasks due gets them together, and after downtime its
 * caught-up reminders arrive as one summary instead of a burst of stale messages.
 */
import { vnDate } from "../local-date.js";
import type { Audience, PlannedReminder, ReminderKind } from "./reminder.js";

export interface ReminderBundle {
  /** The lead unit the reminders are about. */
  unitId: number;
  audience: Audience;
  /** Oldest slot first, then most urgent kind, then deadline and task code. */
  reminders: PlannedReminder[];
  /** Holds reminders of slots before today (caught up after downtime): render as one summary. */
  stale: boolean;
}

const AUDIENCE_ORDER: readonly Audience[] = ["unit", "unit_head", "secretariat"];
/** Task codes as people sort them: "NV-2" before "NV-10". One collator, since localeCompare builds one per call. */
const TASK_CODES = new Intl.Collator("vi", { numeric: true });
const KIND_ORDER: readonly ReminderKind[] = ["escalate_secretariat", "escalate_head", "overdue", "due_today", "before"];

/** Bundles by (unit, audience), ordered by unit id then audience. */
export function bundleByRecipient(reminders: readonly PlannedReminder[], now: Date): ReminderBundle[] {
  const today = vnDate(now);
  const bundles = new Map<string, ReminderBundle>();
  for (const reminder of reminders) {
    const id = `${reminder.unitId}|${reminder.audience}`;
    let bundle = bundles.get(id);
    if (!bundle) {
      bundle = { unitId: reminder.unitId, audience: reminder.audience, reminders: [], stale: false };
      bundles.set(id, bundle);
    }
    bundle.reminders.push(reminder);
    if (reminder.slot < today) bundle.stale = true;
  }
  for (const bundle of bundles.values()) bundle.reminders.sort(byReadingOrder);
  return [...bundles.values()].sort(
    (a, b) => a.unitId - b.unitId || AUDIENCE_ORDER.indexOf(a.audience) - AUDIENCE_ORDER.indexOf(b.audience),
  );
}

function byReadingOrder(a: PlannedReminder, b: PlannedReminder): number {
  return compare(a.slot, b.slot)
    || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
    || compare(a.deadline, b.deadline)
    || TASK_CODES.compare(a.taskCode, b.taskCode);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
