import type { TaskStatus } from "../core/model.js";

/**
 * A sent reminder as a chat with buttons sees it: its numbered items with their tasks as they are now, and who
 * closed each one. Read-only; the outbox writes deliveries, task commands change tasks.
 */
export interface DeliveryItemView {
  number: number;
  taskId: number;
  code: string;
  title: string;
  leadUnitId: number;
  status: TaskStatus;
  /** Who reported or confirmed the completion, and when (the newest such event), when the task is closed. */
  closedBy: string | null;
  closedAt: Date | null;
}

export interface DeliveryView {
  id: number;
  channel: string;
  chatId: string;
  kind: string;
  text: string;
  externalMessageId: string | null;
  items: DeliveryItemView[];
}

export interface DeliveryViewStore {
  deliveryById(id: number): Promise<DeliveryView | null>;
  deliveryByMessage(channel: string, chatId: string, externalMessageId: string): Promise<DeliveryView | null>;
  /** Sent deliveries on the channel that list one of these tasks, newest first, at most `limit`. */
  deliveriesWithTasks(channel: string, taskIds: readonly number[], limit: number): Promise<DeliveryView[]>;
  taskIdsByCodes(codes: readonly string[]): Promise<number[]>;
}

/** Whether an item is closed as far as the reminder is concerned: done, or reported done and awaiting confirmation. */
export function isClosed(item: Pick<DeliveryItemView, "status">): boolean {
  return item.status === "done" || item.status === "pending_confirmation";
}
