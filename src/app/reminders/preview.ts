/**
 * The dry run: what a tick would send at a moment, to whom and why, computed in memory from the outbox and
 * the tasks. Nothing is written: planning runs without storing, composing without a transaction.
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { type ReminderPolicy, isSendingAllowed, nextSendingWindow } from "../../core/reminders/index.js";
import { composeBundles, stillApplies, type Composition } from "./bundle-deliveries.js";
import { prepareDigest, type DigestSource } from "./digest.js";
import { dueReminders } from "./plan-due.js";
import type { ChatRef, ComposeReader, PendingReminder, ReminderPlanStore } from "./ports.js";
import type { TextContext } from "./render.js";

export interface PreviewInput {
  now: Date;
  store: ReminderPlanStore & ComposeReader;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
  ctx: TextContext;
  digestSource: DigestSource;
}

export interface Preview {
  now: Date;
  /** Outside working hours: nothing would be composed or sent now. */
  quiet: boolean;
  nextWindow: Date;
  /** Reminders planning would add to the outbox now. */
  newReminders: number;
  composition: Composition;
  digest: { chats: ChatRef[]; text: string } | null;
  /** Deliveries already composed and waiting: they would go out first. */
  unsent: Array<ChatRef & { kind: string; text: string }>;
}

export async function previewReminders({ now, store, calendar, policy, ctx, digestSource }: PreviewInput): Promise<Preview> {
  const due = await dueReminders(now, store, calendar, policy, { withTitles: true });
  const existing = await store.existingKeys(due.reminders.map((r) => r.key));
  const tasks = new Map(due.tasks.map((t) => [t.id, t]));
  const fresh = due.reminders
    .filter((r) => !existing.has(r.key))
    .map((r, i): PendingReminder => ({ ...r, id: -(i + 1), title: tasks.get(r.taskId)!.title ?? "", status: tasks.get(r.taskId)!.status }));
  const quiet = !isSendingAllowed(now, calendar, policy);
  const preview: Preview = {
    now,
    quiet,
    nextWindow: nextSendingWindow(now, calendar, policy),
    newReminders: fresh.length,
    composition: { deliveries: [], unreachable: [] },
    digest: null,
    unsent: [],
  };
  if (quiet) return preview;
  const pending = [...(await store.pendingReminders(now)), ...fresh].filter((r) => stillApplies(r, calendar));
  const directory = await store.recipients([...new Set(pending.map((r) => r.unitId))], [...new Set(pending.map((r) => r.planId))]);
  preview.composition = composeBundles(pending, directory, now, ctx);
  const digest = await prepareDigest(now, calendar, policy, digestSource, store, ctx);
  if (digest) preview.digest = { chats: await store.leaderChats(), text: digest.text };
  preview.unsent = await store.unsentDeliveries(1000);
  return preview;
}
