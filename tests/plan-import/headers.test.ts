import { describe, expect, it } from "vitest";
import { type Grid, classifyHeader, findHeader, headingOf, isNumberingRow } from "../../src/core/plan-import/index.js";

const grid = (rows: string[][]): Grid => ({ name: "Sheet1", rows: rows.map((cells, i) => ({ number: i + 1, cells })) });

describe("column headers in the forms real plans use", () => {
  it.each([
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Nội dung", "title"],
    ["NỘI DUNG NHIỆM VỤ", "title"],
    ["Nhiệm vụ", "title"],
    ["Noi dung nhiem vu", "title"],
    ["Nhiệm vụ, giải pháp", "title"],
    ["Cơ quan chủ trì", "lead"],
    ["Cơ quan, đơn vị chủ trì", "lead"],
    ["Đơn vị\nchủ trì", "lead"],
    ["co quan chu tri", "lead"],
    ["Cơ quan thực hiện", "lead"],
    ["Cơ quan phối hợp", "cooperating"],
    ["Đơn vị phối hợp", "cooperating"],
    ["Thời gian hoàn thành", "deadline"],
    ["THỜI HẠN", "deadline"],
    ["Thời gian\nhoàn thành", "deadline"],
    ["Thời hạn hoàn thành nhiệm vụ", "deadline"],
    ["Tiến độ thực hiện", "deadline"],
    ["Sản phẩm", "product"],
    ["Kết quả/sản phẩm", "product"],
    ["Sản phẩm đầu ra của nhiệm vụ", "product"],
    ["Ghi chú", "note"],
    ["Mã", "code"],
    ["Mã nhiệm vụ", "code"],
    ["Bắt đầu", "start"],
  ])("%j is %s", (text, field) => {
    expect(classifyHeader(text)).toBe(field);
  });

  it("finds the header below the title rows and skips the row of column numbers", () => {
    const header = findHeader(
      grid([
        ["UBND TỈNH QUẢNG NAM", "", "", ""],
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024", "", "", ""],
        ["", "", "", ""],
        ["TT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ", "THỜI GIAN HOÀN THÀNH"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["1", "Việc", "Sở Nội vụ", "30/6/2024"],
      ]),
    );
    expect(header).toMatchObject({ headerRow: 3, dataStart: 5 });
    expect(Object.fromEntries(header!.columns)).toEqual({ stt: 0, title: 1, lead: 2, deadline: 3 });
  });

  it("reads a header over two rows: 'Cơ quan thực hiện' above 'Chủ trì' | 'Phối hợp', 'Thời gian' above 'Bắt đầu' | 'Hoàn thành'", () => {
    const header = findHeader(
      grid([
        ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian thực hiện", ""],
        ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"],
        ["1", "Việc", "Sở Nội vụ", "Sở Tư pháp", "1/2024", "6/2024"],
      ]),
    );
    expect(header?.dataStart).toBe(2);
    expect(Object.fromEntries(header!.columns)).toEqual({ stt: 0, title: 1, lead: 2, cooperating: 3, start: 4, deadline: 5 });
    expect(header!.headers[2]).toBe("Cơ quan thực hiện Chủ trì");
  });

  it("finds no header in a table without task columns", () => {
    expect(findHeader(grid([["Họ tên", "Điện thoại"], ["An", "0905"]]))).toBeUndefined();
    expect(findHeader(grid([]))).toBeUndefined();
  });

  it("tells a row of column numbers from data", () => {
    expect(isNumberingRow(["(1)", "(2)", "(3)", "(4)"])).toBe(true);
    expect(isNumberingRow(["1", "2", "3"])).toBe(true);
    expect(isNumberingRow(["1", "Việc", "Sở Nội vụ"])).toBe(false);
  });
});

describe("group rows", () => {
  it("Roman numerals, capital letters and capitals head parts; numbers head sub-parts", () => {
    expect(headingOf("I", ["CẢI CÁCH THỂ CHẾ"])).toEqual({ text: "I. CẢI CÁCH THỂ CHẾ", level: 1, number: "I" });
    expect(headingOf("", ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"])).toEqual({ text: "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", level: 1, number: "II" });
    expect(headingOf("A", ["NHIỆM VỤ CHUNG"])).toMatchObject({ level: 1, number: "A" });
    expect(headingOf("", ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"])).toMatchObject({ level: 1, number: null });
    expect(headingOf("1", ["Rà soát văn bản"])).toEqual({ text: "1. Rà soát văn bản", level: 2, number: "1" });
    expect(headingOf("", ["a) Nhóm việc"])).toMatchObject({ level: 2, number: "a" });
    expect(headingOf("", [""])).toBeUndefined();
    expect(headingOf("3", [""])).toBeUndefined();
  });
});
