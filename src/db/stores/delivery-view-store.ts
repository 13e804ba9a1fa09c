import { isClosed, type DeliveryItemView, type DeliveryView, type DeliveryViewStore } from "../../app/delivery-view.js";
import type { Db } from "../client.js";

/** TaskEvent actions that close a task as a reminder shows it (written by the task commands). */
const CLOSING_ACTIONS = ["done", "done_reported", "confirmed"];

const deliverySelect = {
  id: true,
  channel: true,
  chatId: true,
  kind: true,
  text: true,
  externalMessageId: true,
  items: {
    orderBy: { number: "asc" },
    select: { number: true, taskId: true },
  },
} as const;

type DeliveryRow = Omit<DeliveryView, "items"> & { items: Array<{ number: number; taskId: number }> };

type TaskRow = { id: number; code: string; title: string; leadUnitId: number; status: DeliveryItemView["status"]; completedAt: Date | null };

export function createDeliveryViewStore(db: Db): DeliveryViewStore {
  const toViews = async (rows: DeliveryRow[]): Promise<DeliveryView[]> => {
    // DeliveryItem holds a task id, not a relation: the tasks are read in one query.
    const taskRows: TaskRow[] = await db.task.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => r.items.map((i) => i.taskId)))] } },
      select: { id: true, code: true, title: true, leadUnitId: true, status: true, completedAt: true },
    });
    const tasks = new Map(taskRows.map((t) => [t.id, t]));
    const closedTaskIds = taskRows.filter(isClosed).map((t) => t.id);
    const closers = new Map<number, { name: string | null; at: Date }>();
    if (closedTaskIds.length > 0) {
      const events = await db.taskEvent.findMany({
        where: { taskId: { in: closedTaskIds }, action: { in: CLOSING_ACTIONS } },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        select: { taskId: true, at: true, person: { select: { name: true } } },
      });
      for (const e of events) if (!closers.has(e.taskId)) closers.set(e.taskId, { name: e.person?.name ?? null, at: e.at });
    }
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      chatId: r.chatId,
      kind: r.kind,
      text: r.text,
      externalMessageId: r.externalMessageId,
      items: r.items.flatMap((i) => {
        const task = tasks.get(i.taskId);
        if (!task) return [];
        const closed = isClosed(task);
        const closer = closers.get(i.taskId);
        return [{
          number: i.number,
          taskId: i.taskId,
          code: task.code,
          title: task.title,
          leadUnitId: task.leadUnitId,
          status: task.status,
          closedBy: closed ? closer?.name ?? null : null,
          closedAt: closed ? closer?.at ?? task.completedAt : null,
        }];
      }),
    }));
  };

  return {
    async deliveryById(id) {
      const row = await db.delivery.findFirst({ where: { id }, select: deliverySelect });
      return row ? (await toViews([row]))[0]! : null;
    },
    async deliveryByMessage(channel, chatId, externalMessageId) {
      const row = await db.delivery.findFirst({ where: { channel, chatId, externalMessageId }, select: deliverySelect, orderBy: { id: "desc" } });
      return row ? (await toViews([row]))[0]! : null;
    },
    async deliveriesWithTasks(channel, taskIds, limit) {
      if (taskIds.length === 0) return [];
      const rows = await db.delivery.findMany({
        where: { channel, externalMessageId: { not: null }, items: { some: { taskId: { in: [...taskIds] } } } },
        select: deliverySelect,
        orderBy: { id: "desc" },
        take: limit,
      });
      return toViews(rows);
    },
    async taskIdsByCodes(codes) {
      if (codes.length === 0) return [];
      const rows = await db.task.findMany({ where: { code: { in: [...codes] } }, select: { id: true } });
      return rows.map((r) => r.id);
    },
  };
}
