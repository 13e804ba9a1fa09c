import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/core/model.js";
import { namedPlans } from "../../src/core/plan-scope.js";

const plan = (id: number, code: string, extra: Partial<Plan>): Plan => ({ id, code, name: code, year: 2023, sourceDocument: "", secretariatUnitId: 1, requiresConfirmation: false, ...extra });
const CCHC = plan(1, "CCHC23", { programme: "cchc", kind: "plan" });
const CDS = plan(2, "CDS23", { programme: "cds", kind: "plan" });
const KL = plan(3, "KL23", { kind: "conclusion", issuedOn: "2023-07-25" });
const KL_AUGUST = plan(4, "KL23-2", { kind: "conclusion", issuedOn: "2023-08-10" });
const codes = (text: string, active: readonly Plan[] = [CCHC, CDS, KL, KL_AUGUST]) => namedPlans(text, active).map((p) => p.code);

describe("the plan a question names", () => {
  it("finds a programme's plan by its name or its abbreviation, with or without diacritics", () => {
    expect(codes("tiến độ kế hoạch CCHC")).toEqual(["CCHC23"]);
    expect(codes("tien do ke hoach cai cach hanh chinh")).toEqual(["CCHC23"]);
    expect(codes("nhiệm vụ chuyển đổi số nào quá hạn")).toEqual(["CDS23"]);
  });

  it("finds a meeting's conclusions by 'kết luận', the Chairman's instructions or the meeting's day", () => {
    expect(codes("chủ tịch chỉ đạo gì tại cuộc họp 25/7")).toEqual(["KL23"]);
    expect(codes("cuộc họp 10/8 giao việc gì")).toEqual(["KL23-2"]);
    expect(codes("các chỉ đạo của Chủ tịch UBND tỉnh", [CCHC, KL])).toEqual(["KL23"]);
    expect(codes("kết luận có mấy nhiệm vụ", [CCHC, KL])).toEqual(["KL23"]);
    // Two conclusion notices and no day: which one is not guessed.
    expect(codes("kết luận có mấy nhiệm vụ")).toEqual([]);
  });

  it("takes 'CT tỉnh' for the Chairman and 'hôm nay' for the meeting held today", () => {
    expect(codes("CT tỉnh giao những việc gì", [CCHC, KL])).toEqual(["KL23"]);
    expect(codes("ct ubnd tinh chi dao nhung gi", [CCHC, KL])).toEqual(["KL23"]);
    expect(codes("lãnh đạo tỉnh giao việc gì", [CCHC, KL])).toEqual(["KL23"]);
    // "CT" alone is a directive's number as often as the Chairman.
    expect(codes("Chỉ thị 05/CT-TTg giao việc gì", [CCHC, KL])).toEqual([]);
    expect(namedPlans("kết luận hôm nay giao việc gì", [CCHC, KL, KL_AUGUST], "2023-08-10").map((p) => p.code)).toEqual(["KL23-2"]);
    expect(namedPlans("các việc tôi giao tại phiên họp hôm nay", [CCHC, KL, KL_AUGUST], "2023-08-10").map((p) => p.code)).toEqual(["KL23-2"]);
    // Asked on a day with no meeting, "hôm nay" does not choose between two.
    expect(namedPlans("kết luận hôm nay giao việc gì", [CCHC, KL, KL_AUGUST], "2023-08-11")).toEqual([]);
  });

  it("finds a plan by its code, or a task's code", () => {
    expect(codes("KL23-03 ai chủ trì")).toEqual(["KL23"]);
    expect(codes("tiến độ cchc 23")).toEqual(["CCHC23"]);
  });

  it("names none when the words name no plan held, two plans, or only the committee", () => {
    expect(codes("tiến độ")).toEqual([]);
    expect(codes("nhiệm vụ Đề án 06 nào quá hạn")).toEqual([]);
    expect(codes("Kiện toàn Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06")).toEqual([]);
    expect(codes("báo cáo Ban Chỉ đạo tuần này")).toEqual([]);
  });
});
