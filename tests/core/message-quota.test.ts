import { describe, expect, it } from "vitest";
import { decide, isUrgentKind, levelOf, monthRange, thresholdNotices, type QuotaCount } from "../../src/core/message-quota.js";

const t = { limit: 100, warnAt: 0.8, urgentAt: 0.95 };
const month = (used: number, exhausted: string | null = null): QuotaCount => ({ month: "2023-07", used, exhausted });

describe("monthly message quota rules", () => {
  it("months run in Vietnam time", () => {
    const august = monthRange(new Date("2023-07-31T17:30:00Z")); // 1/8 00:30 in Vietnam
    expect(august.month).toBe("2023-08");
    expect(august.from.toISOString()).toBe("2023-07-31T17:00:00.000Z");
    expect(august.to.toISOString()).toBe("2023-08-31T17:00:00.000Z");
    expect(monthRange(new Date("2023-12-15T00:00:00Z")).to.toISOString()).toBe("2023-12-31T17:00:00.000Z");
  });

  it("levels: normal, warning from 80%, urgent only from 95%, exhausted at the limit or once closed", () => {
    expect([0, 79, 80, 94, 95, 99, 100].map((used) => levelOf(month(used), t))).toEqual(["normal", "normal", "warning", "warning", "urgent_only", "urgent_only", "exhausted"]);
    expect(levelOf(month(3, "429 Quota exceeded"), t)).toBe("exhausted");
  });

  it("from 95% a reply is refused and calls for the 95% notice; an overdue alert still goes", () => {
    expect(decide(month(95), "reply", 1, t)).toMatchObject({ decision: { ok: false, reason: "urgent_only" }, notice: "urgent_only" });
    expect(decide(month(94), "reply", 1, t)).toEqual({ decision: { ok: true } });
    expect(decide(month(94), "before", 2, t).decision).toMatchObject({ ok: false, reason: "urgent_only" });
    expect(decide(month(99), "overdue", 1, t)).toEqual({ decision: { ok: true } });
  });

  it("the full count closes the month; a closed month refuses everything with its reason", () => {
    expect(decide(month(100), "escalate_head", 1, t)).toEqual({
      decision: { ok: false, reason: "exhausted", detail: "100/100 messages used in 2023-07" },
      close: "100/100 messages used in 2023-07",
      notice: "exhausted",
    });
    expect(decide(month(5, "429 Quota exceeded"), "overdue", 1, t)).toEqual({ decision: { ok: false, reason: "exhausted", detail: "429 Quota exceeded" } });
  });

  it("notices earned by a count; once the month is closed, only the closing one", () => {
    expect(thresholdNotices(month(79), t)).toEqual([]);
    expect(thresholdNotices(month(80), t)).toEqual(["warning"]);
    expect(thresholdNotices(month(97), t)).toEqual(["warning", "urgent_only"]);
    expect(thresholdNotices(month(97, "429"), t)).toEqual(["exhausted"]);
    expect(thresholdNotices(month(3, "429"), t)).toEqual(["exhausted"]);
  });

  it("urgent kinds: overdue alerts, escalations, the budget's own notices", () => {
    expect(["overdue", "escalate_head", "escalate_secretariat", "zalo_quota_warning"].every(isUrgentKind)).toBe(true);
    expect(["before", "due_today", "reply", "digest", undefined].some(isUrgentKind)).toBe(false);
  });
});
