import { describe, expect, it } from "vitest";
import { initialOverdueReminders, initialOverdueWindow } from "../../../src/core/reminders/index.js";
import { at, calendar, policy, task } from "./fixtures.js";

/** The first planning ever tells each unit once about tasks already overdue, instead of waiting for an alert day. */
describe("first run", () => {
  const now = at("2023-07-25", "08:00");

  it("alerts every task overdue within the recurring alerts, counted in working days", () => {
    const tasks = [
      task(1, "2023-06-30"), // 17 working days overdue: not an alert day, alerted on the first run
      task(2, "2023-07-24"), // 1: an alert day anyway, same key
      task(3, "2023-07-25"), // due today: not overdue
      task(4, "2023-06-30", { status: "done" }),
      task(5, "2023-01-31"), // beyond overdueMaxDays: the secretariat owns it
    ];
    expect(initialOverdueReminders(now, tasks, calendar, policy).map((r) => r.key)).toEqual([
      "task:1|overdue:17|2023-07-25",
      "task:2|overdue:1|2023-07-25",
    ]);
  });

  it("waits for today's slot, on a working day", () => {
    expect(initialOverdueReminders(at("2023-07-25", "07:00"), [task(1, "2023-06-30")], calendar, policy)).toEqual([]);
    expect(initialOverdueWindow(at("2023-07-29", "09:00"), calendar, policy)).toBeNull();
  });

  it("looks up deadlines from overdueMaxDays working days back to yesterday", () => {
    const window = initialOverdueWindow(now, calendar, policy)!;
    expect(window.to).toBe("2023-07-24");
    expect(calendar.workingDaysBetween(window.from, "2023-07-25")).toBe(policy.overdueMaxDays);
  });
});
