/**
 * The secretariat's queue ("/choduyet", "yêu cầu gia hạn đang chờ", "việc chờ xác nhận"): extension requests
 * waiting for a decision, completions waiting for confirmation, and blocked tasks. Those who decide (the plan's
 * secretariat, admins) see their plans' queue with how to decide; leaders see every plan's; a unit sees its own.
 */
import { canDecide } from "../core/commands/transitions.js";
import type { Locale } from "../core/format.js";
import type { LocalDate } from "../core/local-date.js";
import type { Person, Task } from "../core/model.js";
import { queueReplies, type Queue } from "../core/queue/replies.js";
import type { Reply } from "../core/reply.js";
import type { Decision } from "./messages.js";
import type { AuditLogger, TaskCommandStore } from "./ports.js";

/** Buttons are offered for the oldest few items only: a phone shows a handful of rows. */
const DECISION_ITEMS = 4;

export async function answerQueue(deps: { store: TaskCommandStore; logger: AuditLogger }, actor: Person, today: LocalDate, locale: Locale): Promise<{ replies: Reply[]; decisions: Decision[] }> {
  const { store } = deps;
  const plans = await store.plans();
  const decided = plans.filter((p) => canDecide(actor, p));
  const seesAll = decided.length > 0 || actor.role === "leader";
  const planIds = (seesAll ? (decided.length > 0 ? decided : plans) : plans).map((p) => p.id);
  // A unit's officer sees the items of the tasks the unit leads, nothing of other units.
  const own = (task: Pick<Task, "leadUnitId">) => seesAll || actor.unitIds.includes(task.leadUnitId);
  const queue = await gather(store, planIds, own);
  deps.logger.info({ personId: actor.id, extensions: queue.extensions.length, completions: queue.completions.length, blocked: queue.blocked.length }, "queue shown");
  const replies = queueReplies(queue, decided.length > 0 ? "decider" : "viewer", today, locale);
  return { replies, decisions: decided.length > 0 ? decisionsOf(queue) : [] };
}

function decisionsOf(queue: Queue): Decision[] {
  const extensions = queue.extensions.slice(0, DECISION_ITEMS).flatMap((r): Decision[] => [
    { kind: "approve_extension", requestId: r.id, code: r.code },
    { kind: "refuse_extension", requestId: r.id, code: r.code },
  ]);
  const completions = queue.completions.slice(0, DECISION_ITEMS).flatMap((c): Decision[] => [
    { kind: "confirm", code: c.code },
    { kind: "return", code: c.code },
  ]);
  return [...extensions, ...completions];
}

async function gather(store: TaskCommandStore, planIds: readonly number[], own: (task: Task) => boolean): Promise<Queue> {
  const [requests, awaiting, blocked] = await Promise.all([store.pendingExtensions({ planIds }), store.tasksAwaitingConfirmation(planIds), store.blockedTasks(planIds)]);
  const tasks = new Map((await store.tasksByIds(requests.map((r) => r.taskId))).map((t) => [t.id, t]));
  const names = new Map<number, string>();
  const unit = async (id: number) => {
    if (!names.has(id)) names.set(id, (await store.unitName(id)) ?? "?");
    return names.get(id)!;
  };
  const extensions = [];
  for (const r of requests) {
    const task = tasks.get(r.taskId);
    if (!task || !own(task)) continue;
    extensions.push({ id: r.id, code: task.code, title: task.title, unit: await unit(task.leadUnitId), deadline: task.deadline, newDeadline: r.newDeadline, reason: r.reason, createdAt: r.createdAt });
  }
  const completions = [];
  for (const task of awaiting.filter(own)) {
    const reported = await store.latestEvent(task.id, ["done_reported"]);
    completions.push({ code: task.code, title: task.title, unit: await unit(task.leadUnitId), reportedAt: reported?.at ?? task.completedAt, evidence: task.evidence });
  }
  const blockages = [];
  for (const task of blocked.filter(own)) {
    blockages.push({ code: task.code, title: task.title, unit: await unit(task.leadUnitId), since: task.blockedSince ?? null, reason: task.notes });
  }
  return { extensions, completions, blocked: blockages };
}
