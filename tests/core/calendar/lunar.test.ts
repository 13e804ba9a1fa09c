import { describe, it, expect } from "vitest";
import { addDays } from "../../../src/core/local-date.js";
import { lunarToSolar, solarToLunar } from "../../../src/core/calendar/lunar.js";

describe("Vietnamese lunar calendar (UTC+7)", () => {
  it.each([
    [2023, "2023-01-22"], [2024, "2024-02-10"], [2025, "2025-01-29"], [2026, "2026-02-17"],
    [2027, "2027-02-06"], [2028, "2028-01-26"], [2029, "2029-02-13"], [2030, "2030-02-02"],
  ])("Tết %i falls on %s", (year, date) => {
    expect(lunarToSolar(year, 1, 1)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it.each([
    [2023, "2023-04-29"], [2024, "2024-04-18"], [2025, "2025-04-07"], [2026, "2026-04-26"], [2027, "2027-04-16"],
  ])("Giỗ Tổ Hùng Vương %i falls on %s", (year, date) => {
    expect(lunarToSolar(year, 3, 10)).toBe(date);
  });

  it("puts Tết 2030 on 2 February, where China's UTC+8 calendar has 3 February", () => {
    expect(solarToLunar("2030-02-03")).toEqual({ year: 2030, month: 1, day: 2, leap: false });
  });

  it.each([
    ["2020-05-23", 2020, 4], ["2023-03-22", 2023, 2], ["2025-07-25", 2025, 6],
  ])("starts a leap month on %s (year %i, month %i nhuận)", (date, year, month) => {
    expect(solarToLunar(date)).toEqual({ year, month, day: 1, leap: true });
    expect(lunarToSolar(year, month, 1, true)).toBe(date);
    expect(lunarToSolar(year, month, 1)).not.toBe(date);
  });

  it("gives the last day of the old year before each Tết (29 or 30 tháng Chạp)", () => {
    expect(solarToLunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar("2024-02-09")).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it("round-trips and advances one lunar day per solar day over 2000–2100", () => {
    let previous = solarToLunar("1999-12-31");
    for (let date = "2000-01-01"; date <= "2100-12-31"; date = addDays(date, 1)) {
      const lunar = solarToLunar(date);
      if (lunar.day === 1) {
        expect(previous.day === 29 || previous.day === 30, `month before ${date} has 29 or 30 days`).toBe(true);
      } else {
        expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      }
      expect(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap)).toBe(date);
      previous = lunar;
    }
  });

  it("rejects leap months a year does not have and days past the month's end", () => {
    expect(() => lunarToSolar(2024, 3, 1, true)).toThrow(RangeError);
    expect(() => lunarToSolar(2023, 3, 1, true)).toThrow(RangeError); // 2023's leap month is the 2nd
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(RangeError); // tháng Chạp Giáp Thìn has 29 days
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
  });
});
