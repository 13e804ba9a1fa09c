import { describe, expect, it } from "vitest";
import { isSendingAllowed, nextSendingWindow } from "../../../src/core/reminders/index.js";
import { at, calendar, policy } from "./fixtures.js";

describe("isSendingAllowed", () => {
  it.each([
    ["Monday 10:00", "2023-07-24", "10:00", true],
    ["just before working hours", "2023-07-24", "07:29", false],
    ["as working hours begin", "2023-07-24", "07:30", true],
    ["the last minute", "2023-07-24", "16:59", true],
    ["as working hours end", "2023-07-24", "17:00", false],
    ["Monday 20:00", "2023-07-24", "20:00", false],
    ["a Saturday", "2023-07-29", "10:00", false],
    ["a Sunday", "2023-07-30", "10:00", false],
    ["a holiday (nghỉ bù 4/9/2023)", "2023-09-04", "10:00", false],
    ["Tết 2025", "2025-01-29", "10:00", false],
    ["the make-up Saturday 4/5/2024", "2024-05-04", "10:00", true],
  ])("%s (%s %s): %s", (_, day, time, allowed) => {
    expect(isSendingAllowed(at(day, time), calendar, policy)).toBe(allowed);
  });
});

describe("nextSendingWindow", () => {
  it.each([
    ["within working hours: now", "2023-07-24", "10:00", "2023-07-24", "10:00"],
    ["early morning: today's opening", "2023-07-24", "06:00", "2023-07-24", "07:30"],
    ["evening: the next working day", "2023-07-24", "20:00", "2023-07-25", "07:30"],
    ["Friday evening: Monday", "2023-07-28", "20:00", "2023-07-31", "07:30"],
    ["before Quốc khánh 2023: Tuesday 5/9", "2023-08-31", "18:00", "2023-09-05", "07:30"],
    ["during Tết 2024: Thursday 15/2", "2024-02-10", "09:00", "2024-02-15", "07:30"],
    ["Friday 3/5/2024 evening: the make-up Saturday", "2024-05-03", "18:00", "2024-05-04", "07:30"],
  ])("%s", (_, day, time, nextDay, nextTime) => {
    expect(nextSendingWindow(at(day, time), calendar, policy)).toEqual(at(nextDay, nextTime));
  });
});
