import type { Db } from "../client.js";

/** What /metrics reads at each scrape: the outbox's waiting deliveries per channel, and a channel's quota row for a month. */
export function createScrapeStore(db: Db) {
  return {
    async outbox(): Promise<Array<{ channel: string; waiting: number; oldestCreatedAt: Date | null }>> {
      const rows = await db.delivery.groupBy({ by: ["channel"], where: { status: { in: ["pending", "sending"] } }, _count: { _all: true }, _min: { createdAt: true } });
      return rows.map((row) => ({ channel: row.channel, waiting: row._count._all, oldestCreatedAt: row._min.createdAt ?? null }));
    },
    /** The count written so far for the month (0 before the month's first message). */
    async quotaUsed(channel: string, month: string): Promise<number> {
      const row = await db.quotaUsage.findUnique({ where: { channel_month: { channel, month } }, select: { used: true } });
      return row?.used ?? 0;
    },
  };
}
