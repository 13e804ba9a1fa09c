import { describe, it, expect } from "vitest";
import { createWorkingCalendar } from "../../../src/core/calendar/working-days.js";

const calendar = createWorkingCalendar();

describe("isWorkingDay and holidayName", () => {
  it.each([
    // Tết 2024: Thu 8/2 – Wed 14/2
    ["2024-02-07", true, null],
    ["2024-02-08", false, "Tết Nguyên đán"],
    ["2024-02-10", false, "Tết Nguyên đán"],
    ["2024-02-14", false, "Nghỉ bù"],
    ["2024-02-15", true, null],
    // Tết 2025: Sat 25/1 – Sun 2/2, no make-up Saturday
    ["2025-01-24", true, null],
    ["2025-01-27", false, "Tết Nguyên đán"],
    ["2025-01-31", false, "Tết Nguyên đán"],
    ["2025-02-03", true, null],
    ["2025-02-08", false, null],
    // 30/4–1/5/2024: Mon 29/4 swapped with Sat 4/5
    ["2024-04-26", true, null],
    ["2024-04-29", false, "Nghỉ hoán đổi"],
    ["2024-04-30", false, "Ngày Giải phóng miền Nam"],
    ["2024-05-01", false, "Ngày Quốc tế Lao động"],
    ["2024-05-02", true, null],
    ["2024-05-04", true, null],
    ["2024-05-05", false, null],
    // 30/4–1/5/2025: Fri 2/5 swapped with Sat 26/4
    ["2025-04-26", true, null],
    ["2025-05-02", false, "Nghỉ hoán đổi"],
    ["2025-05-05", true, null],
    // 2/9/2023 (Sat): off Fri 1/9 – Mon 4/9
    ["2023-08-31", true, null],
    ["2023-09-01", false, "Ngày Quốc khánh"],
    ["2023-09-04", false, "Nghỉ bù"],
    ["2023-09-05", true, null],
    // 2/9/2024 (Mon): off Sat 31/8 – Tue 3/9
    ["2024-08-30", true, null],
    ["2024-09-02", false, "Ngày Quốc khánh"],
    ["2024-09-03", false, "Ngày Quốc khánh"],
    ["2024-09-04", true, null],
    // Tết Dương lịch 2026: Fri 2/1 swapped with Sat 10/1
    ["2026-01-02", false, "Nghỉ hoán đổi"],
    ["2026-01-10", true, null],
    // Giỗ Tổ 2026 on a Sunday, computed: nghỉ bù on Monday
    ["2026-04-26", false, "Giỗ Tổ Hùng Vương"],
    ["2026-04-27", false, "Nghỉ bù"],
    // 2031 has no announcements: computed Tết 22/1–26/1 plus nghỉ bù 27–28/1
    ["2031-01-21", true, null],
    ["2031-01-22", false, "Tết Nguyên đán"],
    ["2031-01-28", false, "Nghỉ bù"],
    ["2031-01-29", true, null],
    ["2031-09-01", false, "Ngày Quốc khánh"],
    // Ordinary days
    ["2025-03-12", true, null],
    ["2025-03-15", false, null],
    ["2025-03-16", false, null],
  ])("%s: working %s, holiday %s", (date, working, name) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.holidayName(date)).toBe(name);
  });
});

describe("nextWorkingDay and previousWorkingDay", () => {
  it.each([
    ["2024-02-07", "2024-02-15"], // strictly after, across Tết 2024
    ["2024-05-03", "2024-05-04"], // make-up Saturday counts
    ["2025-03-14", "2025-03-17"], // Friday → Monday
    ["2022-12-30", "2023-01-03"], // across the year end and Tết Dương lịch 2023
  ])("after %s comes %s", (date, next) => {
    expect(calendar.nextWorkingDay(date)).toBe(next);
    expect(calendar.previousWorkingDay(next)).toBe(date);
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["2025-01-24", 1, "2025-02-03"], // across Tết 2025
    ["2025-01-24", 5, "2025-02-07"],
    ["2025-02-03", -1, "2025-01-24"],
    ["2024-04-26", 1, "2024-05-02"], // across 30/4–1/5/2024
    ["2024-04-26", 3, "2024-05-04"], // …Thu 2/5, Fri 3/5, then the make-up Saturday 4/5
    ["2025-03-12", 0, "2025-03-12"], // 0 on a working day: the day itself
    ["2025-03-15", 0, "2025-03-17"], // 0 on a weekend: the next working day
    ["2025-01-27", 0, "2025-02-03"], // 0 during Tết: the first day back
    ["2025-03-15", -1, "2025-03-14"], // back from a Saturday
    ["2025-12-31", 2, "2026-01-06"], // across Tết Dương lịch 2026 (2/1 swapped)
  ])("%s + %i working days = %s", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it("rejects fractional day counts", () => {
    expect(() => calendar.addWorkingDays("2025-03-12", 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it.each([
    ["2025-01-24", "2025-02-03", 1],
    ["2025-01-24", "2025-01-24", 0],
    ["2025-02-03", "2025-01-24", -1],
    ["2024-04-26", "2024-05-06", 4], // 2/5, 3/5, make-up Saturday 4/5, 6/5
    ["2025-03-14", "2025-03-16", 0], // only the weekend after from
    ["2025-03-14", "2025-03-17", 1],
    ["2023-12-29", "2024-01-02", 1], // across the year end: 1/1/2024 off
    ["2024-12-31", "2025-12-31", 250], // 2025: 261 weekdays − 12 weekdays off + make-up Saturday 26/4
  ])("(%s, %s] holds %i working days", (from, to, count) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(count);
  });

  it("agrees with addWorkingDays in both directions", () => {
    for (const n of [-40, -7, -1, 1, 3, 20, 250, 700]) {
      const end = calendar.addWorkingDays("2024-02-07", n);
      expect(calendar.workingDaysBetween("2024-02-07", end)).toBe(n);
    }
  });
});

describe("custom data", () => {
  it("ignores announcements when given none, falling back to the Labour Code defaults", () => {
    const rulesOnly = createWorkingCalendar({});
    expect(rulesOnly.isWorkingDay("2024-04-29")).toBe(true); // the swap exists only in the announcement
    expect(rulesOnly.isWorkingDay("2024-05-04")).toBe(false);
    expect(rulesOnly.holidayName("2024-02-09")).toBe("Tết Nguyên đán"); // computed 9/2–13/2
  });
});
