import { describe, expect, it } from "vitest";
import { parseDeadline } from "../../src/core/plan-import/index.js";

const in2023 = { year: 2023 };
const day = (text: string, context: { year?: number; yearTo?: number } = in2023) => {
  const r = parseDeadline(text, context);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.problem)}`);
  return r.deadline;
};

describe("deadlines as plans write them", () => {
  it.each([
    ["30/6/2023", "2023-06-30"],
    ["30/06/2023", "2023-06-30"],
    ["30-6-2023", "2023-06-30"],
    ["30.6.2023", "2023-06-30"],
    ["ngày 30 tháng 6 năm 2023", "2023-06-30"],
    ["30/6/23", "2023-06-30"],
    ["Tháng 6/2023", "2023-06-30"],
    ["tháng 2 năm 2024", "2024-02-29"],
    ["T6/2023", "2023-06-30"],
    ["06/2023", "2023-06-30"],
    ["Quý II/2023", "2023-06-30"],
    ["QUÝ II/2023", "2023-06-30"],
    ["Quy II/2023", "2023-06-30"],
    ["Quí IV-2025", "2025-12-31"],
    ["quý 3 năm 2023", "2023-09-30"],
    ["Năm 2026", "2026-12-31"],
    ["2026", "2026-12-31"],
    ["Trong năm 2024", "2024-12-31"],
    ["Đến hết năm 2023", "2023-12-31"],
    ["Trước 31/12/2023", "2023-12-31"],
    ["Trước ngày 15/8", "2023-08-15"],
    ["Chậm nhất tháng 6/2023", "2023-06-30"],
    ["Hoàn thành trong quý II/2023", "2023-06-30"],
  ])("%s is due on %s", (text, date) => {
    expect(day(text)).toEqual({ kind: "fixed", date });
  });

  it("reads the parts of the plan's year: 6 tháng đầu năm, 9 tháng đầu năm, 6 tháng cuối năm, cuối năm", () => {
    expect(day("6 tháng đầu năm")).toEqual({ kind: "fixed", date: "2023-06-30" });
    expect(day("6 tháng đầu năm", { year: 2025 })).toEqual({ kind: "fixed", date: "2025-06-30" });
    expect(day("9 tháng đầu năm")).toEqual({ kind: "fixed", date: "2023-09-30" });
    expect(day("6 tháng cuối năm 2024")).toEqual({ kind: "fixed", date: "2024-12-31" });
    expect(day("Cuối năm")).toEqual({ kind: "fixed", date: "2023-12-31" });
    expect(day("Tháng 6")).toEqual({ kind: "fixed", date: "2023-06-30" });
    expect(day("Quý III")).toEqual({ kind: "fixed", date: "2023-09-30" });
  });

  it("'trước' a period is due before the period begins", () => {
    expect(day("Trước tháng 6/2023")).toEqual({ kind: "fixed", date: "2023-05-31" });
    expect(day("Trước quý III/2023")).toEqual({ kind: "fixed", date: "2023-06-30" });
  });

  it.each([
    ["2026 - 2030", "2026-01-01", "2030-12-31"],
    ["2026-2030", "2026-01-01", "2030-12-31"],
    ["Giai đoạn 2026 – 2030", "2026-01-01", "2030-12-31"],
    ["Năm 2024 - 2025", "2024-01-01", "2025-12-31"],
    ["Tháng 3-6/2023", "2023-03-01", "2023-06-30"],
    ["Từ tháng 3 đến tháng 6/2023", "2023-03-01", "2023-06-30"],
    ["Quý I - II/2023", "2023-01-01", "2023-06-30"],
    ["01/3/2023 - 30/6/2023", "2023-03-01", "2023-06-30"],
  ])("%s is a range from %s to %s", (text, from, date) => {
    expect(day(text)).toEqual({ kind: "range", from, date });
  });

  it("recurring duties run to the plan's end (or the years written beside them)", () => {
    expect(day("Thường xuyên")).toEqual({ kind: "recurring", recurrence: "continuous", from: null, date: "2023-12-31" });
    expect(day("Hằng năm")).toEqual({ kind: "recurring", recurrence: "yearly", from: null, date: "2023-12-31" });
    expect(day("Hàng năm", { year: 2026, yearTo: 2030 })).toEqual({ kind: "recurring", recurrence: "yearly", from: null, date: "2030-12-31" });
    expect(day("Hằng quý")).toEqual({ kind: "recurring", recurrence: "quarterly", from: null, date: "2023-12-31" });
    expect(day("Hằng tháng")).toEqual({ kind: "recurring", recurrence: "monthly", from: null, date: "2023-12-31" });
    expect(day("Cả năm")).toEqual({ kind: "recurring", recurrence: "continuous", from: null, date: "2023-12-31" });
    expect(day("Thường xuyên, báo cáo hằng quý")).toMatchObject({ kind: "recurring", recurrence: "quarterly" });
    expect(day("Hằng năm, giai đoạn 2026 - 2030")).toEqual({ kind: "recurring", recurrence: "yearly", from: "2026-01-01", date: "2030-12-31" });
    expect(day("THUONG XUYEN")).toMatchObject({ kind: "recurring", recurrence: "continuous" });
  });

  it("'Khi có phát sinh' has no day to count from", () => {
    expect(day("Khi có phát sinh")).toEqual({ kind: "on_demand", date: "2023-12-31" });
    expect(day("Theo yêu cầu")).toEqual({ kind: "on_demand", date: "2023-12-31" });
  });

  it("several deadlines in a cell keep the last and say so", () => {
    expect(parseDeadline("Tháng 6/2023; tháng 12/2023", in2023)).toEqual({ ok: true, deadline: { kind: "fixed", date: "2023-12-31" }, several: true });
  });

  it("a day that does not exist is an error naming it, never rolled over", () => {
    expect(parseDeadline("31/6/2023", in2023)).toEqual({ ok: false, problem: { code: "invalid-date", detail: "31/6/2023" } });
    expect(parseDeadline("29/2/2023", in2023)).toEqual({ ok: false, problem: { code: "invalid-date", detail: "29/2/2023" } });
    expect(day("29/2/2024")).toEqual({ kind: "fixed", date: "2024-02-29" });
    expect(parseDeadline("31/6", in2023)).toMatchObject({ ok: false, problem: { code: "invalid-date" } });
    expect(parseDeadline("Tháng 13/2023", in2023)).toMatchObject({ ok: false, problem: { code: "invalid-date" } });
    expect(parseDeadline("Quý V/2023", in2023)).toMatchObject({ ok: false });
  });

  it("forms without a year need the plan's; words that are no deadline are said so", () => {
    expect(parseDeadline("6 tháng đầu năm")).toEqual({ ok: false, problem: { code: "needs-year" } });
    expect(parseDeadline("Thường xuyên")).toEqual({ ok: false, problem: { code: "needs-year" } });
    expect(day("30/6/2023", {})).toEqual({ kind: "fixed", date: "2023-06-30" });
    expect(parseDeadline("sớm", in2023)).toEqual({ ok: false, problem: { code: "unrecognised-deadline" } });
    expect(parseDeadline("", in2023)).toEqual({ ok: false, problem: { code: "unrecognised-deadline" } });
    expect(parseDeadline("2030 - 2026", in2023)).toEqual({ ok: false, problem: { code: "range-reversed" } });
  });
});
