import type { Db } from "../client.js";

/** Deliveries still waiting to be sent, per channel: what a command left in the outbox for the running bot. */
export async function pendingDeliveriesByChannel(db: Db, channels: readonly string[]): Promise<Record<string, number>> {
  if (channels.length === 0) return {};
  const rows = await db.delivery.groupBy({ by: ["channel"], where: { status: "pending", channel: { in: [...channels] } }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.channel, row._count._all]));
}
