import { describe, expect, it } from "vitest";
import { freshPostgres, freshSqlite } from "../support/databases.js";
import { faultBench } from "./support/fault-bench.js";
import { faultFigures } from "./support/fault-report.js";
import { minimumMs, seedOutbox } from "./support/outbox.js";
import { startWorker } from "./support/worker-process.js";

/**
 * Two bot processes started at once on one database (a deployment with two replicas, or a restart that
 * overlaps the old process): each delivery is claimed by one of them, so nothing is lost or sent twice; the
 * ratio to the minimum says whether they kept to Telegram's limits together (≥ 1) or each on its own (≈ 0,5):
 * with their own limiters only, and with the database send budget the bot uses on PostgreSQL.
 */
const MESSAGES = 300;

describe.each([
  ["SQLite", "own", () => freshSqlite()],
  ["PostgreSQL", "own", () => freshPostgres()],
  ["PostgreSQL", "shared", () => freshPostgres()],
] as const)("two instances started at once (%s, %s send budget)", (name, budget, open) => {
  const bench = faultBench(open);

  it("send every reminder once between them", async () => {
    const { t, platform, where } = bench;
    const expected = await seedOutbox(t.database, MESSAGES);
    const workers = [startWorker(where, platform.apiRoot, undefined, budget), startWorker(where, platform.apiRoot, undefined, budget)];
    for (const w of workers) expect((await w.exited).code, w.output()).toBe(0);
    const sentBy = workers.map((w) => (JSON.parse(/^DONE (.*)$/m.exec(w.output())![1]!) as { sent: number }).sent);
    const figures = faultFigures(`two instances at once (${name}, ${budget} send budget; sent ${sentBy.join(" + ")})`, expected, platform.received, platform.times, minimumMs(MESSAGES));
    expect(figures.lost).toBe(0);
    expect(figures.repeated).toBe(0);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);
    // Together within Telegram's limits only when they share the budget (each pacing itself: 0,4–0,65 ×). The
    // span is measured where the platform takes the messages, so a late first message shortens it a little.
    if (budget === "shared") expect(figures.ratio).toBeGreaterThanOrEqual(0.85);
  }, 180_000);
});
