import { describe, expect, it } from "vitest";
import { createQuotaBudget, inMemoryQuotaStore, type QuotaEvent } from "../../../src/channels/zalo/quota.js";
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

  it("starts from the store's count; a threshold the count has already passed is announced once", async () => {
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 100, clock: movable("2023-07-25T01:00:00Z"), store: inMemoryQuotaStore(85), onEvent: (e) => events.push(e) });
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record();
    await budget.flush();
    expect(events.map((e) => [e.type, e.used])).toEqual([["warning", 85]]);
    expect((await budget.status()).used).toBe(86);
    for (let i = 0; i < 9; i++) budget.record();
    await budget.flush();
    expect(events.map((e) => e.type)).toEqual(["warning", "urgent_only"]);
  });

  it("a failed write keeps the count in memory, reports the error, and the next flush writes it", async () => {
    const store = inMemoryQuotaStore();
    const errors: unknown[] = [];
    let failing = true;
    const budget = createQuotaBudget({
      limit: 100,
      clock: movable("2023-07-25T01:00:00Z"),
      store: { ...store, add: (month, n) => (failing ? Promise.reject(new Error("database is locked")) : store.add(month, n)) },
      onError: (e) => errors.push(e),
    });
    await budget.permit("before");
    budget.record(3);
    await budget.flush();
    expect(errors).toHaveLength(1);
    expect((await budget.status()).used).toBe(3);
    failing = false;
    await budget.flush();
    expect((await store.add("2023-07", 0)).used).toBe(3);
    expect((await budget.status()).used).toBe(3);
  });
});
