/**
 * A nudge: the secretariat or a leader has the bot remind a unit of a task now ("nhắc Sở Tài chính về
 * CCHC23-32 …"). It is recorded as a reminder (a Delivery with the task as item 1, so that "xong 1" in reply
 * works) and goes through the outbox like every reminder: its send limits, and working hours unless "gửi ngay".
 */
import type { WorkingCalendar } from "../core/calendar/index.js";
import { canDecide } from "../core/commands/transitions.js";
import { codesForNumber } from "../core/commands/task-number.js";
import { formatDate, type Locale } from "../core/format.js";
import { vnDate, type LocalDate } from "../core/local-date.js";
import type { Person, Task } from "../core/model.js";
import type { NudgeRequest } from "../core/nudge/parse.js";
import { nextSendingWindow, type ReminderPolicy } from "../core/reminders/index.js";
import { reply, type Reply } from "../core/reply.js";
import { fold } from "../core/vi/index.js";
import type { Translate } from "../infra/i18n.js";
import type { AuditLogger, TaskCommandStore } from "./ports.js";
import { NUDGE_KIND, type DispatchStore } from "./reminders/ports.js";

export interface NudgeDeps {
  outbox: Pick<DispatchStore, "addDeliveries">;
  translate: Translate;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
}

export async function sendNudge(
  deps: { store: TaskCommandStore; logger: AuditLogger; nudges?: NudgeDeps },
  actor: Person,
  request: NudgeRequest,
  now: Date,
  today: LocalDate,
): Promise<Reply[]> {
  const { store, nudges } = deps;
  if (!nudges) return [reply("nudge-unavailable")];
  const plans = await store.plans();
  // Reminding another unit is the secretariat's work and the leaders'; a unit officer cannot page other units.
  if (actor.role !== "leader" && !plans.some((p) => canDecide(actor, p))) return [reply("nudge-not-allowed")];
  const task = await taskOf(store, plans.map((p) => p.code), request);
  if (!task) return [reply("nudge-task-not-found", { task: request.task.kind === "code" ? request.task.code : String(request.task.number) })];
  const unit = (await store.unitName(task.leadUnitId)) ?? "?";
  if (!(await store.unitNames(task.leadUnitId)).some((name) => sameUnit(request.unitText, name))) return [reply("nudge-other-unit", { typed: request.unitText, code: task.code, unit })];
  if (task.status === "done") return [reply("nudge-task-done", { code: task.code })];
  const chats = await store.chatsOfUnit(task.leadUnitId);
  if (chats.length === 0) {
    const plan = plans.find((p) => p.id === task.planId);
    const secretariat = plan ? ((await store.unitName(plan.secretariatUnitId)) ?? "?") : "?";
    return [reply("nudge-no-chat", { unit, secretariat })];
  }
  const locale: Locale = request.locale;
  const text = [
    reply("nudge-header", { unit, person: actor.name }),
    reply("nudge-line", { code: task.code, title: task.title, deadline: formatDate(task.deadline, locale), overdue: task.deadline < today ? "yes" : "no" }),
    ...(request.note ? [reply("nudge-note", { note: request.note })] : []),
    reply("remind-answer", { audience: "unit", situation: task.deadline < today ? "overdue" : "before", number: 1, code: task.code, date: formatDate(task.deadline, locale) }),
  ].map((r) => nudges.translate(locale, r)).join("\n");
  const notBefore = request.immediate ? now : nextSendingWindow(now, nudges.calendar, nudges.policy);
  // "reminder_nudge": a reminder kind for every channel (Telegram's buttons, Zalo's how-to-answer line).
  const ids = await nudges.outbox.addDeliveries(chats.map((chat) => ({ ...chat, kind: NUDGE_KIND, text, notBefore, items: [{ number: 1, taskId: task.id, reminderId: null }] })), now);
  await store.recordEvent({ taskId: task.id, personId: actor.id, action: "nudged", at: now, channel: null, chatId: null, messageId: null, details: { deliveryIds: ids, note: request.note ?? null, immediate: request.immediate } });
  deps.logger.info({ task: task.code, personId: actor.id, deliveries: ids }, "nudge queued");
  const later = notBefore.getTime() > now.getTime();
  return [reply("nudge-queued", { code: task.code, unit, chats: chats.length, later: later ? formatDate(vnDate(notBefore), locale) : "none" })];
}

async function taskOf(store: TaskCommandStore, planCodes: readonly string[], request: NudgeRequest): Promise<Task | null> {
  if (request.task.kind === "code") return store.taskByCode(request.task.code);
  const found = (await Promise.all(codesForNumber(planCodes, request.task.number).map((code) => store.taskByCode(code)))).filter((t): t is Task => t !== null);
  return found.length === 1 ? found[0]! : null;
}

/**
 * "Sở Tài chính", "STC", "sở tài chính tỉnh": the unit typed is the task's lead unit when one of the unit's names
 * (name, short names, aliases) holds the other, whole words only ("Tài chính" is not "Sở Tài chính tỉnh Bình Định").
 */
function sameUnit(typed: string, name: string): boolean {
  const a = fold(typed).toLowerCase().replace(/\s+/g, " ").trim();
  const b = fold(name).toLowerCase().replace(/\s+/g, " ").trim();
  return a.length > 0 && b.length > 0 && (` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `));
}
