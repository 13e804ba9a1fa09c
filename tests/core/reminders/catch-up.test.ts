import { describe, expect, it } from "vitest";
import { bundleByRecipient, planReminders, slotsDue } from "../../../src/core/reminders/index.js";
import { at, calendar, policy, task } from "./fixtures.js";

// Planned Monday 24/7/2023 at 08:00, then down Tuesday to Thursday, back on Friday 28/7 at 08:30.
const lastPlannedAt = at("2023-07-24", "08:00");
const now = at("2023-07-28", "08:30");

describe("catch-up after downtime", () => {
  it("plans each missed slot once, then today's", () => {
    expect(slotsDue(now, calendar, policy, lastPlannedAt)).toEqual(["2023-07-25", "2023-07-26", "2023-07-27", "2023-07-28"]);
  });

  it("does not replay a slot planned before the downtime", () => {
    expect(slotsDue(now, calendar, policy, at("2023-07-24", "07:59"))[0]).toBe("2023-07-24");
  });

  it("plans only today's slot without lastPlannedAt, or when it ran today", () => {
    expect(slotsDue(now, calendar, policy)).toEqual(["2023-07-28"]);
    expect(slotsDue(now, calendar, policy, at("2023-07-28", "08:00"))).toEqual(["2023-07-28"]);
  });

  it("catches up Friday's slot on a Saturday if planning stopped before it", () => {
    expect(slotsDue(at("2023-07-29", "10:00"), calendar, policy, at("2023-07-28", "07:00"))).toEqual(["2023-07-28"]);
    expect(slotsDue(at("2023-07-29", "10:00"), calendar, policy, at("2023-07-28", "09:00"))).toEqual([]);
  });

  it("catches up at most catchUpMaxDays missed slots", () => {
    const slots = slotsDue(now, calendar, { ...policy, catchUpMaxDays: 2 }, at("2023-07-01", "08:00"));
    expect(slots).toEqual(["2023-07-26", "2023-07-27", "2023-07-28"]);
  });

  const tasks = [
    task(1, "2023-07-26"), // before:1 Tue and due_today Wed missed, deadline passed: dropped; overdue:1 Thu kept
    task(2, "2023-07-31"), // before:3 Wed missed but still ahead: kept; before:1 today
    task(3, "2023-08-02"), // before:7 was planned on Monday: not again; before:3 today
    task(4, "2023-08-02", { leadUnitId: 20 }), // another unit, nothing missed
  ];

  it("drops 'before' reminders whose deadline passed and keeps the rest, each keyed by its own slot", () => {
    expect(planReminders({ now, tasks, calendar, policy, lastPlannedAt }).map((r) => r.key).sort()).toEqual([
      "task:1|overdue:1|2023-07-27",
      "task:2|before:1|2023-07-28",
      "task:2|before:3|2023-07-26",
      "task:3|before:3|2023-07-28",
      "task:4|before:3|2023-07-28",
    ]);
  });

  it("bundles one unit's reminders into one message, marked stale when it holds caught-up slots", () => {
    const bundles = bundleByRecipient(planReminders({ now, tasks, calendar, policy, lastPlannedAt }), now);
    expect(bundles.map((b) => [b.unitId, b.audience, b.stale, b.reminders.map((r) => `${r.slot} ${r.taskCode} ${r.kind}`)])).toEqual([
      [10, "unit", true, [
        "2023-07-26 NV-2 before",
        "2023-07-27 NV-1 overdue",
        "2023-07-28 NV-2 before",
        "2023-07-28 NV-3 before",
      ]],
      [20, "unit", false, ["2023-07-28 NV-4 before"]],
    ]);
  });
});
