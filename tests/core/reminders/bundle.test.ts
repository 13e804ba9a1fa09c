import { describe, expect, it } from "vitest";
import { bundleByRecipient, planReminders } from "../../../src/core/reminders/index.js";
import { at, calendar, policy, task } from "./fixtures.js";

describe("bundleByRecipient", () => {
  // Friday 11/8/2023: deadline Sunday 30/7 is 10 working days overdue, 4/8 is 5, 10/8 is 1, 14/8 has 1 left.
  const now = at("2023-08-11", "08:00");
  const tasks = [
    task(1, "2023-07-30", { code: "NV-10" }),
    task(2, "2023-08-04", { code: "NV-2" }),
    task(3, "2023-08-10", { code: "NV-9" }),
    task(4, "2023-08-14", { code: "NV-1", leadUnitId: 5 }),
  ];
  const bundles = bundleByRecipient(planReminders({ now, tasks, calendar, policy }), now);

  it("makes one bundle per unit and audience, most urgent first", () => {
    expect(bundles.map((b) => [b.unitId, b.audience, b.stale, b.reminders.map((r) => `${r.taskCode} ${r.kind}:${r.offset}`)])).toEqual([
      [5, "unit", false, ["NV-1 before:1"]],
      [10, "unit", false, ["NV-10 overdue:10", "NV-9 overdue:1"]],
      [10, "unit_head", false, ["NV-2 escalate_head:5"]],
      [10, "secretariat", false, ["NV-10 escalate_secretariat:10"]],
    ]);
  });

  it("returns nothing for nothing", () => {
    expect(bundleByRecipient([], now)).toEqual([]);
  });
});
