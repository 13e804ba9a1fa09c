import type { StrangerAnswers } from "../../app/inbound/access-gate.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql, type RawRunner } from "./raw-sql.js";

/**
 * The stranger allowance in the database (StrangerAnswer), so that a restart or a second instance does not
 * give strangers another invite text today, or another share of the month's Zalo budget. One statement
 * decides and records: it inserts the day's row only when this stranger has none today and the channel's
 * strangers have fewer than `cap` rows this month; SQLite runs writes one at a time, PostgreSQL takes a lock
 * per channel first, so the cap is exact on both.
 */
/** Any fixed number (the first half of the advisory lock's key; the channel is the second). */
const STRANGER_LOCK_KEY = 14_003;

export function createStrangerStore(db: Db, provider: Provider): StrangerAnswers {
  const sql = rawSql(provider);
  let prunedBefore = "";
  return {
    async answer(channel, senderId, day, cap) {
      const month = day.slice(0, 7);
      const insert = (runner: RawRunner) =>
        sql.execute(
          runner,
          `INSERT INTO "StrangerAnswer" ("channel", "senderId", "day")
           SELECT ?, ?, ? WHERE (SELECT COUNT(*) FROM "StrangerAnswer" WHERE "channel" = ? AND "day" >= ? AND "day" < ?) < ?
           ON CONFLICT DO NOTHING`,
          channel, senderId, day, channel, `${month}-01`, `${month}-99`, cap ?? Number.MAX_SAFE_INTEGER,
        );
      // PostgreSQL reads the count before other transactions' inserts commit: statements at the same instant
      // would all see the last place free (10 of 12 got through a cap of 5). A lock per channel makes them queue.
      const inserted =
        provider === "postgresql" && cap !== undefined
          ? await db.$transaction(async (tx) => {
              await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${STRANGER_LOCK_KEY}, hashtext($1))`, channel);
              return insert(tx);
            })
          : await insert(db);
      // Earlier months count for nothing: their rows go, once per process and month.
      if (prunedBefore !== month) {
        prunedBefore = month;
        await db.strangerAnswer.deleteMany({ where: { day: { lt: `${month}-01` } } });
      }
      return inserted > 0;
    },
  };
}
