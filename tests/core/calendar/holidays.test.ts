import { describe, it, expect } from "vitest";
import { dayOfWeek } from "../../../src/core/local-date.js";
import { HOLIDAY_KINDS } from "../../../src/core/calendar/holiday-kinds.js";
import { announcedWorkingSaturdays, publicHolidays } from "../../../src/core/calendar/holidays.js";
import { OFFICIAL_DAYS_OFF } from "../../../src/core/calendar/official-days-off.js";

const table = (year: number, overrides?: Parameters<typeof publicHolidays>[1]) =>
  publicHolidays(year, overrides).map((day) => `${day.date} ${day.name}`);

describe("publicHolidays: computed defaults (Labour Code 2019)", () => {
  it("computes a year without announcements (2031)", () => {
    expect(table(2031)).toEqual([
      "2031-01-01 Tết Dương lịch",
      // Tết 23/1: the last day of Canh Tuất plus mùng 1–4; Sat 25 and Sun 26 are made good on Mon and Tue.
      "2031-01-22 Tết Nguyên đán", "2031-01-23 Tết Nguyên đán", "2031-01-24 Tết Nguyên đán",
      "2031-01-25 Tết Nguyên đán", "2031-01-26 Tết Nguyên đán", "2031-01-27 Nghỉ bù", "2031-01-28 Nghỉ bù",
      "2031-04-01 Giỗ Tổ Hùng Vương",
      "2031-04-30 Ngày Giải phóng miền Nam",
      "2031-05-01 Ngày Quốc tế Lao động",
      "2031-09-01 Ngày Quốc khánh", "2031-09-02 Ngày Quốc khánh", // 2/9 a Tuesday: Monday 1/9 joins the weekend
    ]);
    expect(publicHolidays(2031).every((day) => day.source === "computed")).toBe(true);
  });

  it("moves a holiday on a Sunday to Monday (1/1/2034)", () => {
    expect(table(2034).slice(0, 2)).toEqual(["2034-01-01 Tết Dương lịch", "2034-01-02 Nghỉ bù"]);
  });

  it("gives nghỉ bù for Giỗ Tổ on Sunday 26/4/2026, a holiday 2026's announcements leave to the rules", () => {
    const april = publicHolidays(2026).filter((day) => day.date.startsWith("2026-04"));
    expect(april.map((day) => [day.date, day.name, day.source])).toEqual([
      ["2026-04-26", "Giỗ Tổ Hùng Vương", "computed"],
      ["2026-04-27", "Nghỉ bù", "computed"],
      ["2026-04-30", "Ngày Giải phóng miền Nam", "computed"],
    ]);
  });

  it.each([
    [2021, ["2021-09-02", "2021-09-03"]], // Thursday: Friday joins the weekend
    [2022, ["2022-09-01", "2022-09-02"]], // Friday: Thursday, since Saturday is already off
    [2023, ["2023-09-01", "2023-09-02", "2023-09-04"]], // Saturday: Friday, and nghỉ bù on Monday
    [2024, ["2024-09-02", "2024-09-03"]], // Monday: Tuesday, since Sunday is already off
    [2029, ["2029-09-02", "2029-09-03", "2029-09-04"]], // Sunday: Monday, and nghỉ bù on Tuesday
  ])("picks the day next to 2/9 in %i as announcements do", (year, dates) => {
    const computed = publicHolidays(year, {}).filter((day) => day.holiday === "national-day");
    expect(computed.map((day) => day.date)).toEqual(dates);
  });

  it("reproduces announced breaks that needed no decision (30/4–1/5/2023)", () => {
    const rules = table(2023, {}).filter((row) => row >= "2023-04" && row < "2023-06");
    const announced = table(2023).filter((row) => row >= "2023-04" && row < "2023-06");
    expect(rules).toEqual(announced);
  });
});

describe("publicHolidays: announced data wins", () => {
  it("uses the announced Tết 2024 break and its nghỉ bù", () => {
    const tet = publicHolidays(2024).filter((day) => day.holiday === "tet");
    expect(tet.map((day) => `${day.date} ${day.name}`)).toEqual([
      "2024-02-08 Tết Nguyên đán", "2024-02-09 Tết Nguyên đán", "2024-02-10 Tết Nguyên đán",
      "2024-02-11 Tết Nguyên đán", "2024-02-12 Tết Nguyên đán", "2024-02-13 Nghỉ bù", "2024-02-14 Nghỉ bù",
    ]);
    expect(tet.every((day) => day.source === "announced")).toBe(true);
  });

  it("counts a break announced under the next year (31/12/2022 before Tết Dương lịch 2023)", () => {
    expect(table(2022).at(-1)).toBe("2022-12-31 Tết Dương lịch");
    expect(table(2022, {})).not.toContain("2022-12-31 Tết Dương lịch");
  });

  it("lists make-up Saturdays by the year they fall in", () => {
    expect(announcedWorkingSaturdays(2024)).toEqual(["2024-05-04"]);
    expect(announcedWorkingSaturdays(2025)).toEqual(["2025-04-26"]);
    expect(announcedWorkingSaturdays(2031)).toEqual([]);
  });
});

describe("OFFICIAL_DAYS_OFF data", () => {
  const years = Object.entries(OFFICIAL_DAYS_OFF);

  it.each(years)("%s: ranges are ordered, make-up days are Saturdays outside any break", (_year, entry) => {
    const offDays = new Set(publicHolidays(Number(_year)).map((day) => day.date));
    for (const range of entry.daysOff) {
      expect(range.from <= range.to, `${range.from}–${range.to}`).toBe(true);
      expect(HOLIDAY_KINDS).toContain(range.holiday);
    }
    for (const saturday of entry.workingSaturdays) {
      expect(dayOfWeek(saturday), saturday).toBe(6);
      expect(offDays.has(saturday), saturday).toBe(false);
    }
  });
});
