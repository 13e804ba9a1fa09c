import { describe, expect, it } from "vitest";
import { decimalDifference, decimalPlaces, truncatedPercent } from "../../src/core/rates.js";

describe("truncatedPercent: official reports truncate, they do not round", () => {
  it("14/43 → 32.55, not 32.56", () => {
    expect(truncatedPercent(14, 43)).toBe(32.55);
  });

  it.each([
    [1, 3, 33.33],
    [2, 3, 66.66],
    [29, 100, 29],
    [57, 100, 57],
    [43, 43, 100],
    [0, 43, 0],
    [447246, 738291, 60.57], // 60,5796…%: the report's 60,58% is its own figure, stored as printed
    [8, 10, 80],
  ])("%i/%i → %d", (part, whole, expected) => {
    expect(truncatedPercent(part, whole)).toBe(expected);
  });

  it("takes the number of decimals", () => {
    expect(truncatedPercent(14, 43, 0)).toBe(32);
    expect(truncatedPercent(14, 43, 1)).toBe(32.5);
    expect(truncatedPercent(14, 43, 3)).toBe(32.558);
  });

  it("returns 0 for an empty whole instead of NaN or Infinity", () => {
    expect(truncatedPercent(0, 0)).toBe(0);
    expect(truncatedPercent(5, 0)).toBe(0);
  });

  it("is exact for every part of small wholes (no 0.29 × 100 surprises)", () => {
    const wrong: string[] = [];
    for (let whole = 1; whole <= 200; whole++) {
      for (let part = 0; part <= whole; part++) {
        // Reference in integers only: floor(part * 10000 / whole) hundredths of a percent.
        const hundredths = Math.floor((part * 10000) / whole);
        if (truncatedPercent(part, whole) !== hundredths / 100) wrong.push(`${part}/${whole} → ${truncatedPercent(part, whole)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("decimalDifference: exact to the printed decimals", () => {
  it("66.06 − 18.05 = 48.01 exactly", () => {
    expect(66.06 - 18.05).not.toBe(48.01); // the trap it avoids
    expect(decimalDifference("66.06", "18.05")).toBe(48.01);
  });

  it.each([
    ["63.46", "18.05", 45.41],
    ["64", "63.46", 0.54],
    ["738291", "447246", 291045],
    ["20", "28", -8],
    ["0.3", "0.1", 0.2],
    ["1.5", "1.25", 0.25],
    ["60.58", "60.58", 0],
  ])("%s − %s = %d", (a, b, expected) => {
    expect(decimalDifference(a, b)).toBe(expected);
  });
});

describe("decimalPlaces", () => {
  it.each([
    ["64", 0],
    ["63.46", 2],
    ["1.50", 2],
    ["-3.5", 1],
    ["859000000000", 0],
  ])("%s has %i", (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });
});
