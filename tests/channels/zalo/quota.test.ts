import { describe, expect, it } from "vitest";
import { createQuotaBudget, inMemoryQuotaStore, isUrgentKind, monthRange, type QuotaEvent } from "../../../src/channels/zalo/quota.js";
import type { Clock } from "../../../src/core/clock.js";

const at = (iso: string) => new Date(iso);
const movable = (start: string): Clock & { set(iso: string): void } => {
  let now = at(start);
  return { now: () => new Date(now), set: (iso) => (now = at(iso)) };
};

describe("quota budget", () => {
  it("months run in Vietnam time", () => {
    const july = monthRange(at("2023-07-31T17:30:00Z")); // 1/8 00:30 in Vietnam
    expect(july.month).toBe("2023-08");
    expect(july.from.toISOString()).toBe("2023-07-31T17:00:00.000Z");
    expect(july.to.toISOString()).toBe("2023-08-31T17:00:00.000Z");
    expect(monthRange(at("2023-12-15T00:00:00Z")).to.toISOString()).toBe("2023-12-31T17:00:00.000Z");
  });

  it("warns once at 80%, keeps 95% for urgent kinds, closes at the limit", async () => {
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 20, clock: movable("2023-07-25T01:00:00Z"), onEvent: (e) => events.push(e) });
    for (let i = 0; i < 16; i++) {
      expect(await budget.permit("before")).toEqual({ ok: true });
      budget.record();
    }
    expect(events.map((e) => [e.type, e.used])).toEqual([["warning", 16]]);
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record(); // 17
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record(); // 18
    expect(await budget.permit("before", 2)).toMatchObject({ ok: false, reason: "urgent_only" }); // would pass 95%
    expect(await budget.permit("reply")).toEqual({ ok: true }); // reaches 95% exactly
    budget.record(); // 19 = 95%
    expect(events.map((e) => e.type)).toEqual(["warning", "urgent_only"]);
    expect(await budget.permit("reply")).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit(undefined)).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit("before")).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(await budget.permit("overdue")).toEqual({ ok: true });
    budget.record(); // 20
    expect(await budget.permit("escalate_head")).toMatchObject({ ok: false, reason: "exhausted" });
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
    expect(events).toEqual([{ type: "exhausted", month: "2023-07", used: 0, limit: 3000, detail: "429 Quota exceeded" }]);
    clock.set("2023-07-31T17:00:00Z");
    expect(await budget.permit("before")).toEqual({ ok: true });
    expect(await budget.status()).toEqual({ month: "2023-08", used: 0, limit: 3000, level: "normal" });
  });

  it("counts what the store says was sent before, and does not warn again for a threshold crossed before a restart", async () => {
    const events: QuotaEvent[] = [];
    const budget = createQuotaBudget({ limit: 100, clock: movable("2023-07-25T01:00:00Z"), store: inMemoryQuotaStore(85), onEvent: (e) => events.push(e) });
    expect(await budget.permit("before")).toEqual({ ok: true });
    budget.record();
    expect(events).toEqual([]);
    expect((await budget.status()).used).toBe(86);
    for (let i = 0; i < 9; i++) budget.record();
    expect(events.map((e) => e.type)).toEqual(["urgent_only"]);
  });

  it("urgent kinds: overdue alerts, escalations, the budget's own notices", () => {
    expect(["overdue", "escalate_head", "escalate_secretariat", "zalo_quota_warning"].every(isUrgentKind)).toBe(true);
    expect(["before", "due_today", "reply", "digest", undefined].some(isUrgentKind)).toBe(false);
  });
});
