/**
 * The .docx reader on the document's own XML: what Word writes besides plain runs (deleted text, field codes,
 * tabs and line breaks, a table inside a cell, a continued merge) reads as Word shows it; a package whose main
 * part has another name is found through its relationships; a broken document is an error, not a table.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseDocument, readDocx } from "../../src/app/plan-import/read-docx.js";
import { cleanCell } from "../../src/core/plan-import/index.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, props = "") => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${inner}</w:tc>`;

describe("reading a Word document's tables from its XML", () => {
  it("reads what Word shows: no deleted text or field codes, tabs and breaks, a nested table as text, merges", () => {
    const xml = doc(
      p(r("KẾ HOẠCH") + `<w:r><w:tab/></w:r>` + r("năm 2024")) +
        p("") +
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
        `<w:tr>${tc(p(r("STT")))}${tc(p(r("Nội dung")))}${tc(p(r("Chủ trì")))}</w:tr>` +
        `<w:tr>${tc(p(r("I")))}${tc(p(r("CẢI CÁCH THỂ CHẾ")), '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc(p(r("1")))}${tc(p(r("Rà soát") + `<w:del><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>` + `<w:r><w:br/></w:r>` + r("văn bản")))}${tc(p(r("Sở Tư pháp")), '<w:vMerge w:val="restart"/>')}</w:tr>` +
        `<w:tr>${tc(p(r("2")))}${tc(`<w:tbl><w:tr>${tc(p(r("a")))}${tc(p(r("b")))}</w:tr></w:tbl>` + p(r("sau bảng")))}${tc(p(""), "<w:vMerge/>")}</w:tr>` +
        `<w:tr>${tc(p(r("3")))}${tc(p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` + r("Công khai")))}${tc(p(r("Văn phòng")))}</w:tr>` +
        `</w:tbl>` +
        p(r("Sau bảng, không phải lời dẫn")),
    );
    const [grid, ...more] = parseDocument(xml);
    expect(more).toEqual([]);
    expect(grid!.preamble).toEqual(["KẾ HOẠCH năm 2024"]);
    // The import cleans each cell (lines trimmed, empty lines dropped) before reading it.
    expect(grid!.rows.map((row) => row.cells.map(cleanCell))).toEqual([
      ["STT", "Nội dung", "Chủ trì"],
      ["I", "CẢI CÁCH THỂ CHẾ", ""],
      ["1", "Rà soát\nvăn bản", "Sở Tư pháp"],
      ["2", "a\nb\nsau bảng", "Sở Tư pháp"],
      ["3", "Công khai", "Văn phòng"],
    ]);
  });

  it("finds the main part through the package's relationships, and refuses a document that is not XML", async () => {
    const zip = new JSZip();
    zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`);
    zip.file("word/document2.xml", doc(`<w:tbl><w:tr>${tc(p(r("STT")))}</w:tr></w:tbl>`));
    const grids = await readDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(grids.map((g) => g.rows.map((row) => row.cells))).toEqual([[["STT"]]]);
    expect(() => parseDocument("<w:document><w:body><w:tbl>")).toThrow();
  });
});
