/**
 * Which task a command means: a code names it; a number is an item of the reminder replied to (or of the
 * last reminder in this chat); nothing means the only item of that reminder. When it is not clear, the
 * answer says what is there and how to name it.
 */
import { formatMoment, shortTitle } from "../core/commands/replies.js";
import { codesForNumber, numberNamesTask } from "../core/commands/task-number.js";
import type { ExtensionRequest, TaskTarget } from "../core/commands/types.js";
import { formatDate } from "../core/format.js";
import type { Task } from "../core/model.js";
import { reply, type Reply } from "../core/reply.js";
import type { SentDelivery } from "./ports.js";
import { unresolvedWith, type CommandOutcome, type Session } from "./task-commands.js";

/** How the task was found, kept in the event's details. */
export type Via = Record<string, string | number | boolean>;

export type Resolved = { ok: true; task: Task; via: Via } | { ok: false; outcome: CommandOutcome };

export async function resolveTask(s: Session, target: TaskTarget): Promise<Resolved> {
  const { store } = s.deps;
  const fail = (why: string, replies: Reply[]): Resolved => ({ ok: false, outcome: unresolvedWith(s, why, replies) });
  if (target.kind === "code") {
    const task = await store.taskByCode(target.code);
    return task ? { ok: true, task, via: { code: target.code } } : fail("task_not_found", [reply("task-command-task-not-found", { code: target.code })]);
  }
  const delivery = await reminderFor(s);
  if (delivery === "not_a_reminder") return fail("reply_not_a_reminder", [reply("task-command-reply-not-reminder")]);
  // A number no reminder of this chat explains may be the task's number in its plan ("nv 19" → CCHC23-19).
  const byNumber = () => (target.kind === "item" ? taskByNumber(s, target.number) : Promise.resolve(undefined));
  if (!delivery) return (await byNumber()) ?? fail("no_reminder", [reply("task-command-no-reminder")]);
  const time = formatMoment(delivery.sentAt, s.locale);
  const item = target.kind === "item" ? delivery.items.find((i) => i.number === target.number) : delivery.items.length === 1 ? delivery.items[0] : undefined;
  if (target.kind === "item" && !item) {
    const guessed = await byNumber();
    if (guessed) return guessed;
    return fail("item_not_found", [reply("task-command-item-not-found", { number: String(target.number), time, numbers: numberList(delivery) })]);
  }
  if (!item) {
    const tasks = new Map((await store.tasksByIds(delivery.items.map((i) => i.taskId))).map((t) => [t.id, t]));
    const lines = delivery.items.map((i) => reply("task-command-which-line", { number: String(i.number), code: tasks.get(i.taskId)?.code ?? "?", title: shortTitle(tasks.get(i.taskId)?.title ?? "") }));
    const action = s.command.kind === "incomplete" ? s.command.action : s.command.kind;
    return fail("which_item", [reply("task-command-which", { count: delivery.items.length, time, action, number: String(delivery.items[0]?.number ?? 1) }, lines)]);
  }
  const task = await store.taskById(item.taskId);
  if (!task) return fail("task_not_found", [reply("task-command-no-reminder")]);
  return { ok: true, task, via: { deliveryId: delivery.id, item: item.number, ...(s.message.replyToMessageId ? { replyTo: s.message.replyToMessageId } : {}) } };
}

/**
 * The task numbered so in a plan, when that is clearly meant: after a task word ("nv 19", "việc số 19") any
 * plan's task of that number (permissions are checked after, as for a code); a bare number ("tiến độ 40 đạt
 * 75%") only a task the sender's own unit leads, so that "xong 3" never closes another unit's task by accident.
 * One task only: with two plans numbering alike, the code must be typed.
 */
async function taskByNumber(s: Session, number: number): Promise<Resolved | undefined> {
  const { store, people } = s.deps;
  const codes = codesForNumber((await store.plans()).map((p) => p.code), number);
  const found = (await Promise.all(codes.map((code) => store.taskByCode(code)))).filter((t): t is Task => t !== null);
  let candidates = found;
  if (!numberNamesTask(s.message.text, number)) {
    const person = await people.personByIdentity(s.message.channel, s.message.sender.id);
    candidates = found.filter((t) => person?.unitIds.includes(t.leadUnitId));
  }
  if (candidates.length !== 1) return undefined;
  const task = candidates[0]!;
  return { ok: true, task, via: { code: task.code, fromNumber: number } };
}

/**
 * The reminder replied to; without a reply, the last one sent to this chat. A reply to any other message
 * (an answer of the bot, a message the bot never sent) names no reminder: falling back to the last one
 * would act on a task the person was not looking at.
 */
async function reminderFor(s: Session): Promise<SentDelivery | null | "not_a_reminder"> {
  const { channel, chatId, replyToMessageId } = s.message;
  if (replyToMessageId) {
    const replied = await s.deps.store.deliveryByMessage(channel, chatId, replyToMessageId);
    return replied && replied.items.length > 0 ? replied : "not_a_reminder";
  }
  return s.deps.store.latestDelivery(channel, chatId, s.now);
}

/** "1–4", or "1, 3, 5" when numbers are missing. */
function numberList(delivery: SentDelivery): string {
  const numbers = delivery.items.map((i) => i.number);
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return consecutive && numbers.length > 2 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(", ");
}

export async function whichAwaiting(s: Session, waiting: readonly Task[]): Promise<Reply[]> {
  if (waiting.length === 0) return [reply("task-command-none-awaiting")];
  const lines = await Promise.all(
    waiting.slice(0, 10).map(async (t) => reply("task-command-which-task-line", { code: t.code, title: shortTitle(t.title), unit: (await s.deps.store.unitName(t.leadUnitId)) ?? "?" })),
  );
  const action = s.command.kind === "return" ? "return" : "confirm";
  return [reply("task-command-which-awaiting", { count: waiting.length, action, code: waiting[0]!.code }, lines)];
}

export async function whichExtension(s: Session, pending: readonly ExtensionRequest[]): Promise<Reply[]> {
  if (pending.length === 0) return [reply("task-command-none-pending-extension")];
  const tasks = new Map((await s.deps.store.tasksByIds(pending.map((r) => r.taskId))).map((t) => [t.id, t]));
  const lines = await Promise.all(
    pending.slice(0, 10).map(async (r) => {
      const task = tasks.get(r.taskId);
      const unit = task ? ((await s.deps.store.unitName(task.leadUnitId)) ?? "?") : "?";
      return reply("task-command-which-extension-line", { id: String(r.id), code: task?.code ?? "?", unit, date: formatDate(r.newDeadline, s.locale), reason: r.reason });
    }),
  );
  const action = s.command.kind === "refuse_extension" ? "refuse_extension" : "approve_extension";
  return [reply("task-command-which-extension", { count: pending.length, action, id: String(pending[0]!.id) }, lines)];
}
