import type {
  ChatRef,
  ComposeReader,
  ComposeSession,
  ComposeStore,
  DeliveryDraft,
  PendingReminder,
  UnitRecipients,
} from "../../app/reminders/ports.js";
import { vnDate } from "../../core/local-date.js";
import { type Audience, type ReminderKind, reminderDeadline } from "../../core/reminders/index.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql } from "./raw-sql.js";

/** An open interactive transaction; the client itself fits too. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const COMPOSE_LOCK_KEY = "reminders.composeLock";
const CHUNK = 500;

/**
 * Composing's side of the outbox. A session is one transaction that first writes the compose-lock row: on
 * PostgreSQL that row lock makes a second bot process wait and then find the reminders already composed; on
 * SQLite the write takes the database's write lock at once instead of failing busy half-way.
 */
export function createComposeStore(db: Db, provider: Provider): ComposeStore {
  const sql = rawSql(provider);
  return {
    ...composeReader(db),
    composeSession(work) {
      return db.$transaction(
        async (tx) => {
          await sql.execute(
            tx,
            `INSERT INTO "SchedulerState" ("key", "value", "at") VALUES (?, ?, ?)
             ON CONFLICT ("key") DO UPDATE SET "at" = excluded."at"`,
            COMPOSE_LOCK_KEY,
            "compose",
            new Date(0),
          );
          return work(composeSession(tx, provider));
        },
        { timeout: 120_000, maxWait: 120_000 },
      );
    },
  };
}

function composeSession(tx: Tx, provider: Provider): ComposeSession {
  const sql = rawSql(provider);
  return {
    ...composeReader(tx),
    addDeliveries: (drafts, createdAt) => addDeliveries(tx, drafts, createdAt),
    async setReminderStatus(ids, status, deliveryId) {
      for (let i = 0; i < ids.length; i += CHUNK) {
        await tx.reminder.updateMany({ where: { id: { in: ids.slice(i, i + CHUNK) } }, data: { status, deliveryId } });
      }
    },
    async claimState(key, value, at) {
      const changed = await sql.execute(
        tx,
        `INSERT INTO "SchedulerState" ("key", "value", "at") VALUES (?, ?, ?)
         ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "at" = excluded."at" WHERE "SchedulerState"."value" <> excluded."value"`,
        key,
        value,
        at,
      );
      return changed > 0;
    },
  };
}

export async function addDeliveries(tx: Tx, drafts: readonly DeliveryDraft[], createdAt: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const d of drafts) {
    const row = await tx.delivery.create({
      data: {
        channel: d.channel,
        chatId: d.chatId,
        kind: d.kind,
        text: d.text,
        createdAt,
        notBefore: d.notBefore,
        ...(d.items.length > 0 ? { items: { createMany: { data: d.items.map((i) => ({ ...i })) } } } : {}),
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

export function composeReader(tx: Tx): ComposeReader {
  return {
    async unitRemindersComposed(taskIds) {
      if (taskIds.length === 0) return new Map();
      const rows = await tx.reminder.groupBy({
        by: ["taskId"],
        where: { taskId: { in: [...taskIds] }, audience: "unit", status: { in: ["queued", "merged"] } },
        _count: { _all: true },
      });
      return new Map(rows.map((row) => [row.taskId, row._count._all]));
    },
    async pendingReminders(now) {
      const rows = await tx.reminder.findMany({
        where: { status: "pending", dueAt: { lte: now } },
        include: { task: { select: { code: true, title: true, deadline: true, status: true, planId: true, leadUnitId: true, deadlineKind: true, recurrence: true, deadlineFrom: true } } },
        orderBy: { id: "asc" },
      });
      return rows.map(
        (r): PendingReminder => ({
          id: r.id,
          key: r.key,
          taskId: r.taskId,
          taskCode: r.task.code,
          planId: r.task.planId,
          // The unit leading the task now: a task handed to another unit is reminded there.
          unitId: r.task.leadUnitId,
          // A recurring task is reminded of its current period's end, not of its last day.
          deadline: r.task.deadlineKind === "recurring" ? (reminderDeadline(r.task, vnDate(now)) ?? r.task.deadline) : r.task.deadline,
          kind: r.kind as ReminderKind,
          slot: r.slot,
          offset: r.offset,
          dueAt: r.dueAt,
          audience: r.audience as Audience,
          title: r.task.title,
          status: r.task.status,
        }),
      );
    },

    async recipients(unitIds, planIds) {
      const plans = await tx.plan.findMany({ where: { id: { in: [...planIds] } }, select: { id: true, code: true, name: true, secretariatUnitId: true } });
      const activePlans = await tx.plan.count({ where: { active: true } });
      const wanted = [...new Set([...unitIds, ...plans.map((p) => p.secretariatUnitId)])];
      const units = await tx.unit.findMany({
        where: { id: { in: wanted } },
        select: {
          id: true,
          name: true,
          chatBindings: { where: { active: true }, select: { channel: true, chatId: true }, orderBy: { id: "asc" } },
          memberships: {
            where: { isHead: true, person: { active: true } },
            select: { person: { select: { identities: { select: { channel: true, externalId: true }, orderBy: { id: "asc" } } } } },
            orderBy: { personId: "asc" },
          },
        },
      });
      const retired = await retiredChats(tx, units.flatMap((u) => u.memberships.flatMap((m) => m.person.identities)));
      const directory = new Map<number, UnitRecipients>();
      for (const u of units) {
        const headChats = u.memberships
          .flatMap((m) => m.person.identities)
          .map((i) => ({ channel: i.channel, chatId: i.externalId }))
          .filter((c) => !retired.has(chatKey(c)));
        directory.set(u.id, { unitId: u.id, name: u.name, chats: u.chatBindings, headChats });
      }
      return {
        units: directory,
        secretariatOfPlan: new Map(plans.map((p) => [p.id, p.secretariatUnitId])),
        plans: new Map(plans.map((p) => [p.id, { code: p.code, name: p.name }])),
        activePlans,
      };
    },

    async leaderChats() {
      const identities = await tx.channelIdentity.findMany({
        where: { person: { role: "leader", active: true } },
        select: { channel: true, externalId: true },
        orderBy: [{ personId: "asc" }, { id: "asc" }],
      });
      const retired = await retiredChats(tx, identities);
      return identities.map((i) => ({ channel: i.channel, chatId: i.externalId })).filter((c) => !retired.has(chatKey(c)));
    },

    async unsentDeliveries(limit) {
      const rows = await tx.delivery.findMany({
        where: { status: { in: ["pending", "sending"] } },
        include: { items: { orderBy: { number: "asc" } } },
        orderBy: { id: "asc" },
        take: limit,
      });
      return rows.map((d) => ({
        id: d.id,
        status: d.status,
        channel: d.channel,
        chatId: d.chatId,
        kind: d.kind,
        text: d.text,
        notBefore: d.notBefore,
        items: d.items.map((i) => ({ number: i.number, taskId: i.taskId, reminderId: i.reminderId })),
      }));
    },

    async stateValue(key) {
      const row = await tx.schedulerState.findUnique({ where: { key }, select: { value: true } });
      return row?.value ?? null;
    },
  };
}

/** Private chats known from identities whose binding was retired (the chat is gone): not to be used again. */
async function retiredChats(tx: Tx, identities: ReadonlyArray<{ channel: string; externalId: string }>): Promise<Set<string>> {
  if (identities.length === 0) return new Set();
  const rows = await tx.chatBinding.findMany({
    where: { active: false, chatId: { in: [...new Set(identities.map((i) => i.externalId))] } },
    select: { channel: true, chatId: true },
  });
  return new Set(rows.map(chatKey));
}

export function chatKey(chat: ChatRef): string {
  return `${chat.channel}:${chat.chatId}`;
}
