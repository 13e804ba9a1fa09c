import { describe, expect, it } from "vitest";
import { freshPostgres, freshSqlite } from "../support/databases.js";
import { faultBench } from "./support/fault-bench.js";
import { faultFigures } from "./support/fault-report.js";
import { minimumMs, seedOutbox } from "./support/outbox.js";
import { startWorker } from "./support/worker-process.js";

/**
 * kill -9 during a dispatch: a real bot dispatch process, sending 300 reminders through grammY to a Bot API at
 * the network edge, is killed three times while it sends and started again at once (as systemd or Docker
 * restarts it). Nothing may be lost; only messages in flight at a kill may arrive twice.
 */
const MESSAGES = 300;
const KILL_AT = [60, 140, 220];
const CONCURRENCY = 32; // the dispatcher's chats in flight at once

describe.each([
  ["SQLite", () => freshSqlite()],
  ["PostgreSQL", () => freshPostgres()],
] as const)("kill -9 during a dispatch (%s)", (name, open) => {
  const bench = faultBench(open);

  it("loses nothing over three kills; repeats at most what was in flight", async () => {
    const { t, platform, where } = bench;
    const expected = await seedOutbox(t.database, MESSAGES);
    const start = Date.now();
    for (const count of KILL_AT) {
      const worker = startWorker(where, platform.apiRoot);
      await Promise.race([platform.receivedAtLeast(count), worker.exited]);
      worker.child.kill("SIGKILL");
      expect((await worker.exited).signal, worker.output()).toBe("SIGKILL");
    }
    const last = startWorker(where, platform.apiRoot);
    const { code } = await last.exited;
    expect(code, last.output()).toBe(0);

    const figures = faultFigures(`kill -9 ×3 (${name})`, expected, platform.received, platform.times, minimumMs(MESSAGES), start);
    expect(figures.lost).toBe(0);
    expect(figures.repeated).toBeLessThanOrEqual(KILL_AT.length * CONCURRENCY);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);
  }, 180_000);
});
