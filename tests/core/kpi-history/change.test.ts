import { describe, expect, it } from "vitest";
import { changeOverTime, type ChangeOutcome } from "../../../src/core/kpi-history/index.js";
import type { MetricValue } from "../../../src/core/model.js";

/** Comparisons over time are pure: a series and the question in, the figures out (issue #12, item 2). */
let id = 0;
function value(v: string, when: { asOf?: string; from?: string; to?: string }): MetricValue {
  return {
    id: ++id, metricId: 1, scope: "province", unitId: null, value: v, qualifier: "exact", denominator: null, target: null, targetDate: null,
    periodFrom: when.from ?? null, periodTo: when.to ?? null, asOf: when.asOf ?? null, source: "S", sourceTitle: "Báo cáo", note: null,
  };
}
const count = { measure: "count", direction: "higher" } as const;
const rate = { measure: "percent", direction: "higher" } as const;
const rank = { measure: "rank", direction: "lower" } as const;
const TODAY = "2023-07-25";
const change = (o: ChangeOutcome) => {
  if (o.kind !== "change") throw new Error(`expected a change, got ${o.kind}`);
  return o;
};

describe("changeOverTime", () => {
  const accounts = [value("447246", { asOf: "2023-07-18" }), value("401000", { asOf: "2023-06-30" }), value("560000", { asOf: "2023-07-24" })];

  it("compares the latest value with the one before it, whatever order the values come in", () => {
    const o = change(changeOverTime(accounts, count, { kind: "previous" }, { kind: "change" }, TODAY));
    expect([o.latest.value, o.base.value, o.difference, o.direction, o.better, o.days]).toEqual(["560000", "447246", 112754, "up", true, 6]);
    expect(o.relative).toBeCloseTo(25.21, 2);
  });

  it("gives a rate's change in points, exactly as the printed decimals subtract, and no share of the base", () => {
    const o = change(changeOverTime([value("18.05", { asOf: "2023-06-27" }), value("20.5", { asOf: "2023-07-15" })], rate, { kind: "previous" }, { kind: "direction" }, TODAY));
    expect(o.difference).toBe(2.45);
    expect(o.relative).toBeNull();
  });

  it("takes the last value dated within the window named ('so với tháng trước'), and none from outside it", () => {
    const june = { kind: "window", from: "2023-06-01", to: "2023-06-30", text: "tháng trước" } as const;
    expect(change(changeOverTime(accounts, count, june, { kind: "change" }, TODAY)).base.value).toBe("401000");
    const may = { kind: "window", from: "2023-05-01", to: "2023-05-31", text: "tháng 5" } as const;
    expect(changeOverTime(accounts, count, may, { kind: "change" }, TODAY)).toMatchObject({ kind: "no_reference", latest: { value: "560000" } });
  });

  it("compares with the start of the year only with a value of about then (31/12 or January), never June's", () => {
    expect(changeOverTime(accounts, count, { kind: "year_start" }, { kind: "change" }, TODAY).kind).toBe("no_reference");
    const withYearEnd = [...accounts, value("250000", { asOf: "2022-12-31" })];
    expect(change(changeOverTime(withYearEnd, count, { kind: "year_start" }, { kind: "change" }, TODAY)).base.value).toBe("250000");
    const withJanuary = [...accounts, value("260000", { asOf: "2023-01-20" })];
    expect(change(changeOverTime(withJanuary, count, { kind: "year_start" }, { kind: "change" }, TODAY)).base.value).toBe("260000");
  });

  it("finds the same period of an earlier year, a period for a period, a few days apart at most", () => {
    const rates = [value("12.1", { from: "2021-01-01", to: "2021-06-30" }), value("15.6", { from: "2022-01-01", to: "2022-06-30" }), value("18.05", { from: "2023-01-01", to: "2023-06-27" })];
    expect(change(changeOverTime(rates, rate, { kind: "same_period" }, { kind: "change" }, TODAY)).base.value).toBe("15.6");
    expect(change(changeOverTime(rates, rate, { kind: "same_period", year: 2021 }, { kind: "change" }, TODAY)).difference).toBe(5.95);
    expect(changeOverTime(rates, rate, { kind: "same_period", year: 2020 }, { kind: "change" }, TODAY).kind).toBe("no_reference");
    // An as-of value is not the same period as a six-month one.
    const mixed = [value("15.6", { asOf: "2022-06-27" }), value("18.05", { from: "2023-01-01", to: "2023-06-27" })];
    expect(changeOverTime(mixed, rate, { kind: "same_period" }, { kind: "change" }, TODAY).kind).toBe("no_reference");
  });

  it("gives the pace per day, week or month between the two dates", () => {
    const week = change(changeOverTime(accounts, count, { kind: "previous" }, { kind: "pace", per: "week" }, TODAY));
    expect(week.pace!.amount).toBeCloseTo((112754 / 6) * 7, 6);
    const day = change(changeOverTime(accounts, count, { kind: "previous" }, { kind: "pace", per: "day" }, TODAY));
    expect(day.pace).toEqual({ per: "day", amount: 112754 / 6 });
    expect(change(changeOverTime(accounts, count, { kind: "previous" }, { kind: "change" }, TODAY)).pace).toBeUndefined();
  });

  it("reads a rank the way it improves: 28th to 25th is down in number and better", () => {
    const o = change(changeOverTime([value("28", { asOf: "2023-07-25" }), value("25", { asOf: "2023-09-30" })], rank, { kind: "previous" }, { kind: "change" }, "2023-10-01"));
    expect([o.difference, o.direction, o.better, o.relative]).toEqual([-3, "down", true, null]);
  });

  it("says there is one value only, or none, and never compares a value with itself or with the future", () => {
    expect(changeOverTime([], count, { kind: "previous" }, { kind: "change" }, TODAY)).toEqual({ kind: "no_data" });
    expect(changeOverTime([accounts[0]!], count, { kind: "previous" }, { kind: "change" }, TODAY).kind).toBe("only_one");
    // Two values of the same date (a correction kept current by mistake) are no change over time.
    expect(changeOverTime([accounts[0]!, value("447300", { asOf: "2023-07-18" })], count, { kind: "previous" }, { kind: "change" }, TODAY).kind).toBe("only_one");
    // A value dated after today is not yet a fact.
    expect(changeOverTime([accounts[0]!, value("700000", { asOf: "2023-07-31" })], count, { kind: "previous" }, { kind: "change" }, TODAY).kind).toBe("only_one");
  });

  it("flags two periods of different lengths (a month against half a year), not two cumulative periods from 1/1", () => {
    const cumulative = [value("18.05", { from: "2023-01-01", to: "2023-06-27" }), value("20.1", { from: "2023-01-01", to: "2023-07-20" })];
    expect(change(changeOverTime(cumulative, rate, { kind: "previous" }, { kind: "change" }, TODAY)).periodsDiffer).toBe(false);
    const monthly = [value("18.05", { from: "2023-01-01", to: "2023-06-27" }), value("30", { from: "2023-07-01", to: "2023-07-20" })];
    expect(change(changeOverTime(monthly, rate, { kind: "previous" }, { kind: "change" }, TODAY)).periodsDiffer).toBe(true);
  });
});
