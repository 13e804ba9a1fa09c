import type { QuotaCount, QuotaNotice } from "../../core/message-quota.js";

/** A month's count as storage holds it, with the notices some process has already sent. */
export interface StoredQuotaMonth extends QuotaCount {
  noticed: readonly QuotaNotice[];
}

/**
 * Where a monthly count lives so that it outlives the process: the QuotaUsage table (src/db/stores/quota-usage-store.ts; an
 * in-memory one is in monthly-quota-memory.ts). Every write is one statement the database makes atomic.
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
