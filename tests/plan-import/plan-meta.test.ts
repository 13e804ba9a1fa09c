import { describe, expect, it } from "vitest";
import { previewPlanImport, type PlanImportStore } from "../../src/app/plan-import/index.js";
import { planMeta, programmeOf } from "../../src/core/plan-import/index.js";
import { HEADER, xlsx } from "./files.js";

describe("what a plan's name or its file's title says about it", () => {
  it("the programme, the year or the years, the document and the day it was issued", () => {
    expect(programmeOf("Kế hoạch cải cách hành chính năm 2024")).toBe("cchc");
    expect(programmeOf("KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH QUẢNG NAM NĂM 2025")).toBe("cds");
    expect(programmeOf("Kế hoạch triển khai Đề án 06 năm 2024")).toBe("da06");
    expect(programmeOf("Kế hoạch công tác năm 2024")).toBeNull();
    expect(
      planMeta(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "PHỤ LỤC", "Danh mục nhiệm vụ Kế hoạch cải cách hành chính năm 2024", "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh)"]),
    ).toEqual({ programme: "cchc", year: 2024, yearTo: null, document: "Kế hoạch số 12/KH-UBND ngày 10/01/2024", issuedOn: "2024-01-10", title: "Kế hoạch cải cách hành chính năm 2024" });
    expect(planMeta(["Kế hoạch chuyển đổi số giai đoạn 2026 - 2030"])).toMatchObject({ programme: "cds", year: 2026, yearTo: 2030 });
  });
});

describe("who may import", () => {
  const untouched = new Proxy({} as PlanImportStore, {
    get: () => () => {
      throw new Error("the store is not asked before the permission is checked");
    },
  });
  it("only the secretariat and admins (a chat handler passes who asks; the command line is the operator)", async () => {
    const bytes = await xlsx([HEADER]);
    for (const role of ["unit_officer", "leader"] as const) {
      const preview = await previewPlanImport(untouched, { file: { name: "kh.xlsx", bytes }, requester: { personId: 1, role } });
      expect(preview.ok).toBe(false);
      expect(preview.problems.map((p) => p.code)).toEqual(["not-allowed"]);
    }
  });
});
