import type { UpdateLedger } from "../../app/inbound/update-ledger.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql } from "./raw-sql.js";

/** Platforms resend an unanswered update within minutes; a day of keys is plenty. */
const KEEP_MS = 24 * 60 * 60_000;
const PRUNE_EVERY = 500;

/**
 * The updates every bot process has taken, in the database (SeenUpdate): the first process to insert an
 * update's key handles it. One statement, atomic on both providers (ON CONFLICT DO NOTHING). Keys are per
 * channel ("telegram:812345"); old keys are removed now and then by whichever process is inserting.
 */
export function createSeenUpdateStore(db: Db, provider: Provider, now: () => Date = () => new Date()) {
  const sql = rawSql(provider);
  let inserted = 0;
  const prune = (at: Date = now()): Promise<number> => sql.execute(db, `DELETE FROM "SeenUpdate" WHERE "seenAt" < ?`, new Date(at.getTime() - KEEP_MS));
  return {
    /** The ledger of one channel's updates. */
    ledger(channel: string): UpdateLedger {
      return {
        async firstSeen(key) {
          const at = now();
          const taken = await sql.execute(db, `INSERT INTO "SeenUpdate" ("key", "seenAt") VALUES (?, ?) ON CONFLICT ("key") DO NOTHING`, `${channel}:${key}`, at);
          if (taken > 0 && ++inserted % PRUNE_EVERY === 0) await prune(at);
          return taken > 0;
        },
      };
    },
    /** Removes keys older than a day; returns how many. */
    prune,
  };
}
