import { describe, expect, it } from "vitest";
import {
  formatComputed,
  formatDate,
  formatDecimal,
  formatInteger,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatVnd,
} from "../../src/core/format.js";
import { truncatedPercent } from "../../src/core/rates.js";

describe("numbers as a Vietnamese report prints them, in English replies too", () => {
  it.each([
    ["447246", "447.246"],
    ["718738", "718.738"],
    ["3048", "3.048"],
    ["63.46", "63,46"],
    ["64", "64"],
    ["8", "8"],
    ["1.50", "1,50"], // printed decimals are kept, trailing zero included
    ["-3.5", "-3,5"],
    ["1234567.25", "1.234.567,25"],
  ])("decimal string %s → %s in either language", (value, printed) => {
    expect(formatDecimal(value, "vi")).toBe(printed);
    expect(formatDecimal(value, "en")).toBe(printed);
  });

  it("groups thousands even for four-digit numbers (3.048, not 3048)", () => {
    expect(formatInteger(3048, "vi")).toBe("3.048");
    expect(formatInteger(447246, "vi")).toBe("447.246");
    expect(formatInteger(447246, "en")).toBe("447.246");
    expect(formatInteger(0, "vi")).toBe("0");
  });

  it.each([
    ["63.46", "63,46%"],
    ["64", "64%"],
    ["18.05", "18,05%"],
    ["66.06", "66,06%"],
    ["60.58", "60,58%"],
  ])("percent %s → %s in either language", (value, printed) => {
    expect(formatPercent(value, "vi")).toBe(printed);
    expect(formatPercent(value, "en")).toBe(printed);
  });

  it("prints a computed rate with its exact decimals (32.55 → 32,55%)", () => {
    expect(formatPercent(32.55, "vi")).toBe("32,55%");
    expect(formatPercent(truncatedPercent(14, 43), "vi")).toBe("32,55%");
    expect(formatPercent(truncatedPercent(14, 43), "en")).toBe("32,55%");
    expect(formatPercent(100, "vi")).toBe("100%");
  });
});

describe("formatComputed: truncated, never rounded, and immune to binary noise", () => {
  it("truncates 32.558… to 32,55", () => {
    expect(formatComputed(1400 / 43, "vi")).toBe("32,55");
    expect(formatComputed(2 / 3, "vi")).toBe("0,66");
    expect(formatComputed(2 / 3, "en", 1)).toBe("0,6");
  });

  it("keeps a value that already has two decimals (32.55 stays 32,55, not 32,54)", () => {
    expect(formatComputed(32.55, "vi")).toBe("32,55");
    expect(formatComputed(truncatedPercent(14, 43), "vi")).toBe("32,55");
    expect(formatComputed(48.01, "vi")).toBe("48,01");
    expect(formatComputed(1.005, "vi")).toBe("1");
  });

  it("does not lose a digit to floating-point noise (0.29 × 100 → 29)", () => {
    expect(formatComputed(0.29 * 100, "vi")).toBe("29");
    expect(formatComputed(0.1 + 0.2, "vi")).toBe("0,3");
    expect(formatComputed(4.35 * 100, "en")).toBe("435");
  });

  it("drops trailing zeros and handles negatives and large values", () => {
    expect(formatComputed(859, "vi")).toBe("859");
    expect(formatComputed(1.5, "vi")).toBe("1,5");
    expect(formatComputed(-2.567, "vi")).toBe("-2,56");
    expect(formatComputed(738291 - 447246, "vi")).toBe("291.045");
  });
});

describe("money in tỷ and triệu đồng", () => {
  it.each([
    ["859000000000", "859 tỷ đồng", "859 tỷ đồng (VND 859 billion)"],
    ["1250000000", "1,25 tỷ đồng", "1,25 tỷ đồng (VND 1,25 billion)"],
    ["1500000", "1,5 triệu đồng", "1,5 triệu đồng (VND 1,5 million)"],
    ["2500", "2.500 đồng", "2.500 đồng"],
    ["1999999999999", "1.999,99 tỷ đồng", "1.999,99 tỷ đồng (VND 1.999,99 billion)"],
  ])("%s → %s / %s", (value, vi, en) => {
    expect(formatVnd(value, "vi")).toBe(vi);
    expect(formatVnd(value, "en")).toBe(en);
  });
});

describe("dates and periods", () => {
  it("writes a month as month/year in Vietnamese and by name in English", () => {
    expect(formatMonth("2023-07", "vi")).toBe("7/2023");
    expect(formatMonth("2024-12", "vi")).toBe("12/2024");
    expect(formatMonth("2023-07", "en")).toBe("July 2023");
  });

  it("writes a date as day/month/year without leading zeros", () => {
    expect(formatDate("2023-07-31", "vi")).toBe("31/7/2023");
    expect(formatDate("2023-07-25", "vi")).toBe("25/7/2023");
    expect(formatDate("2023-01-01", "vi")).toBe("1/1/2023");
    expect(formatDate("2023-12-31", "vi")).toBe("31/12/2023");
  });

  it("writes dates in an English reply as the Vietnamese report does", () => {
    expect(formatDate("2023-07-31", "en")).toBe("31/7/2023");
    expect(formatDate("2023-01-01", "en")).toBe("1/1/2023");
  });

  it("writes the year once in a period within one year (1/1–27/6/2023)", () => {
    expect(formatPeriod("2023-01-01", "2023-06-27", "vi")).toBe("1/1–27/6/2023");
    expect(formatPeriod("2023-01-01", "2023-06-27", "en")).toBe("1/1–27/6/2023");
  });

  it("writes both years in a period across years", () => {
    expect(formatPeriod("2022-12-01", "2023-01-31", "vi")).toBe("1/12/2022–31/1/2023");
    expect(formatPeriod("2022-12-01", "2023-01-31", "en")).toBe("1/12/2022–31/1/2023");
  });

  it("rejects what is not an ISO date", () => {
    expect(() => formatDate("31/7/2023", "vi")).toThrow(RangeError);
  });
});
