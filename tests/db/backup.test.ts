import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChannelSender } from "../../src/app/ports.js";
import { dispatchDeliveries } from "../../src/app/reminders/dispatch.js";
import { createRateLimiter } from "../../src/app/reminders/rate-limiter.js";
import { backupSqlite, checkSqliteBackup, restoreSqlite } from "../../src/db/backup.js";
import { openDatabase } from "../../src/db/database.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { addOutbox } from "../../bench/remind-data.js";
import { freshSqlite, tempDir, type TestDatabase } from "../support/databases.js";
import { cli } from "../support/processes.js";

/** A sender that takes its time, so that a backup can be taken while messages are going out. */
/** Sends slowly; past `gate.after` messages, each waits for `gate.open` (so that a backup is taken mid-dispatch). */
function slowSender(received: string[], gate?: { after: number; open: Promise<void> }): ChannelSender {
  return {
    channel: "telegram",
    async send({ text }) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (gate && received.length >= gate.after) await gate.open;
      received.push(text);
      return { ok: true, externalMessageId: String(received.length) };
    },
  };
}

const dispatch = (database: Awaited<ReturnType<typeof openDatabase>>, sender: ChannelSender) =>
  dispatchDeliveries({
    store: createOutboxStore(database.db, "sqlite"),
    senders: [sender],
    clock: { now: () => new Date("2023-07-25T01:00:00Z") },
    sleep: async () => undefined,
    workerId: "test",
    // No pacing: the point here is the backup, not the limits.
    limiters: new Map([["telegram", createRateLimiter({ overall: { count: 1_000_000, windowMs: 1 }, perChat: { count: 1_000_000, windowMs: 1 }, perGroup: { count: 1_000_000, windowMs: 1 } })]]),
    chatGoneText: () => "",
  });

describe("backup and restore of the embedded database", () => {
  let t: TestDatabase;
  let tmp: { dir: string; remove(): void };
  beforeEach(async () => {
    t = await freshSqlite();
    tmp = tempDir("nhacviec-backup-");
  });
  afterEach(async () => {
    await t.cleanup();
    tmp.remove();
  });

  it("a backup taken while reminders go out, once restored, loses none of them: what it shows unsent is sent from it", async () => {
    const file = (t.target as { file: string }).file;
    const outbox = addOutbox(file, 300, 300, 0, new Date("2023-07-25T01:00:00Z"), "shuffled");
    const first: string[] = [];
    const backupFile = path.join(tmp.dir, "during.db");
    // The dispatcher sends 32 chats at once: without a gate it could finish all 300 before the backup starts, and
    // the backup would show nothing unsent (the test then proved nothing, and failed on a fast machine).
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    const sending = dispatch(t.database, slowSender(first, { after: 60, open }));
    while (first.length < 60) await new Promise((resolve) => setTimeout(resolve, 5));
    // The first 60 recorded as sent before the copy is taken; the rest wait at the gate.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await backupSqlite(file, backupFile);
    release();
    await sending;
    expect(first.length).toBe(300);

    const checked = await checkSqliteBackup(backupFile);
    expect(checked).toMatchObject({ ok: true, deliveries: 300 });
    const restoredFile = path.join(tmp.dir, "restored.db");
    // The batch being sent when the backup was taken (if one was) is pending again, not waiting for a lease:
    // otherwise the count below would be short by it.
    await restoreSqlite(backupFile, restoredFile);
    const restored = await openDatabase({ provider: "sqlite", file: restoredFile });
    try {
      const unsentInBackup = await restored.db.delivery.count({ where: { status: { not: "sent" } } });
      expect(unsentInBackup).toBeGreaterThan(0);
      expect(unsentInBackup).toBeLessThan(300 - 59);
      const second: string[] = [];
      await dispatch(restored, slowSender(second));
      // Nothing lost: every message went out from the live database, and the restored one sends what it had not
      // recorded as sent (those may repeat: at most what was sent after the backup).
      expect(second.length).toBe(unsentInBackup);
      expect(new Set([...first, ...second])).toEqual(new Set(outbox.texts));
      expect(await restored.db.delivery.count({ where: { status: { not: "sent" } } })).toBe(0);
    } finally {
      await restored.close();
    }
  });

  it("npm run backup and restore: a copy with its figures; a file that is no backup is refused in one line and changes nothing", async () => {
    const file = path.join(tmp.dir, "bot.db");
    const env = { DATABASE_URL: `file:${file}` };
    expect((await cli(["ask", "xin chào"], { env })).code).toBe(0);
    const out = path.join(tmp.dir, "copy.db");
    const backedUp = await cli(["backup", "--out", out], { env });
    expect({ code: backedUp.code, stderr: backedUp.stderr }).toEqual({ code: 0, stderr: "" });
    // CCHC23's 43 tasks and the Chairman's conclusions' 4 (KL23).
    expect(backedUp.stdout).toContain("47 nhiệm vụ");

    const junk = path.join(tmp.dir, "junk.db");
    writeFileSync(junk, "not a database");
    const refused = await cli(["restore", junk], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toContain("Không khôi phục");

    const restored = await cli(["restore", out], { env });
    expect({ code: restored.code, stderr: restored.stderr }).toEqual({ code: 0, stderr: "" });
    expect((await cli(["ask", "tiến độ kế hoạch CCHC"], { env })).stdout).toContain("14/43");
  }, 120_000);
});
