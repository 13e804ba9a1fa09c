import { hostname } from "node:os";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInboundReceiver } from "../../src/app/inbound/receiver.js";
import { leadership, PLANNING_LEASE } from "../../src/app/leader-lease.js";
import { isDeadLocalWorker, localWorkerId } from "../../src/composition/reclaim.js";
import { runReminderTick } from "../../src/app/reminders/tick.js";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createLeaseStore } from "../../src/db/stores/lease-store.js";
import { createSeenUpdateStore } from "../../src/db/stores/seen-update-store.js";
import { createDatabaseSendBudget } from "../../src/db/stores/send-budget-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";
import { FakeChannel } from "../support/fake-channel.js";
import { reminderDeps, TestClock, vn } from "../support/reminders.js";

/**
 * Several bot processes on one database, each with its own connection (as separate processes have): one plans
 * and composes the reminders at a time, each update is handled once, and the send limits are counted once for
 * all. What runs at the same instant is tested on PostgreSQL, the database for several instances; SQLite (one
 * writer, which better-sqlite3 waits for synchronously) gets the same rules one step at a time.
 */
describe.each([
  ["SQLite", freshSqlite],
  ["PostgreSQL", freshPostgres],
] as const)("several bot processes on one %s database", (name, open) => {
  let t: TestDatabase;
  let other: Database;
  beforeEach(async () => {
    t = await open({ demo: true });
    other = await openDatabase(t.target);
  });
  afterEach(async () => {
    await other?.close();
    await t?.cleanup();
  });
  const concurrently = name === "PostgreSQL" ? it : it.skip;

  it("one process holds the planning lease; another takes it over only once it has expired or been released", async () => {
    const a = createLeaseStore(t.database.db, t.database.provider);
    const b = createLeaseStore(other.db, other.provider);
    const at = (seconds: number) => new Date(vn("2023-07-25 08:00").getTime() + seconds * 1000);
    expect(await a.acquire("planning", "A", at(0), 60_000)).toBe(true);
    expect(await b.acquire("planning", "B", at(1), 60_000)).toBe(false);
    expect(await a.acquire("planning", "A", at(30), 60_000)).toBe(true); // renewed until 90 s
    expect(await b.acquire("planning", "B", at(80), 60_000)).toBe(false);
    expect(await b.acquire("planning", "B", at(90), 60_000)).toBe(true);
    expect(await a.acquire("planning", "A", at(91), 60_000)).toBe(false);
    await b.release("planning", "B");
    expect(await a.acquire("planning", "A", at(92), 60_000)).toBe(true);
  });

  it("a bot restarted after kill -9 takes over the lease its dead predecessor on this machine held, not a live one's", async () => {
    const store = createLeaseStore(t.database.db, t.database.provider);
    const now = vn("2023-07-25 08:00");
    const dead = `${hostname()}:999999`;
    expect(await store.acquire(PLANNING_LEASE.name, dead, now, PLANNING_LEASE.ttlMs)).toBe(true);
    const restarted = leadership(createLeaseStore(other.db, other.provider), localWorkerId());
    expect(await restarted.holds(now)).toBe(false);
    expect(await restarted.reclaimFrom(isDeadLocalWorker)).toBe(true);
    expect(await restarted.holds(now)).toBe(true);
    await restarted.release();
    // The parent of this process is alive: its lease stays until it expires.
    expect(await store.acquire(PLANNING_LEASE.name, `${hostname()}:${process.ppid}`, now, PLANNING_LEASE.ttlMs)).toBe(true);
    expect(await restarted.reclaimFrom(isDeadLocalWorker)).toBe(false);
    expect(await restarted.holds(now)).toBe(false);
  });

  it("a process without the lease dispatches but neither plans nor composes", async () => {
    const holder = leadership(createLeaseStore(t.database.db, t.database.provider), "A");
    expect(await holder.holds(vn("2023-07-25 07:59"))).toBe(true);
    const channel = new FakeChannel();
    const follower = await runReminderTick(
      reminderDeps(other, new TestClock(vn("2023-07-25 08:00")), [channel], { workerId: "B", leader: leadership(createLeaseStore(other.db, other.provider), "B") }),
    );
    expect(follower.planned.inserted).toBe(0);
    expect(follower.composed).toBeNull();
    expect(await other.db.reminder.count()).toBe(0);
    const leader = await runReminderTick(reminderDeps(t.database, new TestClock(vn("2023-07-25 08:01")), [channel], { workerId: "A", leader: holder }));
    expect(leader.planned.inserted).toBe(6);
    expect(leader.composed?.deliveries).toBeGreaterThan(0);
  });

  concurrently("two processes ticking at 08:00 together: one plans and composes, every reminder goes out once", async () => {
    const clock = new TestClock(vn("2023-07-25 08:00"));
    const channels = [new FakeChannel(), new FakeChannel()];
    const [a, b] = await Promise.all(
      [t.database, other].map((database, i) =>
        runReminderTick(reminderDeps(database, clock, [channels[i]!], { workerId: `P${i}`, leader: leadership(createLeaseStore(database.db, database.provider), `P${i}`) })),
      ),
    );
    expect([a!.planned.inserted, b!.planned.inserted].sort()).toEqual([0, 6]);
    expect([a!.composed, b!.composed].filter((c) => c !== null)).toHaveLength(1);
    const sent = channels.flatMap((c) => c.sent.map((m) => `${m.chatId}\n${m.text}`));
    expect(sent.length).toBeGreaterThan(10);
    expect(new Set(sent).size).toBe(sent.length);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(sent.length);
  });

  it("an update one process took is acknowledged and not handled by another; keys are per channel", async () => {
    const handled: string[] = [];
    const receivers = [t.database, other].map((database) =>
      createInboundReceiver({ ledger: createSeenUpdateStore(database.db, database.provider).ledger("telegram"), onError: (e) => handled.push(`error ${String(e)}`) }),
    );
    for (let key = 1; key <= 10; key++) {
      for (const [i, r] of receivers.entries()) {
        expect(r.receive({ key: String(key), chatKey: "c" }, async () => void handled.push(`${key} by ${i}`))).toBe("queued");
        // One step at a time on SQLite; on PostgreSQL both race for each update.
        if (name === "SQLite") await r.idle();
      }
    }
    await Promise.all(receivers.map((r) => r.idle()));
    expect(handled.map((h) => h.split(" ")[0]).sort((x, y) => Number(x) - Number(y))).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(await createSeenUpdateStore(other.db, other.provider).ledger("zalo").firstSeen("1")).toBe(true);
  });

  it("the send budget is counted once for both: per chat, per group, overall and retry_after", async () => {
    const a = createDatabaseSendBudget(t.database.db, t.database.provider);
    const b = createDatabaseSendBudget(other.db, other.provider);
    const t0 = vn("2023-07-25 08:00").getTime();
    const chat = (n: number, isGroup = false) => ({ channel: "telegram", chatKey: String(n), isGroup });
    expect(await a.take(chat(1), t0)).toBe(0);
    expect(await b.take(chat(1), t0 + 500)).toBe(600); // one a chat every 1,1 s
    expect(await b.take(chat(1), t0 + 1100)).toBe(0);
    for (let i = 0; i < 19; i++) expect(await (i % 2 ? a : b).take(chat(-100, true), t0 + 2000 + i * 1200)).toBe(0);
    expect(await a.take(chat(-100, true), t0 + 2000 + 19 * 1200)).toBe(60_000 - 19 * 1200); // 19 a minute into a group
    await a.hold(chat(7), t0 + 200_000);
    expect(await b.take(chat(7), t0 + 100_000)).toBe(100_000);
    expect(await b.take({ channel: "console", chatKey: "x", isGroup: false }, t0)).toBe(0);
    let taken = 0;
    for (let n = 1000; n < 1060; n++) if ((await (n % 2 ? a : b).take(chat(n), t0 + 300_000)) === 0) taken++;
    expect(taken).toBe(27);
  });

  it("places kept ahead: each message counted once, in the order asked, within every limit, and a chat that must wait keeps none", async () => {
    const a = createDatabaseSendBudget(t.database.db, t.database.provider);
    const b = createDatabaseSendBudget(other.db, other.provider);
    const t0 = vn("2023-07-25 08:00").getTime();
    const chat = (n: number, isGroup = false) => ({ channel: "telegram", chatKey: String(n), isGroup });
    const turns = [];
    for (let n = 0; n < 60; n++) turns.push(await (n % 2 ? a : b).reserve!(chat(n), () => t0 + n, 15_000));
    // 27 now (at the instant each asked), then each place 1,1 s after the one 27 before it.
    expect(turns.every((turn) => turn.counted)).toBe(true);
    const at = turns.map((turn, n) => t0 + n + turn.waitMs);
    expect(at.slice(0, 27)).toEqual(Array.from({ length: 27 }, (_, n) => t0 + n));
    expect(at[27]).toBe(t0 + 1100);
    expect(at[54]).toBe(t0 + 2200);
    for (let n = 1; n < 60; n++) expect(at[n]).toBeGreaterThanOrEqual(at[n - 1]!);
    for (let n = 27; n < 60; n++) expect(at[n]! - at[n - 27]!).toBeGreaterThanOrEqual(1100);
    // The next place is at t0+2206. Chat 3 (its place at t0+3) is free again by then: it takes it. Chat 59 (its
    // place at t0+2205) is not free before t0+3305: it keeps nothing, so that the chats behind it are not
    // pushed back, and asks again then.
    expect(await a.reserve!(chat(59), () => t0 + 100, 15_000)).toEqual({ waitMs: 3205, counted: false });
    expect(await a.reserve!(chat(3), () => t0 + 100, 15_000)).toEqual({ waitMs: 2106, counted: true });
    // Past the longest wait the caller accepts: nothing kept.
    expect(await b.reserve!(chat(500), () => t0 + 100, 1000)).toMatchObject({ counted: false });
    // A retry_after holds the chat on both processes.
    await a.hold(chat(7), t0 + 200_000);
    expect(await b.reserve!(chat(7), () => t0 + 100_000, 15_000)).toEqual({ waitMs: 100_000, counted: false });
    // The marks of a clock that went back an hour do not hold today's messages.
    expect(await a.reserve!(chat(900), () => t0 - 3_600_000, 15_000)).toEqual({ waitMs: 0, counted: true });
  });

  it("when the database cannot answer, a process paces itself alone instead of dropping the message", async () => {
    // A database every call to which fails, as a pool that times out or a server gone does.
    const down = () => Promise.reject(new Error("Timed out fetching a new connection from the connection pool"));
    const budget = createDatabaseSendBudget({ $transaction: down, $queryRawUnsafe: down, $executeRawUnsafe: down } as unknown as Database["db"], t.database.provider);
    const t0 = vn("2023-07-25 08:00").getTime();
    const chat = { channel: "telegram", chatKey: "5", isGroup: false };
    expect(await budget.take(chat, t0)).toBe(0);
    expect(await budget.take(chat, t0 + 100)).toBe(1000);
    await budget.hold(chat, t0 + 60_000);
    expect(await budget.take(chat, t0 + 10_000)).toBe(50_000);
  });

  concurrently("60 places asked by two processes in the same instant: each counted once, 27 in any 1,1 s", async () => {
    const budgets = [createDatabaseSendBudget(t.database.db, t.database.provider), createDatabaseSendBudget(other.db, other.provider)];
    const t0 = vn("2023-07-25 08:00").getTime();
    const turns = await Promise.all(Array.from({ length: 60 }, (_, n) => budgets[n % 2]!.reserve!({ channel: "telegram", chatKey: String(n), isGroup: false }, () => t0, 15_000)));
    expect(turns.every((turn) => turn.counted)).toBe(true);
    const at = turns.map((turn) => turn.waitMs).sort((x, y) => x - y);
    expect(at.filter((w) => w === 0)).toHaveLength(27);
    expect(at.filter((w) => w === 1100)).toHaveLength(27);
    expect(at.filter((w) => w === 2200)).toHaveLength(6);
  });

  concurrently("a place read before another process kept the last one is not written: the window is read again", async () => {
    // The race the version on the lock row guards, made to happen: this process has read the window (26 of 27
    // places taken) and is about to write the 27th, when another process, holding the lock row, keeps that place.
    const budget = createDatabaseSendBudget(t.database.db, t.database.provider);
    const t0 = vn("2023-07-25 08:00").getTime();
    const chat = (n: number) => ({ channel: "telegram", chatKey: String(n), isGroup: false });
    for (let n = 0; n < 26; n++) expect(await budget.reserve!(chat(n), () => t0 + n, 15_000)).toMatchObject({ waitMs: 0, counted: true });
    const rival = new pg.Client({ connectionString: (t.target as { url: string }).url });
    await rival.connect();
    try {
      await rival.query("BEGIN");
      await rival.query(`SELECT "until" FROM "SendHold" WHERE "channel" = 'telegram' AND "chatKey" = '' FOR UPDATE`);
      const asked = budget.reserve!(chat(100), () => t0 + 50, 15_000);
      // This process has read the window and waits on the lock row to write its place.
      for (let i = 0; i < 200; i++) {
        const { rows } = await rival.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await rival.query(`INSERT INTO "SendMark" ("channel", "chatKey", "isGroup", "at") VALUES ('telegram', '200', false, $1)`, [new Date(t0 + 40)]);
      await rival.query(`UPDATE "SendHold" SET "until" = "until" + interval '1 millisecond' WHERE "channel" = 'telegram' AND "chatKey" = ''`);
      await rival.query("COMMIT");
      // The 27 places of the window from t0 are taken: the next is 1,1 s after the first of them.
      expect(await asked).toEqual({ waitMs: t0 + 1100 - (t0 + 50), counted: true });
      const { rows } = await rival.query(`SELECT count(*)::int AS n FROM "SendMark" WHERE "channel" = 'telegram'`);
      expect(rows[0].n).toBe(28);
    } finally {
      await rival.end();
    }
  });

  concurrently("60 messages offered by two processes in the same instant: 27 go, the others are told to wait", async () => {
    const budgets = [createDatabaseSendBudget(t.database.db, t.database.provider), createDatabaseSendBudget(other.db, other.provider)];
    const t0 = vn("2023-07-25 08:00").getTime();
    const waits = await Promise.all(Array.from({ length: 60 }, (_, n) => budgets[n % 2]!.take({ channel: "telegram", chatKey: String(n), isGroup: false }, t0)));
    expect(waits.filter((w) => w === 0)).toHaveLength(27);
    expect(waits.filter((w) => w > 0).every((w) => w === 1100)).toBe(true);
  });
});
