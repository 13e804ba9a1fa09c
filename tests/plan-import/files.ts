/**
 * Real plan files made by the tests: an .xlsx workbook with exceljs (merged cells, a title above the header,
 * group rows), a CSV text, and a .docx zipped from its minimal XML parts with jszip (gridSpan and vMerge for
 * merged cells) — the same libraries a user's Excel or Word file goes through when read.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Unit } from "../../src/core/model.js";
import { readDemoFile } from "../../src/composition/runtime.js";

export type Row = ReadonlyArray<string | number | Date | null>;

export async function xlsx(rows: readonly Row[], options: { merges?: readonly string[]; sheet?: string; before?: (wb: ExcelJS.Workbook) => void } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  options.before?.(workbook);
  const sheet = workbook.addWorksheet(options.sheet ?? "Kế hoạch");
  rows.forEach((row, i) => {
    sheet.getRow(i + 1).values = [...row] as ExcelJS.CellValue[];
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function csv(rows: readonly Row[], separator = ","): Uint8Array {
  const quote = (v: Row[number]) => {
    const text = v === null ? "" : String(v);
    return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return new TextEncoder().encode(`\uFEFF${rows.map((r) => r.map(quote).join(separator)).join("\r\n")}\r\n`);
}

/** A Word table cell: its text (lines as paragraphs), how many grid columns it spans, and its vertical merge. */
export interface DocxCell {
  text: string;
  span?: number;
  /** "restart" opens a merged range downwards; "continue" is a cell covered by the one above. */
  vMerge?: "restart" | "continue";
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraph = (t: string) => `<w:p>${t.split("\n").map((line, i) => `${i > 0 ? "<w:r><w:br/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r>`).join("")}</w:p>`;

export function docxTable(rows: ReadonlyArray<ReadonlyArray<DocxCell | string>>): string {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + (typeof c === "string" ? 1 : c.span ?? 1), 0)));
  const cell = (c: DocxCell | string) => {
    const { text, span, vMerge } = typeof c === "string" ? { text: c } : c;
    const props = `${span && span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : vMerge === "continue" ? "<w:vMerge/>" : ""}`;
    return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(text)}</w:tc>`;
  };
  return `<w:tbl><w:tblGrid>${"<w:gridCol/>".repeat(width)}</w:tblGrid>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}

/** A .docx whose body is the given paragraphs and tables (XML from docxTable, or text for a paragraph). */
export async function docx(body: ReadonlyArray<string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const parts = body.map((part) => (part.startsWith("<w:tbl>") ? part : paragraph(part))).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts}<w:sectPr/></w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/**
 * What Office writes for a workbook opened with a password: an OLE compound file (not a zip) whose directory
 * holds the "EncryptionInfo" and "EncryptedPackage" streams. Only the parts a reader looks at are real here.
 */
export function encryptedOfficeFile(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = (text: string, at: number) => [...text].forEach((c, i) => bytes.set([c.charCodeAt(0), 0], at + i * 2));
  name("Root Entry", 1024);
  name("EncryptionInfo", 1024 + 128);
  name("EncryptedPackage", 1024 + 256);
  return bytes;
}

/** The demo data's units, with ids in file order: a unit list for tests that need no database. */
export async function demoUnits(): Promise<Unit[]> {
  const data = await readDemoFile();
  const ids = new Map(data.units.map((u, i) => [u.code, i + 1]));
  return data.units.map((u, i) => ({
    id: i + 1,
    code: u.code,
    name: u.name,
    shortNames: u.short,
    aliases: u.aliases,
    kind: u.kind,
    parentId: u.parent ? ids.get(u.parent)! : null,
    validFrom: u.validFrom ?? null,
    validTo: u.validTo ?? null,
    successorId: u.successor ? ids.get(u.successor)! : null,
  }));
}

/** The header as real plans write it: capitals, a line break inside a header. */
export const HEADER: Row = ["STT", "NỘI DUNG\nNHIỆM VỤ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian\nhoàn thành", "Sản phẩm", "Ghi chú"];

/** A small CCHC plan of 2024: two groups, five tasks, every kind of deadline cell the tests need. */
export const PLAN_2024: readonly Row[] = [
  ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", null, null, null, null, null, null],
  ["KẾ HOẠCH Cải cách hành chính năm 2024", null, null, null, null, null, null],
  [null, null, null, null, null, null, null],
  HEADER,
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
  ["I", "CẢI CÁCH THỂ CHẾ", null, null, null, null, null],
  [1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", "Sở Tư pháp", "Sở Nội vụ; Văn phòng UBND tỉnh", "30/6/2024", "Báo cáo", null],
  [2, "Kiểm tra việc thi hành pháp luật", "Sở Tư pháp", "Các sở, ban, ngành", "Quý III/2024", "Báo cáo kiểm tra", null],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null, null, null, null, null],
  [1, "Công bố, công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "UBND các huyện, thị xã, thành phố", "Thường xuyên", null, "Cập nhật trên Cổng DVC"],
  [2, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Các sở, ban, ngành", "Sở Thông tin và Truyền thông", "Hằng quý", null, null],
  [3, "Rà soát thủ tục hành chính khi có văn bản mới", "Văn phòng UBND tỉnh", null, "Khi có phát sinh", null, null],
];

export const PLAN_2024_MERGES = ["A1:G1", "A2:G2", "B6:G6", "B9:G9"];
