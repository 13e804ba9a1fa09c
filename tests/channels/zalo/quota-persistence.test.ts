import { afterEach, describe, expect, it, vi } from "vitest";
import { createQuotaBudget, type QuotaBudget, type QuotaCounterStore, type QuotaEvent } from "../../../src/app/outbound/monthly-quota.js";
import { fixedClock, type Clock } from "../../../src/core/clock.js";
import { openDatabase, type Database } from "../../../src/db/database.js";
import { createQuotaUsageStore } from "../../../src/db/stores/quota-usage-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../../support/databases.js";

/**
 * The Zalo budget over the QuotaUsage table of a real database. A "restart" is a new budget (and store) over
 * the same database; "two processes" are two database connections.
 */
const JULY = new Date("2023-07-25T08:00:00+07:00");
let t: TestDatabase | undefined;
const others: Database[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const other of others.splice(0)) await other.close();
  await t?.cleanup();
  t = undefined;
});

function budgetOver(database: Database, options: { limit?: number; clock?: Clock; flushEvery?: number; flushAfterMs?: number; store?: QuotaCounterStore } = {}) {
  const events: QuotaEvent[] = [];
  const budget = createQuotaBudget({
    limit: options.limit ?? 10,
    clock: options.clock ?? fixedClock(JULY),
    store: options.store ?? createQuotaUsageStore(database.db, database.provider, "zalo"),
    onEvent: (e) => events.push(e),
    onError: () => undefined,
    flushEvery: options.flushEvery ?? 1000,
    flushAfterMs: options.flushAfterMs ?? 60_000,
  });
  return { budget, events };
}

async function send(budget: QuotaBudget, count: number, kind = "before"): Promise<void> {
  for (let i = 0; i < count; i++) {
    expect(await budget.permit(kind)).toEqual({ ok: true });
    budget.record();
  }
}

const row = (database: Database, month = "2023-07") => database.db.quotaUsage.findUniqueOrThrow({ where: { channel_month: { channel: "zalo", month } } });
/** Polls until the row's count is `used`: a background write lands when the machine gets to it. */
const rowReaches = (database: Database, used: number) => vi.waitFor(async () => expect((await row(database)).used).toBe(used), { timeout: 10_000, interval: 20 });

/** Zalo deliveries sent in July (Vietnam time), as the outbox records them. */
const sentInJuly = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ channel: "zalo", chatId: "c", kind: "before", text: "x", status: "sent" as const, createdAt: JULY, notBefore: JULY, sentAt: new Date(`2023-07-${String(i + 1).padStart(2, "0")}T08:00:00+07:00`) }));

describe("the quota across restarts (SQLite)", () => {
  it("keeps the count, and the 80% warning is not sent again", async () => {
    t = await freshSqlite();
    const first = budgetOver(t.database);
    await send(first.budget, 8);
    await first.budget.flush(); // the channel's stop()
    expect(first.events.map((e) => [e.type, e.used])).toEqual([["warning", 8]]);
    expect(await row(t.database)).toMatchObject({ used: 8, warnedAt: JULY, urgentNotifiedAt: null, exhaustedAt: null });

    const restarted = budgetOver(t.database);
    expect(await restarted.budget.status()).toEqual({ month: "2023-07", used: 8, limit: 10, level: "warning" });
    await send(restarted.budget, 1);
    await restarted.budget.flush();
    expect(restarted.events).toEqual([]);
    expect((await row(t.database)).used).toBe(9);
  });

  it("a month closed by a 429 stays closed after a restart, and the next month opens", async () => {
    t = await freshSqlite();
    const first = budgetOver(t.database, { limit: 3000 });
    await send(first.budget, 2);
    first.budget.markExhausted("429 Quota exceeded");
    await first.budget.flush();
    expect(first.events.map((e) => e.type)).toEqual(["exhausted"]);
    expect(await row(t.database)).toMatchObject({ used: 2, exhaustedDetail: "429 Quota exceeded", exhaustedAt: JULY });

    const restarted = budgetOver(t.database, { limit: 3000 });
    expect(await restarted.budget.permit("overdue")).toEqual({ ok: false, reason: "exhausted", detail: "429 Quota exceeded" });
    await restarted.budget.flush();
    expect(restarted.events).toEqual([]);

    const august = budgetOver(t.database, { limit: 3000, clock: fixedClock(new Date("2023-08-01T00:30:00+07:00")) });
    expect(await august.budget.permit("before")).toEqual({ ok: true });
    expect(await row(t.database, "2023-08")).toMatchObject({ used: 0, exhaustedAt: null });
  });

  it("the month's first row starts from the deliveries sent on Zalo that month (an upgrade in mid-month)", async () => {
    t = await freshSqlite();
    const delivery = (channel: string, status: "sent" | "pending", sentAt: Date | null) => ({
      channel, chatId: "c", kind: "before", text: "x", status, createdAt: JULY, notBefore: JULY, sentAt,
    });
    await t.database.db.delivery.createMany({
      data: [
        delivery("zalo", "sent", new Date("2023-07-03T08:00:00+07:00")),
        delivery("zalo", "sent", new Date("2023-07-01T00:10:00+07:00")),
        delivery("zalo", "sent", new Date("2023-06-30T23:50:00+07:00")), // June in Vietnam
        delivery("telegram", "sent", new Date("2023-07-03T08:00:00+07:00")),
        delivery("zalo", "pending", null),
      ],
    });
    expect((await budgetOver(t.database).budget.status()).used).toBe(2);
  });

  it("a month seeded past 80% is not warned again (the earlier version warned when it crossed it); 95% still is", async () => {
    t = await freshSqlite();
    await t.database.db.delivery.createMany({ data: sentInJuly(9) });
    const upgraded = budgetOver(t.database);
    expect(await upgraded.budget.status()).toEqual({ month: "2023-07", used: 9, limit: 10, level: "warning" });
    expect(await row(t.database)).toMatchObject({ used: 9, warnedAt: JULY, urgentNotifiedAt: null });
    await send(upgraded.budget, 1, "overdue");
    await upgraded.budget.flush();
    expect(upgraded.events.map((e) => [e.type, e.used])).toEqual([["urgent_only", 10]]);
  });

  it("a closing notice whose recording failed is recorded at the next flush: the row ends closed, the notice goes once", async () => {
    t = await freshSqlite();
    const table = createQuotaUsageStore(t.database.db, t.database.provider, "zalo");
    let failures = 1;
    const store: QuotaCounterStore = { ...table, claimNotice: (...args) => (failures-- > 0 ? Promise.reject(new Error("database is locked")) : table.claimNotice(...args)) };
    const first = budgetOver(t.database, { limit: 3000, store });
    await send(first.budget, 2);
    await first.budget.flush();
    first.budget.markExhausted("429 Quota exceeded");
    await first.budget.flush(); // the claim fails
    expect(first.events).toEqual([]);
    expect(await row(t.database)).toMatchObject({ used: 2, exhaustedAt: null });
    await first.budget.flush();
    expect(await row(t.database)).toMatchObject({ used: 2, exhaustedDetail: "429 Quota exceeded", exhaustedAt: JULY });
    expect(first.events.map((e) => e.type)).toEqual(["exhausted"]);
    await first.budget.permit("overdue");
    await first.budget.flush();
    expect(first.events).toHaveLength(1);

    const restarted = budgetOver(t.database, { limit: 3000 });
    expect(await restarted.budget.permit("overdue")).toEqual({ ok: false, reason: "exhausted", detail: "429 Quota exceeded" });
    await restarted.budget.flush();
    expect(restarted.events).toEqual([]);
  });

  it("counts held in memory are written after flushAfterMs, at flushEvery, and at stop", async () => {
    t = await freshSqlite();
    // Only the budget's flush timer is faked: the database driver keeps real time.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const timed = budgetOver(t.database, { limit: 3000, flushAfterMs: 5_000 });
    await send(timed.budget, 3);
    expect((await row(t.database)).used).toBe(0); // a reply waits for no write
    await vi.advanceTimersByTimeAsync(4_999);
    expect((await row(t.database)).used).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await rowReaches(t.database, 3);
    vi.useRealTimers();

    const counted = budgetOver(t.database, { limit: 3000, flushEvery: 5 });
    await send(counted.budget, 7);
    await rowReaches(t.database, 8);
    await counted.budget.flush();
    expect((await row(t.database)).used).toBe(10);
    await timed.budget.flush();
  });
});

describe.each(["sqlite", "postgresql"] as const)("two processes on one %s database", (provider) => {
  it("lose no count, and each notice is sent by one of them only", async () => {
    t = provider === "sqlite" ? await freshSqlite() : await freshPostgres();
    const second = await openDatabase(t.target);
    others.push(second);
    const [a, b] = [budgetOver(t.database, { limit: 200, flushEvery: 1 }), budgetOver(second, { limit: 200, flushEvery: 1 })];
    await Promise.all([a.budget.status(), b.budget.status()]); // both open the month: one row
    // Overdue alerts: they still go from 95%, which either may reach first.
    await Promise.all([send(a.budget, 95, "overdue"), send(b.budget, 95, "overdue")]);
    await Promise.all([a.budget.flush(), b.budget.flush()]);
    expect((await row(t.database)).used).toBe(190);
    const notices = [...a.events, ...b.events].map((e) => e.type).sort();
    expect(notices).toEqual(["urgent_only", "warning"]);
    // The one that wrote last has read the other's messages back with its own.
    expect(Math.max((await a.budget.status()).used, (await b.budget.status()).used)).toBe(190);
  });
});
