import { describe, expect, it } from "vitest";
import { addDays, vnDate } from "../../../src/core/local-date.js";
import {
  candidateDeadlineWindow,
  overdueCandidateDeadlines,
  overdueDeadlinesDueOn,
  planReminders,
} from "../../../src/core/reminders/index.js";
import { at, calendar, policy, task } from "./fixtures.js";

describe("candidateDeadlineWindow", () => {
  it.each([
    // Monday 24/7/2023: before:7 reaches Wednesday 2/8; Thursday 3/8 would have 8 working days left.
    [at("2023-07-24", "08:00"), null, { from: "2023-07-24", to: "2023-08-02" }],
    // Friday 28/7: 7 working days on is Tuesday 8/8.
    [at("2023-07-28", "09:00"), null, { from: "2023-07-28", to: "2023-08-08" }],
    // Wednesday 7/2/2024, before Tết: 7 working days on is Friday 23/2, and its weekend has 7 left too.
    [at("2024-02-07", "08:00"), null, { from: "2024-02-07", to: "2024-02-25" }],
    // Before the slot, at weekends and on holidays nothing is due…
    [at("2023-07-24", "07:59"), null, null],
    [at("2023-07-29", "10:00"), null, null],
    // …unless a missed slot is caught up: Friday's, planned on Saturday for deadlines from Saturday on.
    [at("2023-07-29", "10:00"), at("2023-07-27", "09:00"), { from: "2023-07-29", to: "2023-08-08" }],
  ])("case %#", (now, lastPlannedAt, expected) => {
    expect(candidateDeadlineWindow(now, calendar, policy, lastPlannedAt)).toEqual(expected);
  });
});

describe("overdueDeadlinesDueOn", () => {
  it("lists the deadlines 1, 4, 5, 7, 10, … working days behind, with the days off after each", () => {
    const dates = overdueDeadlinesDueOn("2023-07-31", calendar, policy);
    // Monday 31/7: Friday 28/7 and the weekend are 1 behind; 25/7 is 4; 24/7 is 5; 20/7 is 7; 17/7 is 10.
    expect(dates.slice(0, 7)).toEqual(["2023-07-30", "2023-07-29", "2023-07-28", "2023-07-25", "2023-07-24", "2023-07-20", "2023-07-17"]);
  });

  it("stays short: one date per alert day plus the days off after it", () => {
    expect(overdueDeadlinesDueOn("2024-03-01", calendar, policy).length).toBeLessThan(80);
  });
});

describe("candidates cover everything planReminders produces", () => {
  // Every deadline from 150 days before to 40 days after each moment, one task per deadline.
  const cases = [
    { now: at("2023-07-24", "08:00"), lastPlannedAt: null },
    { now: at("2023-07-28", "08:30"), lastPlannedAt: at("2023-07-24", "08:00") },
    { now: at("2024-02-15", "09:00"), lastPlannedAt: at("2024-02-06", "12:00") },
    { now: at("2024-05-04", "10:00"), lastPlannedAt: null },
    { now: at("2023-09-05", "08:00"), lastPlannedAt: at("2023-08-31", "10:00") },
    { now: at("2025-02-03", "08:00"), lastPlannedAt: at("2025-01-24", "16:00") },
  ];

  it.each(cases.map((c) => ({ ...c, label: c.now.toISOString() })))("at $label", ({ now, lastPlannedAt }) => {
    const today = vnDate(now);
    const tasks = Array.from({ length: 190 }, (_, i) => task(i, addDays(today, i - 150)));
    const window = candidateDeadlineWindow(now, calendar, policy, lastPlannedAt);
    const overdue = new Set(overdueCandidateDeadlines(now, calendar, policy, lastPlannedAt));
    const selected = tasks.filter(
      (t) => (window !== null && t.deadline >= window.from && t.deadline <= window.to) || overdue.has(t.deadline),
    );
    const all = planReminders({ now, tasks, calendar, policy, lastPlannedAt });
    expect(all.length).toBeGreaterThan(0);
    expect(planReminders({ now, tasks: selected, calendar, policy, lastPlannedAt })).toEqual(all);
    // …and select little more than what is due.
    expect(selected.length).toBeLessThanOrEqual(new Set(all.map((r) => r.taskId)).size + 30);
  });
});
