import { hostname } from "node:os";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reclaimFromDeadLocalWorkers } from "../../src/composition/reclaim.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";

/** After a crash, at the next start: deliveries a dead process of this machine left "sending" are pending again at once. */
describe("reclaiming deliveries from a dead process at start", () => {
  let t: TestDatabase;
  beforeEach(async () => (t = await freshSqlite()));
  afterEach(() => t.cleanup());

  it("takes back the claims of this machine's dead processes (and its own pid's, from before a restart), not of live ones or other machines", async () => {
    const host = hostname();
    const claims = { dead: `${host}:999999`, ownPidBefore: `${host}:${process.pid}`, alive: `${host}:${process.ppid}`, elsewhere: "other-host:1" };
    for (const [text, worker] of Object.entries(claims)) {
      await t.database.db.$executeRawUnsafe(
        `INSERT INTO "Delivery" (channel, chatId, kind, text, status, createdAt, notBefore, attempts, claimedBy, claimedAt) VALUES ('telegram', 'c', 'reminder', ?, 'sending', 0, 0, 0, ?, ?)`,
        text,
        worker,
        Date.now(),
      );
    }
    const released = await reclaimFromDeadLocalWorkers(createOutboxStore(t.database.db, t.database.provider), pino({ level: "silent" }));
    expect(released).toBe(2);
    const rows = await t.database.db.delivery.findMany({ select: { text: true, status: true, claimedBy: true }, orderBy: { id: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.text, r.status]))).toEqual({ dead: "pending", ownPidBefore: "pending", alive: "sending", elsewhere: "sending" });
  });
});
