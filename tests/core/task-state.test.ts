import { describe, expect, it } from "vitest";
import { vnInstant } from "../../src/core/local-date.js";
import type { Task } from "../../src/core/model.js";
import { planProgress } from "../../src/core/plan-progress.js";
import { isOpen, taskState } from "../../src/core/task-state.js";

type TaskFacts = Pick<Task, "status" | "deadline" | "completedAt">;

const task = (status: Task["status"], deadline: string, completedAt: Date | null = null): TaskFacts => ({ status, deadline, completedAt });
const TODAY = "2023-07-25";

describe("taskState: where a task stands on a given day", () => {
  it("done on or before the deadline is on time", () => {
    expect(taskState(task("done", "2023-06-30", vnInstant("2023-06-20", 17)), TODAY)).toBe("done_on_time");
    // Completed on the deadline day itself, late in the evening Vietnam time (UTC still the same day).
    expect(taskState(task("done", "2023-06-30", vnInstant("2023-06-30", 23, 59)), TODAY)).toBe("done_on_time");
  });

  it("done after the deadline is late, judged by the Vietnam calendar day", () => {
    expect(taskState(task("done", "2023-04-30", vnInstant("2023-05-12", 17)), TODAY)).toBe("done_late");
    // 00:30 on 1/7 in Vietnam is still 30/6 in UTC: the Vietnam day decides.
    expect(taskState(task("done", "2023-06-30", vnInstant("2023-07-01", 0, 30)), TODAY)).toBe("done_late");
  });

  it("done stays done whatever the day you ask, even long after the deadline", () => {
    expect(taskState(task("done", "2023-03-31", vnInstant("2023-03-09", 17)), "2030-01-01")).toBe("done_on_time");
  });

  it("done without a completion date counts as on time", () => {
    expect(taskState(task("done", "2023-03-31", null), TODAY)).toBe("done_on_time");
  });

  it("open work past its deadline is overdue, whatever was reported", () => {
    expect(taskState(task("in_progress", "2023-06-30"), TODAY)).toBe("overdue");
    expect(taskState(task("not_started", "2023-07-24"), TODAY)).toBe("overdue");
    expect(taskState(task("blocked", "2023-01-31"), TODAY)).toBe("overdue");
  });

  it("the deadline day itself is still within the deadline", () => {
    expect(taskState(task("in_progress", TODAY), TODAY)).toBe("in_progress_on_time");
    expect(taskState(task("not_started", TODAY), TODAY)).toBe("not_started_on_time");
  });

  it("in progress within the deadline", () => {
    expect(taskState(task("in_progress", "2023-12-15"), TODAY)).toBe("in_progress_on_time");
  });

  it("not started and blocked within the deadline count as not started on time", () => {
    expect(taskState(task("not_started", "2023-11-30"), TODAY)).toBe("not_started_on_time");
    expect(taskState(task("blocked", "2023-11-30"), TODAY)).toBe("not_started_on_time");
  });

  it("a report awaiting confirmation is neither done nor overdue", () => {
    expect(taskState(task("pending_confirmation", "2023-06-30"), TODAY)).toBe("awaiting_confirmation");
    expect(taskState(task("pending_confirmation", "2023-12-31"), TODAY)).toBe("awaiting_confirmation");
  });

  it("the same task changes state as days pass", () => {
    const t = task("in_progress", "2023-11-30");
    expect(taskState(t, "2023-11-29")).toBe("in_progress_on_time");
    expect(taskState(t, "2023-11-30")).toBe("in_progress_on_time");
    expect(taskState(t, "2023-12-01")).toBe("overdue");
  });

  it("isOpen: everything but done", () => {
    expect(isOpen({ status: "done" })).toBe(false);
    for (const status of ["not_started", "in_progress", "blocked", "pending_confirmation"] as const) expect(isOpen({ status })).toBe(true);
  });
});

describe("planProgress", () => {
  it("the demo plan on 25/7/2023: 14/43 → 32.55, 29 remaining", () => {
    const progress = planProgress({ total: 43, done: 14, inProgressOnTime: 8, overdue: 6, notStartedOnTime: 15, awaitingConfirmation: 0 });
    expect(progress).toEqual({
      total: 43,
      done: 14,
      inProgressOnTime: 8,
      overdue: 6,
      notStarted: 15,
      awaitingConfirmation: 0,
      rate: 32.55,
      remaining: 29,
      // Counts that do not tell blocked, late or extended tasks apart read as none, and as issued as in force.
      blocked: 0,
      doneLate: 0,
      extended: 0,
      asIssued: { overdue: 6, inProgressOnTime: 8, notStarted: 15, doneLate: 0 },
    });
  });

  it("counts a task awaiting confirmation as remaining, not done", () => {
    const progress = planProgress({ total: 10, done: 3, inProgressOnTime: 2, overdue: 1, notStartedOnTime: 2, awaitingConfirmation: 2 });
    expect(progress.rate).toBe(30);
    expect(progress.remaining).toBe(7);
    expect(progress.awaitingConfirmation).toBe(2);
  });

  it("an empty plan has rate 0", () => {
    const progress = planProgress({ total: 0, done: 0, inProgressOnTime: 0, overdue: 0, notStartedOnTime: 0, awaitingConfirmation: 0 });
    expect(progress.rate).toBe(0);
    expect(progress.remaining).toBe(0);
  });

  it("a finished plan is 100", () => {
    expect(planProgress({ total: 43, done: 43, inProgressOnTime: 0, overdue: 0, notStartedOnTime: 0, awaitingConfirmation: 0 }).rate).toBe(100);
  });
});
