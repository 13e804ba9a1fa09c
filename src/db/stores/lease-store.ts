import type { LeaseStore } from "../../app/leader-lease.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql } from "./raw-sql.js";

/**
 * Leases in the database (Lease): one statement takes a free or expired lease, or renews one's own, and
 * leaves another holder's unexpired lease alone; the row count says which happened. Atomic on PostgreSQL
 * (INSERT … ON CONFLICT locks the row) and on SQLite (one writer at a time).
 */
export function createLeaseStore(db: Db, provider: Provider): LeaseStore {
  const sql = rawSql(provider);
  return {
    async acquire(name, holder, now, ttlMs) {
      const taken = await sql.execute(
        db,
        `INSERT INTO "Lease" ("name", "holder", "expiresAt") VALUES (?, ?, ?)
         ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "expiresAt" = excluded."expiresAt"
         WHERE "Lease"."holder" = excluded."holder" OR "Lease"."expiresAt" <= ?`,
        name,
        holder,
        new Date(now.getTime() + ttlMs),
        now,
      );
      return taken > 0;
    },
    async release(name, holder) {
      await sql.execute(db, `DELETE FROM "Lease" WHERE "name" = ? AND "holder" = ?`, name, holder);
    },
    async holderOf(name) {
      const rows = await sql.query<{ holder: string }>(db, `SELECT "holder" FROM "Lease" WHERE "name" = ?`, name);
      return rows[0]?.holder ?? null;
    },
  };
}
