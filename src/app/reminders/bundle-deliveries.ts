/**
 * Due reminders → the messages to send: bundled by (unit, audience), addressed to the chats of the reader,
 * put into words, naming each task's plan when several are followed. No I/O: compose.ts stores the result in
 * one transaction, the dry run only prints it.
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { vnDate, type LocalDate } from "../../core/local-date.js";
import { type Audience, awaitsUnit, bundleByRecipient, type PlannedReminder } from "../../core/reminders/index.js";
import { reply } from "../../core/reply.js";
import type { ChatRef, DeliveryItemDraft, PendingReminder, RecipientDirectory } from "./ports.js";
import { orderLines, renderBundle, type TextContext } from "./render.js";

export type DeliveryKind = "reminder" | "escalate_head" | "escalate_secretariat" | "reminder_catch_up";

const KIND_OF: Readonly<Record<Audience, DeliveryKind>> = { unit: "reminder", unit_head: "escalate_head", secretariat: "escalate_secretariat" };

export interface BundleDelivery {
  unitId: number;
  audience: Audience;
  /** Who reads it: the unit, its head, or the secretariat unit. */
  recipientName: string;
  chats: ChatRef[];
  /** Delivery.kind: channels recognise reminders by it (Zalo adds its how-to-answer line to those). */
  kind: DeliveryKind;
  reminders: PendingReminder[];
  parts: Array<{ text: string; items: DeliveryItemDraft[] }>;
}

/** Reminders of a unit with no chat to reach: dropped, and the secretariat is told which unit to bind. */
export interface Unreachable {
  unitId: number;
  unitName: string;
  reminders: PendingReminder[];
  /** The secretariat to tell, and its chats (empty: nobody can be told; logged). */
  secretariatName: string | null;
  secretariatChats: ChatRef[];
  text: string;
}

export interface Composition {
  deliveries: BundleDelivery[];
  unreachable: Unreachable[];
}

/**
 * Whether a planned reminder still says something true: its task still awaits the unit, and the deadline is
 * still the one the reminder was counted from (an extension moves it; the new deadline gets its own).
 */
export function stillApplies(r: PendingReminder, calendar: WorkingCalendar): boolean {
  if (!awaitsUnit(r)) return false;
  if (r.kind === "before" || r.kind === "due_today") return r.deadline >= r.slot && calendar.workingDaysBetween(r.slot, r.deadline) === r.offset;
  return r.deadline < r.slot && calendar.workingDaysBetween(r.deadline, r.slot) === r.offset;
}

export function composeBundles(
  reminders: readonly PendingReminder[],
  directory: RecipientDirectory,
  now: Date,
  ctx: TextContext,
  /** Reminders to the unit itself composed per task: the least of a head's bundle is what it is told. */
  remindedTimes: ReadonlyMap<number, number> = new Map(),
): Composition {
  const today = vnDate(now);
  const byKey = new Map(reminders.map((r) => [r.key, r]));
  const composition: Composition = { deliveries: [], unreachable: [] };
  for (const bundle of bundleByRecipient(reminders, now)) {
    const members = bundle.reminders.map((r: PlannedReminder) => byKey.get(r.key)!);
    const unit = directory.units.get(bundle.unitId);
    const unitName = unit?.name ?? ctx.translate(ctx.locale, reply("remind-unknown-unit"));
    const reader = readerOf(bundle.audience, bundle.unitId, members, directory);
    if (reader.chats.length === 0) {
      composition.unreachable.push(unreachable(bundle.unitId, unitName, members, directory, ctx));
      continue;
    }
    const named = namesPlans(members, directory);
    const lines = orderLines(
      latestPerTask(members).map((r) => {
        const plan = named ? directory.plans.get(r.planId) : undefined;
        return { taskId: r.taskId, code: r.taskCode, title: r.title, deadline: r.deadline, ...(plan ? { plan } : {}) };
      }),
      today,
      ctx.calendar,
    );
    const reminderOfTask = new Map(latestPerTask(members).map((r) => [r.taskId, r.id]));
    const slots = members.map((r) => r.slot).sort();
    const catchUp = bundle.stale ? { count: members.length, from: slots[0]!, to: slots[slots.length - 1]! } : null;
    const reminded = bundle.audience === "unit_head" && lines.length > 0 ? Math.min(...lines.map((l) => remindedTimes.get(l.taskId) ?? 0)) : 0;
    const parts = renderBundle({ audience: bundle.audience, unitName, today, catchUp, lines, reminded }, ctx).map((part) => ({
      text: part.text,
      items: part.lines.map((l) => ({ number: l.number, taskId: l.taskId, reminderId: positive(reminderOfTask.get(l.taskId)) })),
    }));
    composition.deliveries.push({
      unitId: bundle.unitId,
      audience: bundle.audience,
      recipientName: reader.name ?? unitName,
      chats: reader.chats,
      kind: bundle.stale ? "reminder_catch_up" : KIND_OF[bundle.audience],
      reminders: members,
      parts,
    });
  }
  return composition;
}

/**
 * Whether the message names the plan of each task: when several plans are followed at once (a unit given
 * "KL23-04" must see it comes from the Chairman's conclusions, not the year's plan), or when its own tasks
 * come from several. With one plan, the codes say enough and the message stays as it was.
 */
function namesPlans(members: readonly PendingReminder[], directory: RecipientDirectory): boolean {
  return directory.activePlans > 1 || new Set(members.map((r) => r.planId)).size > 1;
}

/** Slots before today in a bundle are caught up after downtime: merged into the summary, not sent one by one. */
export function isStale(r: PendingReminder, today: LocalDate): boolean {
  return r.slot < today;
}

function readerOf(audience: Audience, unitId: number, members: readonly PendingReminder[], directory: RecipientDirectory): { name: string | null; chats: ChatRef[] } {
  const unit = directory.units.get(unitId);
  if (audience === "unit") return { name: null, chats: unit?.chats ?? [] };
  if (audience === "unit_head") return { name: null, chats: unit && unit.headChats.length > 0 ? unit.headChats : unit?.chats ?? [] };
  const secretariats = secretariatsOf(members, directory);
  return { name: secretariats[0]?.name ?? null, chats: uniqueChats(secretariats.flatMap((s) => s.chats)) };
}

function unreachable(unitId: number, unitName: string, members: PendingReminder[], directory: RecipientDirectory, ctx: TextContext): Unreachable {
  const secretariats = secretariatsOf(members, directory);
  const codes = [...new Set(members.map((r) => r.taskCode))].join(", ");
  return {
    unitId,
    unitName,
    reminders: members,
    secretariatName: secretariats[0]?.name ?? null,
    secretariatChats: uniqueChats(secretariats.flatMap((s) => s.chats)),
    text: ctx.translate(ctx.locale, reply("remind-no-chat", { unit: unitName, count: members.length, codes })),
  };
}

function secretariatsOf(members: readonly PendingReminder[], directory: RecipientDirectory) {
  const ids = [...new Set(members.map((r) => directory.secretariatOfPlan.get(r.planId)).filter((id): id is number => id !== undefined))];
  return ids.map((id) => directory.units.get(id)).filter((u) => u !== undefined);
}

/** One line per task: the reminder of its latest slot (a task caught up over several days is listed once). */
function latestPerTask(members: readonly PendingReminder[]): PendingReminder[] {
  const latest = new Map<number, PendingReminder>();
  for (const r of members) {
    const seen = latest.get(r.taskId);
    if (!seen || r.slot >= seen.slot) latest.set(r.taskId, r);
  }
  return [...latest.values()];
}

function uniqueChats(chats: readonly ChatRef[]): ChatRef[] {
  const seen = new Map<string, ChatRef>();
  for (const c of chats) seen.set(`${c.channel}:${c.chatId}`, c);
  return [...seen.values()];
}

function positive(id: number | undefined): number | null {
  return id !== undefined && id > 0 ? id : null;
}
