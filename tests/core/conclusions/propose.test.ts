import { describe, expect, it } from "vitest";
import { proposeTasks, readNoticeDate } from "../../../src/core/conclusions/index.js";
import { splitSegments } from "../../../src/core/conclusions/segments.js";
import { demoUnits } from "./corpus.js";

const propose = (text: string, date = "2023-08-10") => proposeTasks(text, date, demoUnits);
const names = (text: string, date?: string) => propose(text, date).map((t) => t.units.map((u) => `${u.kind}:${u.name}`));

describe("units of an instruction", () => {
  it("puts the lead first and the cooperating units after it, by their names in the unit list", () => {
    expect(names("Sở Nội vụ chủ trì, phối hợp với Sở TTTT và Sở Tư pháp tham mưu UBND tỉnh ban hành Quy chế phối hợp trước ngày 31/8/2023.")).toEqual([
      ["unit:Sở Nội vụ", "unit:Sở Thông tin và Truyền thông", "unit:Sở Tư pháp"],
    ]);
    expect(names("Giao Công an tỉnh chủ trì rà soát dữ liệu dân cư.")).toEqual([["unit:Công an tỉnh Quảng Nam"]]);
  });

  it("keeps a group as a group, and two groups as two", () => {
    expect(names("Yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, thành phố công khai thủ tục hành chính.")).toEqual([
      ["group:các sở, ban, ngành", "group:UBND các huyện, thị xã, thành phố"],
    ]);
  });

  it("keeps an unknown name as written and flags it, and never adds a unit the text does not name", () => {
    expect(names("Cục Thuế tỉnh hướng dẫn nộp thuế điện tử.")).toEqual([["unknown:Cục Thuế tỉnh"]]);
    const [task] = propose("Phấn đấu đến hết 31/8 toàn tỉnh kích hoạt được 700.000 tài khoản định danh điện tử.");
    expect(task?.units).toEqual([]);
    expect(task?.deadline).toBe("2023-08-31");
  });

  it("does not take the served unit for the worker ('tham mưu UBND tỉnh', 'chỉ đạo Trung tâm …')", () => {
    expect(names("Văn phòng UBND tỉnh chỉ đạo Trung tâm Phục vụ hành chính công tỉnh nâng cấp hệ thống một cửa điện tử.")).toEqual([
      ["unit:Văn phòng Ủy ban nhân dân tỉnh"],
    ]);
  });

  it("hands a heading's units to the items under it, and only to them", () => {
    const text = "1. Đối với Sở Y tế:\n- Triển khai sổ sức khỏe điện tử trong tháng 9/2023.\n- Chủ trì, phối hợp với Sở Tài chính bố trí kinh phí.\n2. Giao Sở Nội vụ tổng hợp, báo cáo.";
    expect(names(text)).toEqual([["unit:Sở Y tế"], ["unit:Sở Y tế", "unit:Sở Tài chính"], ["unit:Sở Nội vụ"]]);
  });

  it("reads units typed without diacritics", () => {
    expect(names("So Noi vu chu tri, phoi hop voi So Tai chinh xay dung de an vi tri viec lam.")).toEqual([["unit:Sở Nội vụ", "unit:Sở Tài chính"]]);
    expect(names("So Y te chi dao cac benh vien trien khai so suc khoe dien tu.")).toEqual([["unit:Sở Y tế"]]);
    expect(names("Cong an tinh chu tri, phoi hop voi So Tu phap lam sach du lieu ho tich.")).toEqual([["unit:Công an tỉnh Quảng Nam", "unit:Sở Tư pháp"]]);
  });
});

describe("what is not an instruction", () => {
  it("leaves out results, praise, the meeting's own account and the closing formula", () => {
    const text = [
      "Ngày 04/8/2023, Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo.",
      "Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra năm 2023.",
      "Đánh giá cao Công an tỉnh trong triển khai Đề án 06.",
      "Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 64%.",
      "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ].join("\n");
    expect(propose(text)).toEqual([]);
  });

  it("proposes nothing for an empty text or one without instructions", () => {
    expect(propose("")).toEqual([]);
    expect(propose("   \n  ")).toEqual([]);
    expect(propose("Trong 6 tháng đầu năm, toàn tỉnh đã hoàn thành 14/43 nhiệm vụ.")).toEqual([]);
  });

  it("stops at the list of recipients", () => {
    expect(propose("Giao Sở Nội vụ theo dõi.\nNơi nhận:\n- Các sở, ban, ngành;\n- UBND các huyện, thị xã, thành phố;")).toHaveLength(1);
  });
});

describe("deadlines", () => {
  const deadline = (text: string, date = "2023-08-10") => propose(`Giao Sở Nội vụ chủ trì rà soát quy chế ${text}.`, date)[0]?.deadline;

  it("reads explicit and relative deadlines against the notice's date", () => {
    expect(deadline("trước ngày 31/8/2023")).toBe("2023-08-31");
    expect(deadline("trước ngày 31/8")).toBe("2023-08-31");
    expect(deadline("trong tháng 9")).toBe("2023-09-30");
    expect(deadline("trong quý IV/2023")).toBe("2023-12-31");
    expect(deadline("đến cuối năm")).toBe("2023-12-31");
    expect(deadline("trong 15 ngày")).toBe("2023-08-25");
    expect(deadline("chậm nhất ngày 15 tháng 9 năm 2023")).toBe("2023-09-15");
  });

  it("puts a date without a year that would fall before the notice in the next year", () => {
    expect(deadline("trước ngày 15/01", "2023-12-20")).toBe("2024-01-15");
  });

  it("does not take a document's date, or a meeting's, for a deadline", () => {
    expect(deadline("theo Kế hoạch số 45/KH-UBND ngày 12/01/2023")).toBeNull();
    expect(propose("Ngày 04/8/2023, Chủ tịch UBND tỉnh giao Sở Nội vụ rà soát quy chế.")[0]?.deadline).toBeNull();
  });

  it("keeps an undated deadline's words and no date, so that the bot asks", () => {
    const [task] = propose("Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến; thực hiện thường xuyên.");
    expect(task?.deadline).toBeNull();
    expect(task?.deadlineText).toBe("thường xuyên");
  });
});

describe("titles", () => {
  it("are the instruction without its units and its deadline", () => {
    const [task] = propose("b) Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát danh mục thủ tục; thời gian hoàn thành trong tháng 9/2023.");
    expect(task?.title).toBe("Rà soát danh mục thủ tục");
    expect(task?.sentence).toBe("Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát danh mục thủ tục; thời gian hoàn thành trong tháng 9/2023.");
  });
});

describe("the notice's text", () => {
  it("is cut into list items and sentences, a heading ending with a colon", () => {
    const segments = splitSegments("2. Nhiệm vụ:\na) Việc một. Việc hai TP. Tam Kỳ.\n- Việc ba");
    expect(segments.map((s) => [s.level, s.heading, s.text])).toEqual([
      [1, true, "Nhiệm vụ:"],
      [3, false, "Việc một."],
      [3, false, "Việc hai TP. Tam Kỳ."],
      [4, false, "Việc ba"],
    ]);
  });

  it("gives its date from the header line, or from an article's first day with the year the text states", () => {
    expect(readNoticeDate("Số: 1/TB-UBND\nQuảng Nam, ngày 05 tháng 10 năm 2023\nTHÔNG BÁO")).toBe("2023-10-05");
    expect(readNoticeDate("Quang Nam, ngay 5 thang 10 nam 2023")).toBe("2023-10-05");
    expect(readNoticeDate("Sáng 12/9/2023, Chủ tịch UBND tỉnh chủ trì hội nghị.")).toBe("2023-09-12");
    expect(readNoticeDate("Ngày 25/7, UBND tỉnh họp sơ kết 6 tháng đầu năm 2023.")).toBe("2023-07-25");
    expect(readNoticeDate("Giao Sở Nội vụ theo dõi.")).toBeUndefined();
  });
});
