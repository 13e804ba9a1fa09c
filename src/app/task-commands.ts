/**
 * Task commands sent in chat ("xong 3", "đạt 70%", "xin gia hạn …", "duyệt gia hạn 5", "xác nhận CCHC23-07",
 * "hoàn tác"): who sent it, which task it means, whether they may, and then one guarded write with its
 * TaskEvent. Refused attempts change nothing and are logged and recorded as "refused" events.
 */
import { capText } from "../core/commands/free-text.js";
import { parsePromptAnswer, parseTaskCommand } from "../core/commands/parse.js";
import { changeReplies, incompleteReply, planFigures, refusalReplies, type ReplyContext } from "../core/commands/replies.js";
import { applyCommand, canDecide, refuse, type Change, type ExtensionEffect, type Refusal, type Transition } from "../core/commands/transitions.js";
import { parsePatch } from "../core/commands/fields.js";
import type { CommandAction, ExtensionRequest, TaskChangeCommand, TaskCommand, TaskTarget } from "../core/commands/types.js";
import { lastUndoable, requestIdOf, undoChange } from "../core/commands/undo.js";
import type { Locale } from "../core/format.js";
import { vnDate, type LocalDate } from "../core/local-date.js";
import type { Person, Plan, Task } from "../core/model.js";
import { planProgress } from "../core/plan-progress.js";
import { reply, type Reply } from "../core/reply.js";
import { readQueueRequest } from "../core/queue/request.js";
import type { Decision, InboundMessage } from "./messages.js";
import { answerQueue } from "./queue.js";
import { sendNudge, type NudgeDeps } from "./nudge.js";
import { parseNudge, type NudgeRequest } from "../core/nudge/parse.js";
import type { AuditLogger, ExtensionWrite, PeopleStore, TaskChangeResult, TaskCommandStore, TaskStore } from "./ports.js";
import { resolveTask, whichAwaiting, whichExtension, type Resolved, type Via } from "./task-command-targets.js";

export interface TaskCommandDeps {
  store: TaskCommandStore;
  tasks: Pick<TaskStore, "progressCounts">;
  people: Pick<PeopleStore, "personByIdentity">;
  logger: AuditLogger;
  /** Language of the notices sent to other chats (the reply follows the command's language). */
  noticeLocale?: Locale;
  /** Nudges ("nhắc Sở Tài chính về CCHC23-32") go through the reminder outbox; without it they are declined. */
  nudges?: NudgeDeps;
}

/** A message for another chat: the secretariat hears of a request, the unit of a decision. */
export interface CommandNotice {
  channel: string;
  chatId: string;
  locale: Locale;
  replies: Reply[];
}

export type CommandResult = "changed" | "refused" | "unresolved" | "incomplete" | "unknown_sender" | "conflict" | "failed" | "shown";

export interface CommandOutcome {
  /** "queue": the secretariat's queue was shown (app/queue.ts); "nudge": a unit reminded on request (app/nudge.ts). */
  action: CommandAction | "queue" | "nudge";
  result: CommandResult;
  locale: Locale;
  /** For the chat the command came from. */
  replies: Reply[];
  notices: CommandNotice[];
  /** Buttons for the queue's items, for those who decide them. */
  decisions?: Decision[];
  /** The task it was about (its code), once known: for the audit trail. */
  target?: string;
}

export interface TaskCommands {
  /** undefined: the message is not a task command (a question, most likely). */
  handle(message: InboundMessage, now: Date): Promise<CommandOutcome | undefined>;
}

/** One command being handled: its message, the instant, and the ways to answer. */
export interface Session {
  deps: TaskCommandDeps;
  message: InboundMessage;
  command: TaskCommand;
  now: Date;
  today: LocalDate;
  locale: Locale;
  outcome(result: CommandResult, replies: Reply[], notices?: CommandNotice[]): CommandOutcome;
}

const MAX_LOGGED_TEXT = 1000;
const WITHDRAWN_NOTE = "Rút lại yêu cầu (hoàn tác)";

export function createTaskCommands(deps: TaskCommandDeps): TaskCommands {
  return {
    async handle(message, now) {
      const today = vnDate(now);
      // A question asked with a command or a button (InboundMessage.query) is no task command, whatever its text.
      if (message.query) return undefined;
      const typed = message.action ?? (message.answers ? parsePromptAnswer(message.answers, message.text, today, message.answers.locale) : undefined);
      const nudge = typed ? undefined : parseNudge(message.text);
      if (nudge) return nudgeOutcome(deps, message, now, nudge);
      const queued = typed ? undefined : readQueueRequest(message.text);
      if (queued) return showQueue(deps, message, now, queued.locale);
      const command = typed ?? parseTaskCommand(message.text, today);
      if (!command) return undefined;
      const action: CommandAction = command.kind === "incomplete" ? command.action : command.kind;
      const s: Session = {
        deps, message, command, now, today, locale: command.locale,
        outcome: (result, replies, notices = []) => ({ action, result, locale: command.locale, replies, notices }),
      };
      try {
        return await execute(s);
      } catch (error) {
        // A failed write is rolled back: say so, and leave the details to the log.
        deps.logger.error({ err: error, command: action, ...where(s) }, "task command failed");
        return s.outcome("failed", [reply("task-command-failed")]);
      }
    },
  };
}

/** The queue is not a command on a task: it reads, changes nothing, and needs only who asks. */
async function showQueue(deps: TaskCommandDeps, message: InboundMessage, now: Date, locale: Locale): Promise<CommandOutcome> {
  const outcome = (result: CommandResult, replies: Reply[]): CommandOutcome => ({ action: "queue", result, locale, replies, notices: [] });
  const actor = await deps.people.personByIdentity(message.channel, message.sender.id);
  if (!actor) return outcome("unknown_sender", [reply("task-command-unknown-sender")]);
  const { replies, decisions } = await answerQueue(deps, actor, vnDate(now), locale);
  return { ...outcome("shown", replies), ...(decisions.length > 0 ? { decisions } : {}) };
}

async function nudgeOutcome(deps: TaskCommandDeps, message: InboundMessage, now: Date, request: NudgeRequest): Promise<CommandOutcome> {
  const outcome = (result: CommandResult, replies: Reply[]): CommandOutcome => ({ action: "nudge", result, locale: request.locale, replies, notices: [] });
  const actor = await deps.people.personByIdentity(message.channel, message.sender.id);
  if (!actor) return outcome("unknown_sender", [reply("task-command-unknown-sender")]);
  return outcome("shown", await sendNudge(deps, actor, request, now, vnDate(now)));
}

async function execute(s: Session): Promise<CommandOutcome> {
  const actor = await s.deps.people.personByIdentity(s.message.channel, s.message.sender.id);
  const c = s.command;
  if (!actor) return unknownSender(s);
  switch (c.kind) {
    case "incomplete":
      return s.outcome("incomplete", [incompleteReply(c.action, c.problem)]);
    case "undo":
      return undo(s, actor);
    case "approve_extension":
    case "refuse_extension":
      return decideExtension(s, actor, c);
    default: {
      const found = (c.kind === "confirm" || c.kind === "return") && c.target.kind === "implicit" ? await awaitingTask(s, actor) : await resolveTask(s, c.target);
      if (!found.ok) return found.outcome;
      return commit(s, actor, found.task, found.via, (task, plan) => decideChange(s, c, task, actor, plan));
    }
  }
}

async function decideChange(s: Session, c: TaskChangeCommand, task: Task, actor: Person, plan: Plan, request?: ExtensionRequest | null): Promise<Transition> {
  const { store } = s.deps;
  if (c.kind === "extend") return applyCommand(task, c, actor, plan, s.now, { pendingExtension: (await store.pendingExtensions({ taskId: task.id }))[0] ?? null });
  if ((c.kind === "return" || c.kind === "not_done") && (task.status === "done" || task.status === "pending_confirmation")) {
    const reported = await store.latestEvent(task.id, ["done", "done_reported"]);
    const before = parsePatch((reported?.details as { previous?: unknown } | null)?.previous);
    return applyCommand(task, c, actor, plan, s.now, { progressBeforeDone: before?.progress ?? null });
  }
  return applyCommand(task, c, actor, plan, s.now, request !== undefined ? { request } : {});
}

/** Decide, write with a guard, and on a concurrent change decide once more from the fresh row. */
async function commit(s: Session, actor: Person, first: Task, via: Via, decide: (task: Task, plan: Plan) => Promise<Transition>, undone?: string): Promise<CommandOutcome> {
  const { store } = s.deps;
  let task = first;
  for (let attempt = 1; ; attempt++) {
    const plan = await planOf(s, task);
    const transition = await decide(task, plan);
    const ctx = await replyContext(s, actor, task, plan);
    if (!transition.ok) return refused(s, actor, task, transition, ctx, via);
    const result = await write(s, actor, task, transition, via);
    if (result.ok) return changed(s, transition, task, plan, ctx, result, undone, via);
    if (attempt >= 2) {
      s.deps.logger.warn({ task: task.code, personId: actor.id, ...where(s) }, "task command: concurrent change, not written");
      return { ...s.outcome("conflict", [reply("task-command-conflict", { code: task.code })]), target: task.code };
    }
    task = (await store.taskById(task.id)) ?? task;
  }
}

function write(s: Session, actor: Person, task: Task, t: Change, via: Via): Promise<TaskChangeResult> {
  return s.deps.store.applyChange({
    taskId: task.id,
    expected: t.previous,
    patch: t.patch,
    ...(t.extension ? { extension: extensionWrite(t.extension, actor, s.now) } : {}),
    event: {
      taskId: task.id,
      personId: actor.id,
      action: t.action,
      at: s.now,
      channel: s.message.channel,
      chatId: s.message.chatId,
      messageId: s.message.messageId ?? null,
      details: { ...t.details, via, text: capText(s.message.text, MAX_LOGGED_TEXT) },
    },
  });
}

function extensionWrite(effect: ExtensionEffect, actor: Person, now: Date): ExtensionWrite {
  switch (effect.kind) {
    case "create":
      return { kind: "create", requestedById: actor.id, newDeadline: effect.newDeadline, reason: effect.reason, createdAt: now };
    case "decide":
      return { kind: "decide", requestId: effect.requestId, status: effect.status, decidedById: actor.id, decidedAt: now, note: effect.note };
    case "reopen":
      return effect;
    case "withdraw":
      return { kind: "withdraw", requestId: effect.requestId, decidedById: actor.id, decidedAt: now, note: WITHDRAWN_NOTE };
  }
}

async function changed(s: Session, t: Change, before: Task, plan: Plan, ctx: ReplyContext, result: Extract<TaskChangeResult, { ok: true }>, undone?: string, via?: Via): Promise<CommandOutcome> {
  const after: Task = { ...before, ...t.patch };
  const requestId = result.requestId ?? (t.extension && t.extension.kind !== "create" ? t.extension.requestId : undefined);
  const extra = { requestId, ...(undone ? { undone } : {}) };
  const { replies } = changeReplies(t, before, after, ctx, extra);
  // A number read as the task's own number in its plan: say so first, so that a wrong guess is seen and undone.
  if (via && typeof via.fromNumber === "number") replies.unshift(reply("task-command-number-read-as-task", { number: String(via.fromNumber), code: before.code }));
  // Notices are worded (dates included) in their own language, not in the one the command was typed in.
  const noticeLocale = s.deps.noticeLocale ?? "vi";
  const { notice } = changeReplies(t, before, after, { ...ctx, locale: noticeLocale }, extra);
  if ((before.status === "done") !== (after.status === "done")) {
    const progress = planProgress(await s.deps.tasks.progressCounts(plan.id, s.today));
    replies.splice(1, 0, planFigures(progress, s.locale, plan.code));
  }
  s.deps.logger.info({ action: t.action, task: before.code, eventId: result.eventId, ...where(s) }, "task changed");
  const notices = t.notify && notice.length > 0 ? await noticesFor(s, t.notify === "secretariat" ? plan.secretariatUnitId : before.leadUnitId, notice, noticeLocale) : [];
  return { ...s.outcome("changed", replies, notices), target: before.code };
}

async function noticesFor(s: Session, unitId: number, replies: Reply[], locale: Locale): Promise<CommandNotice[]> {
  const chats = await s.deps.store.chatsOfUnit(unitId);
  return chats
    .filter((chat) => !(chat.channel === s.message.channel && chat.chatId === s.message.chatId))
    .map((chat) => ({ channel: chat.channel, chatId: chat.chatId, locale, replies }));
}

async function refused(s: Session, actor: Person | null, task: Task, refusal: Refusal, ctx: ReplyContext, via: Via): Promise<CommandOutcome> {
  const action = s.command.kind === "incomplete" ? s.command.action : s.command.kind;
  const serious = refusal.reason === "not_authorised" || refusal.reason === "not_secretariat";
  s.deps.logger[serious ? "warn" : "info"]({ reason: refusal.reason, task: task.code, personId: actor?.id ?? null, command: action, ...where(s) }, "task command refused");
  await s.deps.store.recordEvent({
    taskId: task.id,
    personId: actor?.id ?? null,
    action: "refused",
    at: s.now,
    channel: s.message.channel,
    chatId: s.message.chatId,
    messageId: s.message.messageId ?? null,
    details: { command: action, reason: refusal.reason, ...refusal.details, via, sender: s.message.sender.id, text: capText(s.message.text, MAX_LOGGED_TEXT) },
  });
  return { ...s.outcome("refused", refusalReplies(refusal, task, action, ctx)), target: task.code };
}

/** Nobody known sends this from this channel: refuse, log, and record the attempt on the task if it is clear which. */
async function unknownSender(s: Session): Promise<CommandOutcome> {
  s.deps.logger.warn({ command: s.command.kind, ...where(s) }, "task command from an unknown sender refused");
  const c = s.command;
  const target: TaskTarget | undefined = "target" in c ? c.target : undefined;
  const found = target ? await resolveTask(s, target) : undefined;
  if (found?.ok) {
    await s.deps.store.recordEvent({
      taskId: found.task.id,
      personId: null,
      action: "refused",
      at: s.now,
      channel: s.message.channel,
      chatId: s.message.chatId,
      messageId: s.message.messageId ?? null,
      details: { command: c.kind, reason: "unknown_sender", via: found.via, sender: s.message.sender.id, text: capText(s.message.text, MAX_LOGGED_TEXT) },
    });
  }
  return { ...s.outcome("unknown_sender", [reply("task-command-unknown-sender")]), ...(found?.ok ? { target: found.task.code } : {}) };
}

async function undo(s: Session, actor: Person): Promise<CommandOutcome> {
  const { store } = s.deps;
  const event = lastUndoable(await store.latestEventsBy(actor.id, 50));
  if (!event) return s.outcome("unresolved", [reply("task-command-nothing-to-undo", { person: actor.name })]);
  const task = await store.taskById(event.taskId);
  if (!task) return s.outcome("unresolved", [reply("task-command-nothing-to-undo", { person: actor.name })]);
  const requestId = requestIdOf(event);
  return commit(s, actor, task, { undoes: event.id }, async (current, plan) =>
    undoChange(current, event, actor, plan, s.now, requestId !== undefined ? await store.extensionRequest(requestId) : null), event.action);
}

async function decideExtension(s: Session, actor: Person, c: Extract<TaskChangeCommand, { kind: "approve_extension" | "refuse_extension" }>): Promise<CommandOutcome> {
  const { store } = s.deps;
  let request: ExtensionRequest | null = null;
  let via: Via;
  if (c.ref.kind === "request") {
    request = await store.extensionRequest(c.ref.id);
    if (!request) return unresolvedWith(s, "request_not_found", [reply("task-command-request-not-found", { id: String(c.ref.id) })]);
    via = { requestId: request.id };
  } else if (c.ref.kind === "implicit") {
    const plans = (await store.plans()).filter((p) => canDecide(actor, p));
    if (plans.length === 0) return refusedWithoutTask(s, actor);
    const pending = await store.pendingExtensions({ planIds: plans.map((p) => p.id) });
    if (pending.length !== 1) return unresolvedWith(s, "which_request", await whichExtension(s, pending));
    request = pending[0]!;
    via = { requestId: request.id };
  } else {
    const found = await resolveTask(s, c.ref);
    if (!found.ok) return found.outcome;
    const plan = await planOf(s, found.task);
    // An outsider hears that they may not decide, whether or not a request is waiting.
    if (!canDecide(actor, plan)) return refused(s, actor, found.task, refuse("not_secretariat"), await replyContext(s, actor, found.task, plan), found.via);
    const pending = await store.pendingExtensions({ taskId: found.task.id });
    if (pending.length === 0) return unresolvedWith(s, "no_pending_request", [reply("task-command-no-pending-extension", { code: found.task.code })]);
    request = pending[pending.length - 1]!;
    via = found.via;
  }
  const task = await store.taskById(request.taskId);
  if (!task) return unresolvedWith(s, "request_not_found", [reply("task-command-request-not-found", { id: String(request.id) })]);
  const id = request.id;
  return commit(s, actor, task, via, async (current, plan) => decideChange(s, c, current, actor, plan, await store.extensionRequest(id)));
}

/** "xác nhận" / "trả lại" naming no task: the reminder replied to, else the only task awaiting confirmation. */
async function awaitingTask(s: Session, actor: Person): Promise<Resolved> {
  const { store } = s.deps;
  if (s.message.replyToMessageId) {
    const delivery = await store.deliveryByMessage(s.message.channel, s.message.chatId, s.message.replyToMessageId);
    if (delivery?.items.length === 1) return resolveTask(s, { kind: "item", number: delivery.items[0]!.number });
  }
  const plans = (await store.plans()).filter((p) => canDecide(actor, p));
  if (plans.length === 0) return { ok: false, outcome: await refusedWithoutTask(s, actor) };
  const waiting = await store.tasksAwaitingConfirmation(plans.map((p) => p.id));
  if (waiting.length === 1) return { ok: true, task: waiting[0]!, via: { awaiting: true } };
  return { ok: false, outcome: unresolvedWith(s, "which_awaiting", await whichAwaiting(s, waiting)) };
}

async function refusedWithoutTask(s: Session, actor: Person): Promise<CommandOutcome> {
  s.deps.logger.warn({ reason: "not_secretariat", personId: actor.id, command: s.command.kind, ...where(s) }, "task command refused");
  return s.outcome("refused", [reply("task-command-refused-not-secretariat-any", { action: s.command.kind })]);
}

export function unresolvedWith(s: Session, why: string, replies: Reply[]): CommandOutcome {
  s.deps.logger.info({ result: why, command: s.command.kind, ...where(s) }, "task command: task not identified, nothing changed");
  return s.outcome("unresolved", replies);
}

async function planOf(s: Session, task: Task): Promise<Plan> {
  const plan = (await s.deps.store.plans()).find((p) => p.id === task.planId);
  if (!plan) throw new Error(`task ${task.code}: plan ${task.planId} not found`);
  return plan;
}

async function replyContext(s: Session, actor: Person | null, task: Task, plan: Plan): Promise<ReplyContext> {
  const [unit, secretariat] = await Promise.all([s.deps.store.unitName(task.leadUnitId), s.deps.store.unitName(plan.secretariatUnitId)]);
  return {
    locale: s.locale,
    now: s.now,
    today: s.today,
    person: actor?.name ?? s.message.sender.name ?? s.message.sender.id,
    unit: unit ?? "?",
    secretariat: secretariat ?? "?",
  };
}

function where(s: Session): Record<string, unknown> {
  return { channel: s.message.channel, chatId: s.message.chatId, sender: s.message.sender.id, messageId: s.message.messageId ?? null };
}
