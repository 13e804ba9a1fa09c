import { TELEGRAM_SEND_LIMITS } from "../../../src/app/outbound/send-budget.js";
import type { DeliveryDraft } from "../../../src/app/reminders/ports.js";
import type { Database } from "../../../src/db/database.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { marks } from "./fault-report.js";

/** A reminder morning for the fault tests: one message to each of `count` private Telegram chats, all due now. */
export async function seedOutbox(database: Database, count: number, now = new Date()): Promise<string[]> {
  const texts = marks(count);
  const drafts: DeliveryDraft[] = texts.map((mark, i) => ({ channel: "telegram", chatId: String(700_000 + i), kind: "unit", text: `Nhắc việc ${mark}`, notBefore: now, items: [] }));
  // In slices: one transaction of 10.000 rows outlasts Prisma's 5-second limit on a loaded machine.
  const store = createOutboxStore(database.db, database.provider);
  for (let i = 0; i < drafts.length; i += 500) await store.addDeliveries(drafts.slice(i, i + 500), now);
  return texts;
}

/** The least time Telegram's limits (as the bot paces them) allow for `count` messages to distinct chats, first to last. */
export function minimumMs(count: number): number {
  const { count: perWindow, windowMs } = TELEGRAM_SEND_LIMITS.overall;
  return Math.floor((count - 1) / perWindow) * windowMs;
}
