import { describe, expect, it } from "vitest";
import { planReminders } from "../../../src/core/reminders/index.js";
import { at, calendar, policy, task, timeline } from "./fixtures.js";

describe("reminders before the deadline, in working days", () => {
  it.each([
    {
      name: "Friday 16/2/2024, just after Tết (off 8/2–14/2)",
      deadline: "2024-02-16",
      from: "2024-01-20",
      to: "2024-02-16",
      expected: ["2024-01-31 before:7", "2024-02-06 before:3", "2024-02-15 before:1", "2024-02-16 due_today:0"],
    },
    {
      name: "Wednesday 5/2/2025, after Tết (off 25/1–2/2)",
      deadline: "2025-02-05",
      from: "2025-01-10",
      to: "2025-02-05",
      expected: ["2025-01-20 before:7", "2025-01-24 before:3", "2025-02-04 before:1", "2025-02-05 due_today:0"],
    },
    {
      name: "Monday 6/5/2024, after 30/4–1/5 with the make-up Saturday 4/5",
      deadline: "2024-05-06",
      from: "2024-04-15",
      to: "2024-05-06",
      expected: ["2024-04-23 before:7", "2024-05-02 before:3", "2024-05-04 before:1", "2024-05-06 due_today:0"],
    },
    {
      name: "Wednesday 6/9/2023, after Quốc khánh (off 1/9–4/9)",
      deadline: "2023-09-06",
      from: "2023-08-15",
      to: "2023-09-06",
      expected: ["2023-08-24 before:7", "2023-08-30 before:3", "2023-09-05 before:1", "2023-09-06 due_today:0"],
    },
    {
      name: "Sunday 30/7/2023: 'on the day' goes out on the Friday before",
      deadline: "2023-07-30",
      from: "2023-07-10",
      to: "2023-07-30",
      expected: ["2023-07-19 before:7", "2023-07-25 before:3", "2023-07-27 before:1", "2023-07-28 due_today:0"],
    },
    {
      name: "Saturday 2/9/2023, itself a holiday: 'on the day' on Thursday 31/8",
      deadline: "2023-09-02",
      from: "2023-08-10",
      to: "2023-09-04",
      expected: ["2023-08-22 before:7", "2023-08-28 before:3", "2023-08-30 before:1", "2023-08-31 due_today:0"],
    },
  ])("$name", ({ deadline, from, to, expected }) => {
    expect(timeline(deadline, from, to)).toEqual(expected);
  });
});

describe("after the deadline", () => {
  it("alerts on the next working day, every 3 working days after, and escalates at 5 and 10", () => {
    expect(timeline("2023-07-30", "2023-07-31", "2023-08-18")).toEqual([
      "2023-07-31 overdue:1",
      "2023-08-03 overdue:4",
      "2023-08-04 escalate_head:5",
      "2023-08-08 overdue:7",
      "2023-08-11 escalate_secretariat:10",
      "2023-08-11 overdue:10",
      "2023-08-16 overdue:13",
    ]);
  });

  it("counts overdue days across Tết 2024", () => {
    expect(timeline("2024-02-07", "2024-02-08", "2024-02-29")).toEqual([
      "2024-02-15 overdue:1",
      "2024-02-20 overdue:4",
      "2024-02-21 escalate_head:5",
      "2024-02-23 overdue:7",
      "2024-02-28 escalate_secretariat:10",
      "2024-02-28 overdue:10",
    ]);
  });

  it("stops repeating after overdueMaxDays", () => {
    const short = { ...policy, overdueMaxDays: 7 };
    expect(timeline("2023-07-30", "2023-07-31", "2023-09-29", short)).toEqual([
      "2023-07-31 overdue:1",
      "2023-08-03 overdue:4",
      "2023-08-04 escalate_head:5",
      "2023-08-08 overdue:7",
      "2023-08-11 escalate_secretariat:10",
    ]);
  });

  it("addresses escalations to the head and the secretariat", () => {
    const due = planReminders({ now: at("2023-08-11", "08:00"), tasks: [task(1, "2023-07-30")], calendar, policy });
    expect(due.map((r) => [r.kind, r.audience, r.unitId])).toEqual([
      ["escalate_secretariat", "secretariat", 10],
      ["overdue", "unit", 10],
    ]);
  });
});

describe("the daily slot", () => {
  const tasks = [task(1, "2023-07-25"), task(2, "2023-07-27"), task(3, "2023-08-02")];

  it.each([
    ["07:59", []],
    ["08:00", ["task:1|before:1|2023-07-24", "task:2|before:3|2023-07-24", "task:3|before:7|2023-07-24"]],
    ["16:59", ["task:1|before:1|2023-07-24", "task:2|before:3|2023-07-24", "task:3|before:7|2023-07-24"]],
  ])("at %s on Monday 24/7/2023 plans %j", (time, keys) => {
    expect(planReminders({ now: at("2023-07-24", time), tasks, calendar, policy }).map((r) => r.key)).toEqual(keys);
  });

  it("sets dueAt to the slot day at sendAt, Vietnam time", () => {
    const [first] = planReminders({ now: at("2023-07-24", "15:00"), tasks, calendar, policy });
    expect(first?.dueAt.toISOString()).toBe("2023-07-24T01:00:00.000Z");
    expect(first?.dueAt).toEqual(new Date("2023-07-24T08:00:00+07:00"));
  });

  it("gives the same keys when the same moment is planned twice, or again an hour later", () => {
    const plan = (time: string) => planReminders({ now: at("2023-07-24", time), tasks, calendar, policy });
    expect(plan("08:00")).toEqual(plan("08:00"));
    expect(plan("09:00").map((r) => r.key)).toEqual(plan("08:00").map((r) => r.key));
  });

  it.each([
    ["Saturday", "2023-07-29"],
    ["Sunday", "2023-07-30"],
    ["holiday", "2023-09-04"],
  ])("plans nothing on a %s", (_, day) => {
    const everything = Array.from({ length: 200 }, (_, i) => task(i, calendar.addWorkingDays("2023-05-01", i)));
    expect(planReminders({ now: at(day, "10:00"), tasks: everything, calendar, policy })).toEqual([]);
  });
});

describe("task status", () => {
  it.each([
    ["not_started", 1],
    ["in_progress", 1],
    ["blocked", 1],
    ["pending_confirmation", 0],
    ["done", 0],
  ] as const)("%s gets %i reminders", (status, count) => {
    const tasks = [task(1, "2023-07-25", { status })];
    expect(planReminders({ now: at("2023-07-24", "08:00"), tasks, calendar, policy })).toHaveLength(count);
  });
});
