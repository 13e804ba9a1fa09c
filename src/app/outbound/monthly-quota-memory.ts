import type { QuotaNotice } from "../../core/message-quota.js";
import type { QuotaCounterStore, StoredQuotaMonth } from "./monthly-quota-store.js";

/** A QuotaCounterStore that forgets at exit: for a channel without a database, and for tests of the rules. */
export function inMemoryQuotaStore(sentBefore = 0): QuotaCounterStore {
  const months = new Map<string, { used: number; exhausted: string | null; noticed: Set<QuotaNotice> }>();
  const row = (month: string) => {
    const found = months.get(month);
    if (!found) throw new Error(`quota month ${month} was never opened`);
    return found;
  };
  const view = (month: string): StoredQuotaMonth => {
    const r = row(month);
    return { month, used: r.used, exhausted: r.exhausted, noticed: [...r.noticed] };
  };
  return {
    async openMonth(month, seed) {
      // As the table does: the count sent before is seeded with the notices it has already earned.
      if (!months.has(month)) months.set(month, { used: sentBefore, exhausted: null, noticed: new Set(seed.announced(sentBefore).filter((n) => n !== "exhausted")) });
      return view(month);
    },
    async add(month, count) {
      row(month).used += count;
      return view(month);
    },
    async claimNotice(month, notice, _at, detail) {
      const r = row(month);
      if (r.noticed.has(notice)) return false;
      r.noticed.add(notice);
      if (notice === "exhausted") r.exhausted = detail ?? "exhausted";
      return true;
    },
  };
}
