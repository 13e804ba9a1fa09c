import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { startFaultPlatform, type FaultPlatform } from "./support/fault-platform.js";
import { faultFigures } from "./support/fault-report.js";
import { minimumMs, seedOutbox } from "./support/outbox.js";
import { startWorker } from "./support/worker-process.js";

/**
 * The Bot API misbehaving at the network edge while 300 reminders go out: 10% of sendMessage calls answered
 * 502 (not taken), and 3% taken but their answer lost (the connection cut before the response). A 502 is
 * retried after 1 s, 5 s, 30 s; a lost answer cannot be told from a message not taken, so it is resent: those,
 * and only those, may arrive twice.
 */
const MESSAGES = 300;

describe("5xx and lost responses from the Bot API", () => {
  let t: TestDatabase;
  let platform: FaultPlatform;
  beforeEach(async () => {
    t = await freshSqlite();
    platform = await startFaultPlatform({ serverErrorRate: 0.1, lostResponseRate: 0.03, seed: 11 });
  });
  afterEach(async () => {
    await platform?.close();
    await t?.cleanup();
  });

  it("loses nothing, repeats only messages whose answer was lost", async () => {
    const expected = await seedOutbox(t.database, MESSAGES);
    const worker = startWorker((t.target as { file: string }).file, platform.apiRoot);
    expect((await worker.exited).code, worker.output()).toBe(0);
    const figures = faultFigures(
      `Bot API 10% 502 + 3% lost answers (${platform.stats.serverErrors} × 502, ${platform.stats.lostResponses} lost)`,
      expected,
      platform.received,
      platform.times,
      minimumMs(MESSAGES),
    );
    expect(platform.stats.serverErrors).toBeGreaterThan(10);
    expect(platform.stats.lostResponses).toBeGreaterThan(3);
    expect(figures.lost).toBe(0);
    expect(figures.repeated).toBeLessThanOrEqual(platform.stats.lostResponses);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);
  }, 180_000);
});
