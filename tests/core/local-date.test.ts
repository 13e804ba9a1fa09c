import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, daysBetween, isLocalDate, vnDate, vnInstant, vnMinuteOfDay } from "../../src/core/local-date.js";

describe("calendar dates in Vietnam time", () => {
  it.each([
    ["2023-07-25", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-13-45", false],
    ["2023-06-31", false],
    ["2023-7-25", false],
    ["25/7/2023", false],
    ["2023-07-25T00:00", false],
  ])("isLocalDate(%s) = %s", (value, ok) => {
    expect(isLocalDate(value)).toBe(ok);
  });

  it("the meeting 25/7/2023 08:00 +07 is a Tuesday in Vietnam", () => {
    const meeting = new Date("2023-07-25T08:00:00+07:00");
    expect(vnDate(meeting)).toBe("2023-07-25");
    expect(vnMinuteOfDay(meeting)).toBe(8 * 60);
    expect(dayOfWeek("2023-07-25")).toBe(2);
    expect(vnInstant("2023-07-25", 8, 0).getTime()).toBe(meeting.getTime());
  });

  it("uses the Vietnam day, not the UTC day, around midnight", () => {
    expect(vnDate(new Date("2023-06-30T17:30:00Z"))).toBe("2023-07-01"); // 00:30 on 1/7 in Vietnam
    expect(vnDate(new Date("2023-06-30T16:59:59Z"))).toBe("2023-06-30");
  });

  it("does arithmetic across months and leap years", () => {
    expect(addDays("2023-07-25", 7)).toBe("2023-08-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-01-01", -1)).toBe("2022-12-31");
    expect(daysBetween("2023-07-18", "2023-07-31")).toBe(13);
  });
});
