import type { ChatRef, ClaimedDelivery, DispatchStore, OutboxStore } from "../../app/reminders/ports.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { addDeliveries, chatKey, createComposeStore, type Tx } from "./outbox-compose-store.js";
import { placeholders, rawSql, toDate, toNumber } from "./raw-sql.js";
import { createReminderPlanStore } from "./reminder-plan-store.js";

/** The whole outbox: planning, composing and dispatching stores over one database. */
export function createOutboxStore(db: Db, provider: Provider): OutboxStore {
  return { ...createReminderPlanStore(db, provider), ...createComposeStore(db, provider), ...createDispatchStore(db, provider) };
}

interface ClaimedRow {
  id: unknown;
  channel: string;
  chatId: string;
  kind: string;
  text: string;
  attempts: unknown;
  notBefore: unknown;
}

/**
 * Dispatching's side. A claim is one statement: it marks the rows as being sent by one worker and returns
 * them, so two workers never get the same row. PostgreSQL skips rows another worker's claim has locked
 * (FOR UPDATE SKIP LOCKED); SQLite runs one writer at a time, which makes the same statement atomic.
 * A row left "sending" by a worker that died is claimed again once its lease has run out.
 */
export function createDispatchStore(db: Db, provider: Provider): DispatchStore {
  const sql = rawSql(provider);
  const lock = provider === "postgresql" ? "FOR UPDATE SKIP LOCKED" : "";
  return {
    async reclaimFromDeadWorkers(isDead) {
      const workers = await db.delivery.findMany({ where: { status: "sending" }, distinct: ["claimedBy"], select: { claimedBy: true } });
      const dead = workers.map((w) => w.claimedBy).filter((w): w is string => w !== null && isDead(w));
      if (dead.length === 0) return 0;
      const released = await db.delivery.updateMany({
        where: { status: "sending", claimedBy: { in: dead } },
        data: { status: "pending", claimedBy: null, claimedAt: null },
      });
      return released.count;
    },

    async claim({ workerId, now, leaseMs, channels, limit, kinds }) {
      if (channels.length === 0 || limit <= 0 || kinds?.length === 0) return [];
      const rows = await sql.query<ClaimedRow>(
        db,
        `UPDATE "Delivery" SET "status" = 'sending', "claimedBy" = ?, "claimedAt" = ?
         WHERE "id" IN (
           SELECT "id" FROM "Delivery"
           WHERE "channel" IN (${placeholders(channels.length)})${kinds ? ` AND "kind" IN (${placeholders(kinds.length)})` : ""}
             AND (("status" = 'pending' AND "notBefore" <= ?) OR ("status" = 'sending' AND "claimedAt" <= ?))
           ORDER BY "notBefore", "id" LIMIT ? ${lock})
         RETURNING "id", "channel", "chatId", "kind", "text", "attempts", "notBefore"`,
        workerId,
        now,
        ...channels,
        ...(kinds ?? []),
        now,
        new Date(now.getTime() - leaseMs),
        limit,
      );
      // RETURNING keeps no order.
      rows.sort((a, b) => toDate(a.notBefore).getTime() - toDate(b.notBefore).getTime() || toNumber(a.id) - toNumber(b.id));
      const groups = await groupChats(rows);
      return rows.map(
        (r): ClaimedDelivery => ({
          id: toNumber(r.id),
          channel: r.channel,
          chatId: r.chatId,
          kind: r.kind,
          text: r.text,
          attempts: toNumber(r.attempts),
          isGroup: groups.has(chatKey(r)),
        }),
      );
    },

    async nextPendingAt(channels, kinds) {
      const row = await db.delivery.findFirst({
        where: { status: "pending", channel: { in: [...channels] }, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
        orderBy: { notBefore: "asc" },
        select: { notBefore: true },
      });
      return row?.notBefore ?? null;
    },

    async markSent(id, sentAt, externalMessageId, via) {
      // A delivery sent elsewhere (Zalo closed, the person's Telegram) moves to that chat: a reply to the
      // message there looks the delivery up by channel, chat and message id.
      await sql.execute(
        db,
        `UPDATE "Delivery" SET "status" = 'sent', "sentAt" = ?, "externalMessageId" = ?, "attempts" = "attempts" + 1, "claimedBy" = NULL, "lastError" = NULL,
           "channel" = COALESCE(?, "channel"), "chatId" = COALESCE(?, "chatId") WHERE "id" = ?`,
        sentAt,
        externalMessageId,
        via?.channel ?? null,
        via?.chatId ?? null,
        id,
      );
    },

    async release(id, notBefore, note) {
      await sql.execute(
        db,
        `UPDATE "Delivery" SET "status" = 'pending', "notBefore" = ?, "claimedBy" = NULL, "claimedAt" = NULL, "lastError" = COALESCE(?, "lastError") WHERE "id" = ?`,
        notBefore,
        note,
        id,
      );
    },

    async retry(id, notBefore, error) {
      await sql.execute(
        db,
        `UPDATE "Delivery" SET "status" = 'pending', "notBefore" = ?, "claimedBy" = NULL, "claimedAt" = NULL, "lastError" = ?, "attempts" = "attempts" + 1 WHERE "id" = ?`,
        notBefore,
        error,
        id,
      );
    },

    async markFailed(id, error, at) {
      await db.delivery.update({ where: { id }, data: { status: "failed", lastError: error, claimedBy: null, claimedAt: at, attempts: { increment: 1 } } });
    },

    retireChat(chat, deliveryId, error, at) {
      return db.$transaction(async (tx) => {
        const retired = await tx.chatBinding.updateMany({ where: { channel: chat.channel, chatId: chat.chatId, active: true }, data: { active: false } });
        let binding = await tx.chatBinding.findFirst({ where: { channel: chat.channel, chatId: chat.chatId }, select: { unit: { select: { name: true } } } });
        // A head's or leader's private chat may be known only from their identity: record it as retired too,
        // under their unit, so that it is not used again and the secretariat hears of it once.
        const unbound = binding === null;
        if (unbound) binding = await retireIdentityChat(tx, chat);
        const unsent = await tx.delivery.findMany({
          where: { channel: chat.channel, chatId: chat.chatId, OR: [{ id: deliveryId }, { status: "pending" }] },
          select: { id: true, items: { select: { taskId: true } } },
        });
        await tx.delivery.updateMany({
          where: { id: { in: unsent.map((d) => d.id) } },
          data: { status: "failed", lastError: error, claimedBy: null, claimedAt: at },
        });
        const tasks = await tx.task.findMany({
          where: { id: { in: [...new Set(unsent.flatMap((d) => d.items.map((i) => i.taskId)))] } },
          select: { code: true, plan: { select: { secretariatUnitId: true } } },
        });
        let secretariats = [...new Set(tasks.map((t) => t.plan.secretariatUnitId))];
        if (secretariats.length === 0) secretariats = (await tx.plan.findMany({ select: { secretariatUnitId: true } })).map((p) => p.secretariatUnitId);
        const chats = await tx.chatBinding.findMany({
          where: { unitId: { in: secretariats }, active: true },
          select: { channel: true, chatId: true },
          orderBy: { id: "asc" },
        });
        return {
          wasActive: retired.count > 0 || unbound,
          unitName: binding?.unit.name ?? null,
          taskCodes: [...new Set(tasks.map((t) => t.code))].sort((a, b) => a.localeCompare(b, "vi", { numeric: true })),
          secretariatChats: chats,
        };
      });
    },

    addDeliveries(drafts, createdAt) {
      return db.$transaction((tx) => addDeliveries(tx, drafts, createdAt));
    },
  };

  async function retireIdentityChat(tx: Tx, chat: ChatRef): Promise<{ unit: { name: string } } | null> {
    const identity = await tx.channelIdentity.findUnique({
      where: { channel_externalId: { channel: chat.channel, externalId: chat.chatId } },
      select: { person: { select: { memberships: { select: { unitId: true }, orderBy: { unitId: "asc" }, take: 1 } } } },
    });
    const unitId = identity?.person.memberships[0]?.unitId;
    if (unitId === undefined) return null;
    return tx.chatBinding.create({
      data: { channel: chat.channel, chatId: chat.chatId, unitId, isGroup: false, active: false, createdAt: new Date(0) },
      select: { unit: { select: { name: true } } },
    });
  }

  async function groupChats(rows: readonly ClaimedRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const groups = await db.chatBinding.findMany({
      where: { isGroup: true, chatId: { in: [...new Set(rows.map((r) => r.chatId))] } },
      select: { channel: true, chatId: true },
    });
    return new Set(groups.map(chatKey));
  }
}
