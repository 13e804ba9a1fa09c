import type { RedeemFailureLog } from "../../app/redeem-failures.js";
import type { Db } from "../client.js";

/**
 * Wrong invite codes in the database (RedeemFailure), one row per key a try counts against, so that the
 * throttle counts the tries made through every bot process on it. A try's rows are added in one transaction
 * with the removal of the keys' rows that have left every window.
 */
export function createRedeemFailureStore(db: Db): RedeemFailureLog {
  return {
    async since(keys, afterMs) {
      const rows = await db.redeemFailure.findMany({
        where: { key: { in: [...keys] }, at: { gt: new Date(afterMs) } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { key: true, at: true },
      });
      const found = new Map<string, number[]>(keys.map((key) => [key, []]));
      for (const row of rows) found.get(row.key)?.push(row.at.getTime());
      return found;
    },
    async add(keys, atMs, forgetBeforeMs) {
      await db.$transaction([
        db.redeemFailure.deleteMany({ where: { key: { in: [...keys] }, at: { lt: new Date(forgetBeforeMs) } } }),
        db.redeemFailure.createMany({ data: keys.map((key) => ({ key, at: new Date(atMs) })) }),
      ]);
    },
  };
}
