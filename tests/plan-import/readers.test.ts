import { describe, expect, it } from "vitest";
import { readTaskTables } from "../../src/app/plan-import/index.js";
import { HEADER, PLAN_2024, PLAN_2024_MERGES, csv, docx, docxTable, xlsx } from "./files.js";

const cellsOf = async (name: string, bytes: Uint8Array) => {
  const read = await readTaskTables({ name, bytes });
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read;
};

describe("reading a plan's table from each format with its library", () => {
  it(".xlsx (exceljs): the header below the title, merged group rows keep their text in their first column, merged cells down copy into each row", async () => {
    const rows = [
      ...PLAN_2024.slice(0, 8),
      [3, "Việc dưới ô gộp", "Sở Tài chính", null, "Quý IV/2024", null, null],
      [4, "Việc thứ hai dưới ô gộp", null, null, "Quý IV/2024", null, null],
    ];
    const read = await cellsOf("kh.xlsx", await xlsx(rows, { merges: [...PLAN_2024_MERGES.slice(0, 3), "C9:C10"] }));
    expect(read.format).toBe("xlsx");
    const [table] = read.tables;
    expect(table!.header.headerRow).toBe(3);
    expect(table!.header.headers[1]).toBe("NỘI DUNG NHIỆM VỤ");
    expect(table!.grid.rows[5]!.cells).toEqual(["I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""]);
    expect(table!.grid.rows[8]!.cells[2]).toBe("Sở Tài chính");
    expect(table!.grid.rows[9]!.cells[2]).toBe("Sở Tài chính");
  });

  it(".xlsx: a date typed as a date reads as the plan would write it", async () => {
    const read = await cellsOf("kh.xlsx", await xlsx([HEADER, [1, "Việc", "Sở Nội vụ", null, new Date(Date.UTC(2024, 5, 30)), null, null]]));
    expect(read.tables[0]!.grid.rows[1]!.cells[4]).toBe("30/6/2024");
  });

  it(".xlsx: the first sheet with a task table is the plan, a cover sheet before it is passed over", async () => {
    const bytes = await xlsx([HEADER, [1, "Việc", "Sở Nội vụ", null, "30/6/2024", null, null]], {
      before: (wb) => {
        wb.addWorksheet("Bìa").getCell("A1").value = "Kế hoạch năm 2024";
      },
    });
    expect((await cellsOf("kh.xlsx", bytes)).tables.map((t) => t.grid.name)).toEqual(["Kế hoạch"]);
  });

  it(".csv (csv-parse): a UTF-8 file with a BOM, ';' or ',' as separator, a cell over two lines", async () => {
    for (const separator of [",", ";"]) {
      const read = await cellsOf("kh.csv", csv([HEADER, [1, "Việc một", "Sở Nội vụ", "Sở Tư pháp\nSở Tài chính", "30/6/2024", "", ""], [2, "Việc hai", "Sở Nội vụ", "", "Quý III/2024", "", ""]], separator));
      const grid = read.tables[0]!.grid;
      expect(grid.rows[0]!.cells[1]).toBe("NỘI DUNG\nNHIỆM VỤ");
      expect(grid.rows[1]!.cells[3]).toBe("Sở Tư pháp\nSở Tài chính");
      // Row numbers are the file's lines: the header spans three (two cells hold a line break), the first task two.
      expect(grid.rows.map((r) => r.number).slice(0, 3)).toEqual([1, 4, 6]);
    }
  });

  it(".docx (jszip and saxes): the task table after the document's header table, gridSpan group rows, vMerge cells down", async () => {
    const bytes = await docx([
      docxTable([["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]]),
      "PHỤ LỤC",
      "Danh mục nhiệm vụ Kế hoạch cải cách hành chính năm 2024",
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh)",
      docxTable([
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I", { text: "CẢI CÁCH THỂ CHẾ", span: 4 }],
        ["1", "Rà soát văn bản", { text: "Sở Tư pháp", vMerge: "restart" }, "Sở Nội vụ", "30/6/2024"],
        ["2", "Theo dõi thi hành pháp luật", { text: "", vMerge: "continue" }, "", "Quý IV/2024"],
      ]),
    ]);
    const read = await cellsOf("kh.docx", bytes);
    expect(read.format).toBe("docx");
    expect(read.tables).toHaveLength(1);
    const { grid } = read.tables[0]!;
    expect(grid.name).toBe("Bảng 2");
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
      ["I", "CẢI CÁCH THỂ CHẾ", "", "", ""],
      ["1", "Rà soát văn bản", "Sở Tư pháp", "Sở Nội vụ", "30/6/2024"],
      ["2", "Theo dõi thi hành pháp luật", "Sở Tư pháp", "", "Quý IV/2024"],
    ]);
  });
});
