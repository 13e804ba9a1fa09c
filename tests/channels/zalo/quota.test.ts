import { describe, expect, it } from "vitest";
import { createQuotaBudget, inMemoryQuotaStore, type QuotaEvent } from "../../../src/app/outbound/monthly-quota.js";
import type { Clock } from "../../../src/core/clock.js";

/** The budget over the in-memory store: counting, notices, closing. Persistence is in quota-persistence.test.ts. */
const at = (iso: string) => new Date(iso);
const movable = (start: string): Clock & { set(iso: string): void } => {
  let now = at(start);
  return { now: () => new Date(now), set: (iso) => (now = at(iso)) };
};

describe("quota budget", () => {
  it("warns once at 80%, keeps 95% for urgent kinds, closes at the limit", async () => {
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 20, clock: movable("2023-07-25T01:00:00Z"), onEvent: (e) => events.push(e) });
    for (let i = 0; i < 16; i++) {
      expect(await budget.permit("before")).toEqual({ ok: true });
      budget.record();
    }
    await budget.flush();
    expect(events.map((e) => [e.type, e.used])).toEqual([["warning", 16]]);
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record(); // 17
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record(); // 18
    expect(await budget.permit("before", 2)).toMatchObject({ ok: false, reason: "urgent_only" }); // would pass 95%
    expect(await budget.permit("reply")).toEqual({ ok: true }); // reaches 95% exactly
    budget.record(); // 19 = 95%
    await budget.flush();
    expect(events.map((e) => e.type)).toEqual(["warning", "urgent_only"]);
    expect(await budget.permit("reply")).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit(undefined)).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit("before")).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit("overdue")).toEqual({ ok: true });
    budget.record(); // 20
    expect(await budget.permit("escalate_head")).toMatchObject({ ok: false, reason: "exhausted" });
    await budget.flush();
    expect(events.map((e) => e.type)).toEqual(["warning", "urgent_only", "exhausted"]);
    expect((await budget.status()).level).toBe("exhausted");
  });

  it("a 429 closes the month; the next month opens again with a fresh count", async () => {
    const clock = movable("2023-07-25T01:00:00Z");
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 3000, clock, onEvent: (e) => events.push(e) });
    await budget.permit("before");
    budget.markExhausted("429 Quota exceeded");
    budget.markExhausted("429 again");
    expect(await budget.permit("overdue")).toEqual({ ok: false, reason: "exhausted", detail: "429 Quota exceeded" });
    await budget.flush();
    expect(events).toEqual([{ type: "exhausted", month: "2023-07", used: 0, limit: 3000, detail: "429 Quota exceeded" }]);
    clock.set("2023-07-31T17:00:00Z");
    expect(await budget.permit("before")).toEqual({ ok: true });
    expect(await budget.status()).toEqual({ month: "2023-08", used: 0, limit: 3000, level: "normal" });
  });

  it("starts from the seeded count; a threshold the seed had already passed is not announced again, the next one is", async () => {
    // The seed stands for the messages sent before the count was kept (an upgrade in mid-month): the version
    // that sent them announced 80% when it crossed it.
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 100, clock: movable("2023-07-25T01:00:00Z"), store: inMemoryQuotaStore(85), onEvent: (e) => events.push(e) });
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record();
    await budget.flush();
    expect(events).toEqual([]);
    expect(await budget.status()).toEqual({ month: "2023-07", used: 86, limit: 100, level: "warning" });
    for (let i = 0; i < 9; i++) budget.record();
    await budget.flush();
    expect(events.map((e) => [e.type, e.used])).toEqual([["urgent_only", 95]]);
  });

  it("a failed write keeps the count in memory and is tried once more at flush; one that fails twice is reported", async () => {
    const store = inMemoryQuotaStore();
    const errors: unknown[] = [];
    const unwritten: unknown[] = [];
    let failures = 1;
    const budget = createQuotaBudget({
      limit: 100,
      clock: movable("2023-07-25T01:00:00Z"),
      store: { ...store, add: (month, n) => (failures-- > 0 ? Promise.reject(new Error("database is locked")) : store.add(month, n)) },
      onError: (e) => errors.push(e),
      onUnwritten: (u) => unwritten.push(u),
      flushRetryMs: 1,
    });
    await budget.permit("before");
    budget.record(3);
    await budget.flush(); // fails, then writes
    expect(errors).toHaveLength(1);
    expect(unwritten).toEqual([]);
    expect((await store.add("2023-07", 0)).used).toBe(3);

    budget.record(2);
    failures = 2;
    await budget.flush();
    expect(errors).toHaveLength(3);
    expect(unwritten).toEqual([{ month: "2023-07", count: 2 }]);
    expect((await budget.status()).used).toBe(5); // still in memory
    await budget.flush(); // the process went on: the next flush writes them
    expect((await store.add("2023-07", 0)).used).toBe(5);
    expect(unwritten).toHaveLength(1);
  });

  it("a closing notice whose recording failed is claimed again: the month ends closed, the notice goes out once", async () => {
    const store = inMemoryQuotaStore();
    const events: QuotaEvent[] = [];
    const errors: unknown[] = [];
    let failures = 1;
    const budget = createQuotaBudget({
      limit: 3000,
      clock: movable("2023-07-25T01:00:00Z"),
      store: { ...store, claimNotice: (...args) => (failures-- > 0 ? Promise.reject(new Error("connection lost")) : store.claimNotice(...args)) },
      onEvent: (e) => events.push(e),
      onError: (e) => errors.push(e),
    });
    await budget.permit("before");
    budget.markExhausted("429 Quota exceeded");
    await budget.flush();
    expect(errors).toHaveLength(1);
    expect(events).toEqual([]);
    expect((await store.add("2023-07", 0)).exhausted).toBeNull(); // other processes would still send

    // Refused at once (closed in memory), and the notice is claimed again.
    expect(await budget.permit("overdue")).toEqual({ ok: false, reason: "exhausted", detail: "429 Quota exceeded" });
    await budget.flush();
    expect(await store.add("2023-07", 0)).toMatchObject({ exhausted: "429 Quota exceeded", noticed: ["exhausted"] });
    expect(events.map((e) => [e.type, e.detail])).toEqual([["exhausted", "429 Quota exceeded"]]);
    await budget.permit("overdue");
    budget.markExhausted("429 again");
    await budget.flush();
    expect(events).toHaveLength(1);
  });

  it("a message recorded while the next month loads is written to its own month's row", async () => {
    const clock = movable("2023-07-31T16:59:00Z"); // 23:59 in Vietnam
    const store = inMemoryQuotaStore();
    const budget = createQuotaBudget({ limit: 100, clock, store });
    await budget.permit("before");
    budget.record(2);
    clock.set("2023-07-31T17:00:00Z");
    const august = budget.permit("before"); // July's 2 are written; August loads
    budget.record(); // a July message whose send ended just now, before August is loaded
    expect(await august).toEqual({ ok: true });
    await budget.flush();
    expect((await store.add("2023-07", 0)).used).toBe(3);
    expect((await store.add("2023-08", 0)).used).toBe(0);
  });
});
