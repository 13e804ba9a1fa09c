import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startRuntime, type Runtime } from "../../src/composition/runtime.js";
import { createPostgresDatabase, tempDir } from "../support/databases.js";

/** The running bot shares the send limits and the updates taken with the other processes on a PostgreSQL database, and keeps them to itself on SQLite. */
const silent = pino({ level: "silent" });
let runtimes: Runtime[] = [];
let cleanup: () => Promise<void> = async () => {};
afterEach(async () => {
  for (const r of runtimes) await r.close();
  runtimes = [];
  await cleanup();
});

describe("what bot processes share", () => {
  it("on PostgreSQL: two bots count one send budget and take each update once", async () => {
    const pg = await createPostgresDatabase();
    cleanup = pg.drop;
    const config = loadConfig({ DATABASE_URL: pg.url, DEMO_DATA: "0" });
    runtimes = [await startRuntime(config, silent), await startRuntime(config, silent)];
    const [a, b] = runtimes as [Runtime, Runtime];
    const chat = { channel: "telegram", chatKey: "42", isGroup: false };
    const now = Date.now();
    expect(await a.sendBudget.take(chat, now)).toBe(0);
    expect(await b.sendBudget.take(chat, now + 100)).toBe(1000);
    expect(await a.updateLedger!("telegram").firstSeen("7001")).toBe(true);
    expect(await b.updateLedger!("telegram").firstSeen("7001")).toBe(false);
  });

  it("on SQLite: one process, limits in memory, no ledger", async () => {
    const tmp = tempDir();
    cleanup = async () => tmp.remove();
    const config = loadConfig({ DATABASE_URL: `file:${tmp.dir}/bot.db`, DEMO_DATA: "0" });
    runtimes = [await startRuntime(config, silent), await startRuntime(config, silent)];
    const [a, b] = runtimes as [Runtime, Runtime];
    const chat = { channel: "telegram", chatKey: "42", isGroup: false };
    expect(await a.sendBudget.take(chat, 1000)).toBe(0);
    expect(await b.sendBudget.take(chat, 1100)).toBe(0);
    expect(a.updateLedger).toBeUndefined();
  });
});
