import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshPostgres, type TestDatabase } from "../support/databases.js";
import { startFaultPlatform, type FaultPlatform } from "./support/fault-platform.js";
import { faultFigures } from "./support/fault-report.js";
import { minimumMs, seedOutbox } from "./support/outbox.js";
import { startTcpProxy } from "./support/tcp-proxy.js";
import { startWorker } from "./support/worker-process.js";

/**
 * PostgreSQL unreachable for 10 s in the middle of a 600-reminder dispatch: the bot's process reaches the
 * database through a TCP proxy the test cuts (the shared server itself keeps running). Nothing may be lost;
 * messages taken by the platform whose outcome could not be recorded may go twice, after their claim's lease.
 */
const MESSAGES = 600;
const OUTAGE_MS = 10_000;
const LEASE_MS = 20_000;

describe("PostgreSQL unreachable for 10 s during a dispatch", () => {
  let t: TestDatabase;
  let platform: FaultPlatform;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
  beforeEach(async () => {
    t = await freshPostgres();
    platform = await startFaultPlatform();
  });
  afterEach(async () => {
    await proxy?.close();
    await platform?.close();
    await t?.cleanup();
  });

  it("recovers by itself: nothing lost, only unrecorded messages repeated", async () => {
    const expected = await seedOutbox(t.database, MESSAGES);
    const url = new URL((t.target as { url: string }).url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const worker = startWorker(proxy.via(url.toString()), platform.apiRoot, LEASE_MS);
    await platform.receivedAtLeast(100);
    proxy.cut();
    const takenAtCut = platform.times.length;
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    proxy.restore();
    const { code } = await worker.exited;
    expect(code, worker.output()).toBe(0);
    const failedTicks = worker.output().match(/^TICK-FAILED/gm)?.length ?? 0;
    const figures = faultFigures(
      `PostgreSQL cut for ${OUTAGE_MS / 1000} s (${failedTicks} dispatch runs failed, ${takenAtCut} taken before the cut, lease ${LEASE_MS / 1000} s)`,
      expected,
      platform.received,
      platform.times,
      minimumMs(MESSAGES),
    );
    expect(failedTicks).toBeGreaterThan(0);
    expect(figures.lost).toBe(0);
    expect(figures.repeated).toBeLessThanOrEqual(32);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(MESSAGES);
  }, 240_000);
});
