import type { ExtensionWrite, NewTaskEvent, SentDelivery, TaskCommandStore } from "../../app/ports.js";
import type { ExtensionRequest, TaskEventRecord, TaskPatch } from "../../core/commands/types.js";
import type { Db } from "../client.js";
import type * as Rows from "../generated/sqlite/client.js";
import type { Prisma } from "../generated/sqlite/client.js";
import { toPlan, toTask } from "./mappers.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Thrown inside the transaction when a guarded row changed meanwhile: the transaction rolls back. */
class Conflict extends Error {}

const withItems = { items: { select: { number: true, taskId: true }, orderBy: { number: "asc" } } } as const;

export function createTaskCommandStore(db: Db): TaskCommandStore {
  return {
    async deliveryByMessage(channel, chatId, externalMessageId) {
      const row = await db.delivery.findFirst({
        where: { channel, chatId, externalMessageId, status: "sent", sentAt: { not: null } },
        include: withItems,
        orderBy: { id: "desc" },
      });
      return row ? toDelivery(row) : null;
    },
    async latestDelivery(channel, chatId, atOrBefore) {
      const row = await db.delivery.findFirst({
        where: { channel, chatId, status: "sent", sentAt: { lte: atOrBefore }, items: { some: {} } },
        include: withItems,
        orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      });
      return row ? toDelivery(row) : null;
    },
    async taskById(id) {
      const row = await db.task.findFirst({ where: { id } });
      return row ? toTask(row) : null;
    },
    async taskByCode(code) {
      const row = await db.task.findFirst({ where: { code } });
      return row ? toTask(row) : null;
    },
    async tasksByIds(ids) {
      const rows = await db.task.findMany({ where: { id: { in: [...ids] } }, orderBy: { code: "asc" } });
      return rows.map(toTask);
    },
    async plans() {
      return (await db.plan.findMany({ orderBy: { id: "asc" } })).map(toPlan);
    },
    async unitName(unitId) {
      return (await db.unit.findFirst({ where: { id: unitId }, select: { name: true } }))?.name ?? null;
    },
    async unitNames(unitId) {
      const row = await db.unit.findFirst({ where: { id: unitId }, select: { name: true, shortNames: true, aliases: true } });
      if (!row) return [];
      const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
      return [row.name, ...list(row.shortNames), ...list(row.aliases)];
    },
    async chatsOfUnit(unitId) {
      const rows = await db.chatBinding.findMany({ where: { unitId, active: true }, select: { channel: true, chatId: true }, orderBy: { id: "asc" } });
      return rows;
    },
    async extensionRequest(id) {
      const row = await db.extensionRequest.findFirst({ where: { id } });
      return row ? toExtension(row) : null;
    },
    async pendingExtensions(filter) {
      const where: Prisma.ExtensionRequestWhereInput = { status: "pending" };
      if (filter.taskId !== undefined) where.taskId = filter.taskId;
      if (filter.planIds) where.task = { planId: { in: [...filter.planIds] } };
      const rows = await db.extensionRequest.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map(toExtension);
    },
    async tasksAwaitingConfirmation(planIds) {
      const rows = await db.task.findMany({ where: { planId: { in: [...planIds] }, status: "pending_confirmation" }, orderBy: { code: "asc" } });
      return rows.map(toTask);
    },
    async blockedTasks(planIds) {
      const rows = await db.task.findMany({ where: { planId: { in: [...planIds] }, status: "blocked" }, orderBy: { code: "asc" } });
      // Sorted here: the providers put a missing date at opposite ends; unknown counts as the oldest.
      return rows.map(toTask).sort((a, b) => (a.blockedSince?.getTime() ?? 0) - (b.blockedSince?.getTime() ?? 0));
    },
    async latestEventsBy(personId, limit) {
      const rows = await db.taskEvent.findMany({ where: { personId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
      return rows.map(toEvent);
    },
    async latestEvent(taskId, actions) {
      const row = await db.taskEvent.findFirst({ where: { taskId, action: { in: [...actions] } }, orderBy: [{ at: "desc" }, { id: "desc" }] });
      return row ? toEvent(row) : null;
    },
    async applyChange(write) {
      try {
        return await db.$transaction(async (tx) => {
          const requestId = await writeExtension(tx, write.taskId, write.extension);
          if (Object.keys(write.patch).length > 0) {
            const updated = await tx.task.updateMany({ where: { id: write.taskId, ...guard(write.expected) }, data: write.patch });
            if (updated.count !== 1) throw new Conflict();
          }
          const details = requestId === undefined ? write.event.details : { ...write.event.details, requestId };
          const eventId = await createEvent(tx, { ...write.event, details });
          return { ok: true as const, eventId, ...(requestId !== undefined ? { requestId } : {}) };
        });
      } catch (error) {
        if (error instanceof Conflict) return { ok: false, reason: "conflict" };
        throw error;
      }
    },
    recordEvent: (event) => createEvent(db, event),
  };
}

async function writeExtension(tx: Tx, taskId: number, write: ExtensionWrite | undefined): Promise<number | undefined> {
  if (!write) return undefined;
  switch (write.kind) {
    case "create": {
      const row = await tx.extensionRequest.create({
        data: { taskId, requestedById: write.requestedById, newDeadline: write.newDeadline, reason: write.reason, createdAt: write.createdAt },
        select: { id: true },
      });
      return row.id;
    }
    case "decide":
    case "withdraw": {
      const status = write.kind === "decide" ? write.status : "refused";
      const note = write.note;
      const updated = await tx.extensionRequest.updateMany({
        where: { id: write.requestId, taskId, status: "pending" },
        data: { status, decidedById: write.decidedById, decidedAt: write.decidedAt, decisionNote: note },
      });
      if (updated.count !== 1) throw new Conflict();
      return write.requestId;
    }
    case "reopen": {
      const updated = await tx.extensionRequest.updateMany({
        where: { id: write.requestId, taskId, status: write.from },
        data: { status: "pending", decidedById: null, decidedAt: null, decisionNote: null },
      });
      if (updated.count !== 1) throw new Conflict();
      return write.requestId;
    }
  }
}

/** The row still holds the values the change was decided on. */
function guard(expected: TaskPatch): Prisma.TaskWhereInput {
  const where: Prisma.TaskWhereInput = {};
  if ("status" in expected) where.status = expected.status!;
  if ("completedAt" in expected) where.completedAt = expected.completedAt ?? null;
  if ("progress" in expected) where.progress = expected.progress!;
  if ("evidence" in expected) where.evidence = expected.evidence ?? null;
  if ("notes" in expected) where.notes = expected.notes ?? null;
  if ("deadline" in expected) where.deadline = expected.deadline!;
  if ("originalDeadline" in expected) where.originalDeadline = expected.originalDeadline ?? null;
  if ("blockedSince" in expected) where.blockedSince = expected.blockedSince ?? null;
  return where;
}

async function createEvent(db: Tx | Db, event: NewTaskEvent): Promise<number> {
  const row = await db.taskEvent.create({
    data: {
      taskId: event.taskId,
      personId: event.personId,
      action: event.action,
      at: event.at,
      channel: event.channel,
      chatId: event.chatId,
      messageId: event.messageId,
      // Details are plain values by construction; the round trip drops anything JSON cannot hold.
      details: JSON.parse(JSON.stringify(event.details)) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return row.id;
}

function toDelivery(row: Rows.Delivery & { items: Array<{ number: number; taskId: number }> }): SentDelivery {
  return { id: row.id, channel: row.channel, chatId: row.chatId, sentAt: row.sentAt ?? row.createdAt, items: row.items };
}

function toExtension(row: Rows.ExtensionRequest): ExtensionRequest {
  return {
    id: row.id,
    taskId: row.taskId,
    requestedById: row.requestedById,
    newDeadline: row.newDeadline,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt,
    decidedById: row.decidedById,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
  };
}

function toEvent(row: Rows.TaskEvent): TaskEventRecord {
  return {
    id: row.id,
    taskId: row.taskId,
    personId: row.personId,
    action: row.action,
    at: row.at,
    channel: row.channel,
    chatId: row.chatId,
    messageId: row.messageId,
    details: row.details,
  };
}
