import type { QuotaNotice } from "../../core/message-quota.js";
import type { QuotaCounterStore, StoredQuotaMonth } from "../../app/outbound/monthly-quota-store.js";

export type { QuotaCounterStore, QuotaSeed, StoredQuotaMonth } from "../../app/outbound/monthly-quota-store.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql, toNumber } from "./raw-sql.js";


/** The column that says a notice went out this month. */
const NOTICE_COLUMN: Record<QuotaNotice, string> = { warning: "warnedAt", urgent_only: "urgentNotifiedAt", exhausted: "exhaustedAt" };

interface Row {
  month: string;
  used: unknown;
  exhaustedDetail: string | null;
  warnedAt: unknown;
  urgentNotifiedAt: unknown;
  exhaustedAt: unknown;
}

const COLUMNS = `"month", "used", "exhaustedDetail", "warnedAt", "urgentNotifiedAt", "exhaustedAt"`;

function toMonth(row: Row): StoredQuotaMonth {
  const noticed = (Object.keys(NOTICE_COLUMN) as QuotaNotice[]).filter((n) => row[NOTICE_COLUMN[n] as keyof Row] != null);
  const exhausted = row.exhaustedAt != null ? (row.exhaustedDetail ?? "exhausted") : null;
  return { month: row.month, used: toNumber(row.used), exhausted, noticed };
}

/**
 * A channel's monthly count in the QuotaUsage table: `used = used + n`, so two processes never lose each
 * other's counts, and "set the notice's column where it is still empty", so only one of them sends the notice.
 */
export function createQuotaUsageStore(db: Db, provider: Provider, channel: string): QuotaCounterStore {
  const sql = rawSql(provider);
  const read = async (month: string): Promise<StoredQuotaMonth | null> => {
    const [row] = await sql.query<Row>(db, `SELECT ${COLUMNS} FROM "QuotaUsage" WHERE "channel" = ? AND "month" = ?`, channel, month);
    return row ? toMonth(row) : null;
  };
  return {
    async openMonth(month, seed) {
      const found = await read(month);
      if (found) return found;
      // The first row of a month starts from what the outbox sent on the channel (an upgrade in mid-month).
      const sent = await db.delivery.count({ where: { channel, status: "sent", sentAt: { gte: seed.from, lt: seed.to } } });
      const announced = new Set(seed.announced(sent));
      // A count seeded at the full limit is not closed here: the first permit closes it, with its own notice.
      const at = (notice: QuotaNotice) => (announced.has(notice) ? seed.at : null);
      try {
        await db.quotaUsage.create({ data: { channel, month, used: sent, warnedAt: at("warning"), urgentNotifiedAt: at("urgent_only") } });
      } catch (error) {
        // Another process created it meanwhile: theirs stands.
        if (!(await read(month))) throw error;
      }
      return (await read(month))!;
    },
    async add(month, count) {
      if (count === 0) return (await read(month)) ?? Promise.reject(new Error(`no QuotaUsage row for ${channel} ${month}`));
      const [row] = await sql.query<Row>(
        db,
        `UPDATE "QuotaUsage" SET "used" = "used" + ?, "updatedAt" = ? WHERE "channel" = ? AND "month" = ? RETURNING ${COLUMNS}`,
        count,
        new Date(),
        channel,
        month,
      );
      if (!row) throw new Error(`no QuotaUsage row for ${channel} ${month}`);
      return toMonth(row);
    },
    async claimNotice(month, notice, at, detail) {
      const column = NOTICE_COLUMN[notice];
      const extra = notice === "exhausted" ? `, "exhaustedDetail" = ?` : "";
      const changed = await sql.execute(
        db,
        `UPDATE "QuotaUsage" SET "${column}" = ?, "updatedAt" = ?${extra} WHERE "channel" = ? AND "month" = ? AND "${column}" IS NULL`,
        at,
        new Date(),
        ...(notice === "exhausted" ? [detail ?? "exhausted"] : []),
        channel,
        month,
      );
      return changed === 1;
    },
  };
}
