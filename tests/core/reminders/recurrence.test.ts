import { describe, expect, it } from "vitest";
import { type DeadlineShape, isPeriodEnd, periodEnd, periodEndsBetween, periodStart, reminderDeadline } from "../../../src/core/reminders/index.js";
import { reopensOn } from "../../../src/core/reminders/recurrence.js";

const task = (shape: Partial<DeadlineShape>): DeadlineShape => ({ deadline: "2023-12-31", deadlineKind: "recurring", recurrence: "quarterly", deadlineFrom: null, ...shape });

describe("recurring deadlines (Thường xuyên, Hằng quý, Hằng năm, Cả năm) and on-demand ones", () => {
  it("periods: a quarter for continuous and quarterly duties, a month, a year", () => {
    expect(periodEnd("quarterly", "2023-07-25")).toBe("2023-09-30");
    expect(periodEnd("continuous", "2023-07-25")).toBe("2023-09-30");
    expect(periodEnd("monthly", "2024-02-10")).toBe("2024-02-29");
    expect(periodEnd("yearly", "2023-07-25")).toBe("2023-12-31");
    expect(periodStart("quarterly", "2023-08-10")).toBe("2023-07-01");
    expect(isPeriodEnd("quarterly", "2023-06-30")).toBe(true);
    expect(isPeriodEnd("quarterly", "2023-07-31")).toBe(false);
    expect(periodEndsBetween("quarterly", "2023-01-01", "2023-12-31")).toEqual(["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"]);
  });

  it("a recurring task is due at the end of the period it is in, so it is reminded every period", () => {
    const t = task({});
    expect(reminderDeadline(t, "2023-02-01")).toBe("2023-03-31");
    expect(reminderDeadline(t, "2023-03-31")).toBe("2023-03-31");
    expect(reminderDeadline(t, "2023-07-25")).toBe("2023-09-30");
  });

  it("never becomes overdue: the day after a period ends, the next period's end is the deadline", () => {
    const t = task({});
    for (const today of ["2023-04-01", "2023-05-15", "2023-10-01", "2023-12-31"]) expect(reminderDeadline(t, today)! >= today).toBe(true);
  });

  it("stops after its last day and starts at its first", () => {
    expect(reminderDeadline(task({ deadline: "2023-08-15" }), "2023-07-25")).toBe("2023-08-15");
    expect(reminderDeadline(task({}), "2024-01-02")).toBeNull();
    expect(reminderDeadline(task({ deadlineFrom: "2026-01-01", deadline: "2030-12-31", recurrence: "yearly" }), "2025-06-01")).toBe("2026-12-31");
  });

  it("an on-demand task has no day to count from; a one-day or range deadline is its own", () => {
    expect(reminderDeadline(task({ deadlineKind: "on_demand", recurrence: null }), "2023-07-25")).toBeNull();
    expect(reminderDeadline(task({ deadlineKind: "fixed", recurrence: null, deadline: "2023-06-30" }), "2023-07-25")).toBe("2023-06-30");
    expect(reminderDeadline(task({ deadlineKind: "range", recurrence: null, deadline: "2030-12-31", deadlineFrom: "2026-01-01" }), "2027-01-01")).toBe("2030-12-31");
  });

  it("a recurring duty done is due again from the next period's first day, unless its run ends with this one", () => {
    expect(reopensOn(task({}), "2023-08-10")).toBe("2023-10-01");
    expect(reopensOn(task({ recurrence: "monthly" }), "2023-08-31")).toBe("2023-09-01");
    expect(reopensOn(task({ recurrence: "continuous" }), "2023-02-01")).toBe("2023-04-01");
    expect(reopensOn(task({}), "2023-11-15")).toBeNull();
    expect(reopensOn(task({ recurrence: "yearly", deadline: "2030-12-31" }), "2026-06-01")).toBe("2027-01-01");
    expect(reopensOn(task({ deadlineKind: "fixed", recurrence: null }), "2023-08-10")).toBeNull();
  });
});
