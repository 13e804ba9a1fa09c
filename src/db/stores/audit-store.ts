import type { AuditEntry, AuditTrail } from "../../app/audit.js";
import type { Db } from "../client.js";

/** The audit trail in the database (AuditEntry): one row per entry, read back by time. */
export function createAuditStore(db: Db): AuditTrail {
  return {
    async record(entry) {
      await db.auditEntry.create({ data: entry });
    },
    async list(query) {
      const rows = await db.auditEntry.findMany({
        where: {
          at: { gte: query.since, ...(query.until ? { lt: query.until } : {}) },
          ...(query.action ? { action: query.action } : {}),
          ...(query.personId !== undefined ? { personId: query.personId } : {}),
        },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        take: query.limit,
      });
      return rows.map(({ id: _id, ...entry }): AuditEntry => entry);
    },
  };
}
