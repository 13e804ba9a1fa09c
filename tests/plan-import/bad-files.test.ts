/**
 * Bad input, each kind answered by one clear line naming what is wrong (and where, for a row): a file that is
 * not what its name says, an empty sheet, a password-protected workbook, a file too large to read, a table
 * with no recognisable header, a broken file of each format.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/infra/i18n.js";
import { MAX_IMPORT_BYTES, checkFile, describeProblem, readTaskTables } from "../../src/app/plan-import/index.js";
import type { Problem } from "../../src/core/plan-import/index.js";
import { HEADER, csv, docx, docxTable, encryptedOfficeFile, xlsx } from "./files.js";

const translate = createTranslator();
const vi = { locale: "vi" as const, withTable: false, letters: true, translate };
const en = { locale: "en" as const, withTable: false, letters: true, translate };

async function problemOf(name: string, bytes: Uint8Array): Promise<Problem> {
  const read = await readTaskTables({ name, bytes });
  if (read.ok) throw new Error(`${name} was read`);
  return read.problem;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("a file that is not what its name says", () => {
  it("a Word document named .xlsx, a workbook named .docx, a CSV named .xlsx, a picture named .csv", async () => {
    const word = await docx(["Kế hoạch"]);
    const book = await xlsx([HEADER]);
    expect(await problemOf("ke-hoach.xlsx", word)).toMatchObject({ code: "wrong-format", args: { format: "xlsx", actual: "docx" } });
    expect(describeProblem(await problemOf("ke-hoach.xlsx", word), vi)).toBe("ke-hoach.xlsx không phải tệp .xlsx như tên gọi: nội dung là tài liệu Word (.docx)");
    expect(await problemOf("ke-hoach.docx", book)).toMatchObject({ code: "wrong-format", args: { actual: "xlsx" } });
    expect(await problemOf("ke-hoach.xlsx", csv([HEADER]))).toMatchObject({ code: "wrong-format", args: { actual: "text" } });
    expect(await problemOf("ke-hoach.csv", PNG)).toMatchObject({ code: "wrong-format", args: { actual: "image" } });
    expect(describeProblem(await problemOf("ke-hoach.csv", PNG), en)).toBe("ke-hoach.csv is not the .csv file its name says: it holds an image");
  });

  it("an old .xls/.doc file, a PDF, and a name the import does not take", async () => {
    expect(await problemOf("ke-hoach.xls", PNG)).toMatchObject({ code: "legacy-format", args: { format: "xls" } });
    expect(await problemOf("ke-hoach.docx", new TextEncoder().encode("%PDF-1.7\n"))).toMatchObject({ code: "wrong-format", args: { actual: "pdf" } });
    expect(await problemOf("ke-hoach.pdf", new TextEncoder().encode("%PDF-1.7\n"))).toMatchObject({ code: "unsupported-format" });
  });
});

describe("broken and empty files of each kind", () => {
  it("an empty file, an empty sheet, a document without a table", async () => {
    expect(await problemOf("ke-hoach.xlsx", new Uint8Array())).toMatchObject({ code: "file-empty" });
    expect(await problemOf("ke-hoach.xlsx", await xlsx([]))).toMatchObject({ code: "sheet-empty", args: { table: "Kế hoạch" } });
    expect(describeProblem(await problemOf("ke-hoach.xlsx", await xlsx([])), vi)).toBe('ke-hoach.xlsx không có dữ liệu (trang "Kế hoạch" trống)');
    expect(await problemOf("ke-hoach.csv", new TextEncoder().encode("\n\n"))).toMatchObject({ code: "sheet-empty" });
    expect(await problemOf("ke-hoach.docx", await docx(["Chỉ có một đoạn văn."]))).toMatchObject({ code: "no-table" });
  });

  it("a truncated .xlsx and .docx, a CSV that is not UTF-8", async () => {
    const book = await xlsx([HEADER, [1, "Việc", "Sở Nội vụ", null, "30/6/2024", null, null]]);
    expect(await problemOf("ke-hoach.xlsx", book.slice(0, Math.floor(book.length / 2)))).toMatchObject({ code: "unreadable", args: { format: "xlsx" } });
    const word = await docx([docxTable([["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"]])]);
    expect(await problemOf("ke-hoach.docx", word.slice(0, 200))).toMatchObject({ code: "unreadable" });
    const windows1258 = new Uint8Array([...new TextEncoder().encode("STT,N"), 0xf4, ...new TextEncoder().encode("i dung\n")]);
    expect(await problemOf("ke-hoach.csv", windows1258)).toMatchObject({ code: "not-utf8" });
  });

  it("a password-protected workbook is said to be one", async () => {
    const p = await problemOf("ke-hoach.xlsx", encryptedOfficeFile());
    expect(p).toMatchObject({ code: "password-protected" });
    expect(describeProblem(p, vi)).toContain("được đặt mật khẩu");
  });

  it("a file above the size limit is refused on its size alone, before it is read", () => {
    const result = checkFile("ke-hoach.xlsx", 50 * 1024 * 1024, new Uint8Array());
    expect(result).toMatchObject({ problem: { code: "file-too-large" } });
    expect("problem" in result && describeProblem(result.problem, vi)).toBe(`ke-hoach.xlsx quá lớn (50 MB, tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB): không đọc`);
  });

  it("a table with no recognisable header names the columns it looked for", async () => {
    const p = await problemOf("danh-ba.xlsx", await xlsx([["Họ tên", "Điện thoại"], ["Nguyễn Văn A", "0905 000 000"]]));
    expect(p).toMatchObject({ code: "no-header", args: { missing: ["title", "lead", "deadline"] } });
    expect(describeProblem(p, vi)).toBe('dòng 1: không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong danh-ba.xlsx: thiếu cột "Nội dung/Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành/Thời hạn"');
    const noLead = await problemOf("thieu-cot.csv", csv([["STT", "Nội dung", "Thời hạn"], [1, "Việc", "30/6/2024"]]));
    expect(noLead).toMatchObject({ code: "no-header", args: { missing: ["lead"] }, where: { row: 1 } });
  });
});

describe("a broken row answered with its row and column", () => {
  it("31/6 and an unknown unit, in Vietnamese and in English", () => {
    const date: Problem = { severity: "error", code: "invalid-date", where: { table: "KH", row: 7, column: 4, header: "Thời gian hoàn thành" }, args: { text: "31/6/2023", detail: "31/6/2023" } };
    expect(describeProblem(date, vi)).toBe('dòng 7, cột E "Thời gian hoàn thành": "31/6/2023": không có ngày 31/6/2023 (tháng 6 có 30 ngày)');
    expect(describeProblem(date, en)).toBe('row 7, column E "Thời gian hoàn thành": "31/6/2023": 31/6/2023 is not a date (month 6 has 30 days)');
    const unit: Problem = { severity: "error", code: "unknown-unit", where: { table: "KH", row: 9, column: 2, header: "Cơ quan chủ trì" }, args: { name: "Sở Ngoại giao", closest: ["Sở Ngoại vụ"] } };
    expect(describeProblem(unit, vi)).toBe('dòng 9, cột C "Cơ quan chủ trì": "Sở Ngoại giao" không có trong danh sách đơn vị; gần nhất: Sở Ngoại vụ');
  });
});
