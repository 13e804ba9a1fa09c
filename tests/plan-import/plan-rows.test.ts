import { beforeAll, describe, expect, it } from "vitest";
import type { Unit } from "../../src/core/model.js";
import { type Grid, type UnitResolver, createUnitResolver, findHeader, readPlanRows } from "../../src/core/plan-import/index.js";
import { HEADER, PLAN_2024, type Row, demoUnits } from "./files.js";

let resolver: UnitResolver;
let units: Unit[];
const id = (code: string) => units.find((u) => u.code === code)!.id;

beforeAll(async () => {
  units = await demoUnits();
  resolver = createUnitResolver(units);
});

/** Rows as a reader gives them: merged group rows keep their text in their first column only. */
function grid(rows: readonly Row[]): Grid {
  return { name: "KH", rows: rows.map((r, i) => ({ number: i + 1, cells: r.map((c) => (c === null ? "" : String(c))) })) };
}

function read(rows: readonly Row[], context = { year: 2024, programme: "cchc" as const }) {
  const g = grid(rows);
  return readPlanRows([{ grid: g, header: findHeader(g)! }], resolver, context);
}

describe("the rows of a plan's task table", () => {
  it("reads each task with its area from the group row above it, its units, groups and deadline", () => {
    const result = read(PLAN_2024);
    expect(result.problems).toEqual([]);
    expect(result.headings).toEqual([
      { table: "KH", row: 6, text: "I. CẢI CÁCH THỂ CHẾ", tasks: 2 },
      { table: "KH", row: 9, text: "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", tasks: 3 },
    ]);
    const [first, second, third, fourth, fifth] = result.rows;
    expect(first).toMatchObject({
      row: 7,
      sourceRef: "I.1",
      title: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
      area: "institutions",
      areaText: "I. CẢI CÁCH THỂ CHẾ",
      leadUnitId: id("STP"),
      leadGroup: null,
      cooperatingUnitIds: [id("SNV"), id("VPUB")],
      cooperatingGroups: [],
      deadline: { kind: "fixed", date: "2024-06-30" },
      deadlineText: "30/6/2024",
      product: "Báo cáo",
    });
    expect(second).toMatchObject({ sourceRef: "I.2", cooperatingGroups: ["departments"], deadline: { kind: "fixed", date: "2024-09-30" } });
    expect(third).toMatchObject({ area: "procedures", sourceRef: "II.1", cooperatingGroups: ["districts"], deadline: { kind: "recurring", recurrence: "continuous" }, planNote: "Cập nhật trên Cổng DVC" });
    // A task led by a group keeps the group as its lead: no member is picked.
    expect(fourth).toMatchObject({ leadUnitId: null, leadGroup: "departments", cooperatingUnitIds: [id("STTTT")], deadline: { kind: "recurring", recurrence: "quarterly" } });
    expect(fifth).toMatchObject({ deadline: { kind: "on_demand", date: "2024-12-31" }, cooperatingUnitIds: [] });
    expect(new Set(result.rows.map((r) => r.rowKey)).size).toBe(5);
  });

  it("reports every broken cell with its row and column, and leaves those rows out", () => {
    const result = read([
      HEADER,
      [1, "Việc một", "Sở Nội vụ", "", "31/6/2024", "", ""],
      [2, "Việc hai", "Sở Ngoại giao", "", "30/6/2024", "", ""],
      [3, "Việc ba", "Sở Tư pháp", "", "sớm nhất có thể", "", ""],
      [4, "", "Sở Tư pháp", "", "30/6/2024", "", ""],
      [5, "Việc năm", "", "", "30/6/2024", "", ""],
      [6, "Việc sáu", "Sở Tư pháp", "Trà My", "30/6/2024", "", ""],
      [7, "Việc bảy", "Sở Tư pháp", "", "30/9/2024", "", ""],
    ]);
    expect(result.problems.map((p) => [p.where!.row, p.where!.column, p.code])).toEqual([
      [2, 4, "invalid-date"],
      [3, 2, "unknown-unit"],
      [4, 4, "unrecognised-deadline"],
      [5, 1, "missing-title"],
      [6, 2, "missing-lead"],
      [7, 3, "unknown-unit"],
    ]);
    expect(result.problems[0]!.where!.header).toBe("Thời gian hoàn thành");
    expect(result.problems[0]!.args).toEqual({ text: "31/6/2024", detail: "31/6/2024" });
    expect(result.problems[1]!.args.closest).toContain("Sở Ngoại vụ");
    expect(result.rows.map((r) => r.title)).toEqual(["Việc bảy"]);
    expect(result.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("several leads: the first leads, the others cooperate, and the reader is told", () => {
    const result = read([HEADER, [1, "Việc", "Sở Nội vụ, Sở Tư pháp", "Sở Tài chính", "30/6/2024", "", ""]]);
    expect(result.rows[0]).toMatchObject({ leadUnitId: id("SNV"), cooperatingUnitIds: [id("STP"), id("STC")].sort((a, b) => a - b) });
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([["warning", "several-leads"]]);
  });

  it("a title repeated gets its own key, and a unit that no longer exists is pointed out", () => {
    const result = read([HEADER, [1, "Kiểm tra CCHC", "Sở Nội vụ", "", "30/6/2024", "", ""], [2, "Kiểm tra CCHC", "Sở Thông tin và Truyền thông", "", "30/9/2026", "", ""]], { year: 2026, programme: "cchc" });
    expect(result.rows).toHaveLength(2);
    expect(result.rows[1]!.rowKey).toBe(`${result.rows[0]!.rowKey}#2`);
    expect(result.problems.map((p) => p.code).sort()).toEqual(["duplicate-title", "unit-retired"]);
  });

  it("a table with no group rows files its tasks under the programme's default area", () => {
    const rows = read([HEADER, [1, "Việc", "Sở Nội vụ", "", "30/6/2024", "", ""]], { year: 2024, programme: "cds" as never }).rows;
    expect(rows[0]).toMatchObject({ area: "digital_government", areaText: null, sourceRef: "1" });
  });
});
