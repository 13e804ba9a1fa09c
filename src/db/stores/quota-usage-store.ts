import type { QuotaCount, QuotaNotice } from "../../core/message-quota.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql, toNumber } from "./raw-sql.js";

/** A month's count as storage holds it, with the notices some process has already sent. */
export interface StoredQuotaMonth extends QuotaCount {
  noticed: readonly QuotaNotice[];
}

/**
 * Where a monthly count lives so that it outlives the process: the QuotaUsage table below (an in-memory one is
 * in src/channels/zalo/quota-store.ts). Every write is one statement the database makes atomic.
 */
export interface QuotaCounterStore {
  /**
   * The month's row, created on first use. A new row starts from what the outbox sent on the channel in
   * [from, to), so an upgrade in mid-month does not start from 0.
   */
  openMonth(month: string, seed: QuotaSeed): Promise<StoredQuotaMonth>;
  /** Adds `count` messages (`used = used + count`; 0 only reads) and returns the month as it is now. */
  add(month: string, count: number): Promise<StoredQuotaMonth>;
  /**
   * Records that a notice goes out, unless a process already recorded it this month: true when this call did,
   * and only then is the notice sent. "exhausted" also closes the month with `detail`.
   */
  claimNotice(month: string, notice: QuotaNotice, at: Date, detail?: string): Promise<boolean>;
}

/** How a month's first row is seeded: from the messages sent in [from, to). */
export interface QuotaSeed {
  from: Date;
  to: Date;
  /**
   * The notices a seeded count has already earned: they are recorded as sent at `at`, not sent again. The
   * version before the QuotaUsage table announced each threshold when its count crossed it, so a row created
   * in mid-month past 80% would otherwise repeat that warning (the rules are in src/core/message-quota.ts).
   */
  announced(used: number): readonly QuotaNotice[];
  at: Date;
}

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
