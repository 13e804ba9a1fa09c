import { describe, expect, it } from "vitest";
import { createAbbreviationExpander, expandAbbreviations, prepareMessage } from "../../../src/core/vi/index.js";

describe("expandAbbreviations", () => {
  it.each([
    ["tỷ lệ HSTT cấp huyện", "tỷ lệ hồ sơ trực tuyến cấp huyện"],
    ["ty le hs tt cap huyen", "ty le hồ sơ trực tuyến cap huyen"],
    ["ty le hstt", "ty le hồ sơ trực tuyến"],
    ["số HS đã nhận", "số hồ sơ đã nhận"],
    ["DVCTT và DVCQG, DVC", "dịch vụ công trực tuyến và dịch vụ công quốc gia, dịch vụ công"],
    ["CĐS, cds", "chuyển đổi số, chuyển đổi số"],
    ["UBND huyện, ubnd huyen", "ủy ban nhân dân huyện, ủy ban nhân dân huyen"],
    ["HĐND hdnd BCĐ bcd", "hội đồng nhân dân hội đồng nhân dân ban chỉ đạo ban chỉ đạo"],
    ["TTHC CCHC CCCD ĐDĐT dddt", "thủ tục hành chính cải cách hành chính căn cước công dân định danh điện tử định danh điện tử"],
    ["VPCP SNV TTPVHCC", "văn phòng chính phủ sở nội vụ trung tâm phục vụ hành chính công"],
    ["KH, QĐ, CV, BC, NQ", "kế hoạch, quyết định, công văn, báo cáo, nghị quyết"],
    ["tk nv", "tài khoản nhiệm vụ"],
    ["k đc, ko dc", "không được, không được"],
    ["bn tk, ntn", "bao nhiêu tài khoản, như thế nào"],
    ["t2 t7 cn", "thứ hai thứ bảy chủ nhật"],
    ["TP Hội An, tp hoi an", "thành phố Hội An, thành phố hoi an"],
  ])("%s → %s", (typed, expected) => {
    expect(expandAbbreviations(typed)).toBe(expected);
  });

  it("reads every spelling of Đề án 06 the same way", () => {
    for (const typed of ["ĐA06", "DA06", "đa 06", "Đề án 06", "de an 06", "đề án 06", "đề án 6", "de an 6"]) {
      expect(expandAbbreviations(`tiến độ ${typed}`)).toBe("tiến độ đề án 06");
    }
  });

  it("matches whole words only", () => {
    expect(expandAbbreviations("hsg khách 5k 8h tpHCM")).toBe("hsg khách 5k 8h tpHCM");
  });

  it("prefers the longer form: KH&CN is a department, not kế hoạch + chủ nhật", () => {
    expect(expandAbbreviations("Sở KH&CN")).toBe("Sở khoa học và công nghệ");
    expect(expandAbbreviations("Sở KH&ĐT, Sở TT&TT")).toBe("Sở kế hoạch và đầu tư, Sở thông tin và truyền thông");
  });

  it("does not take a word with other diacritics for an abbreviation", () => {
    expect(expandAbbreviations("số nv")).toBe("số nhiệm vụ");
    expect(expandAbbreviations("sở nv")).toBe("sở nội vụ");
    expect(expandAbbreviations("dề an 06")).toBe("dề an 06");
    // Unaccented, "so nv" is the number of tasks, not the department.
    expect(expandAbbreviations("so nv hoan thanh")).toBe("so nhiệm vụ hoan thanh");
  });

  it("never rewrites inside a task code", () => {
    expect(expandAbbreviations("cchc 23-7 và CCHC cấp xã")).toBe("cchc 23-7 và cải cách hành chính cấp xã");
  });

  it("takes an extended table", () => {
    const expand = createAbbreviationExpander([{ forms: ["VNeID"], expansion: "ứng dụng VNeID" }]);
    expect(expand("kích hoạt vneid")).toBe("kích hoạt ứng dụng VNeID");
  });
});

describe("prepareMessage", () => {
  it("normalises, repairs Telex and expands abbreviations in one go", () => {
    expect(prepareMessage("  tyr leej HS tt 👍 cap huyen\n bn?")).toBe("tỷ lệ hồ sơ trực tuyến cap huyen bao nhiêu?");
  });
});
