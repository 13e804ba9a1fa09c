/**
 * Reports out (issue #11, item 5), on the demo plan in a real database: the .xlsx workbook read back with
 * exceljs and the .docx report read back with mammoth and jszip, as of the demo meeting and as of an earlier
 * day; who may export; an unknown plan.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportReport, type ExportRequest } from "../../src/app/exports/index.js";
import { createExportStore } from "../../src/db/stores/export-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { type TestDatabase, freshPostgres, freshSqlite } from "../support/databases.js";

const translate = createTranslator();

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The rows below a sheet's title and header, as arrays of cell values (column 1 first). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`exports (${provider})`, () => {
    let test: TestDatabase;
    const run = (request: Partial<ExportRequest> & Pick<ExportRequest, "format">) =>
      exportReport(createExportStore(test.database.db), translate, { asOf: "2023-07-25", locale: "vi", ...request });

    beforeAll(async () => {
      test = await open({ demo: true });
      const db = test.database.db;
      // An extension history: Sở Tài chính asked twice for CCHC23-32, approved once, then refused.
      const task = await db.task.findUniqueOrThrow({ where: { code: "CCHC23-32" } });
      const person = await db.person.findFirstOrThrow({ where: { key: "giam-doc-snv" } });
      await db.extensionRequest.create({ data: { taskId: task.id, requestedById: person.id, newDeadline: "2023-07-31", reason: "chờ ý kiến Bộ Tài chính", status: "approved", createdAt: new Date("2023-06-20T03:00:00Z"), decidedById: person.id, decidedAt: new Date("2023-06-22T03:00:00Z"), decisionNote: "đồng ý" } });
      await db.extensionRequest.create({ data: { taskId: task.id, requestedById: person.id, newDeadline: "2023-08-31", reason: "chưa đủ hồ sơ", status: "pending", createdAt: new Date("2023-07-24T03:00:00Z") } });
      // Markup characters in a title must reach the document as text.
      await db.task.update({ where: { code: "CCHC23-35" }, data: { title: "Nâng cấp hệ thống <một cửa> & cổng dịch vụ công \"tỉnh\"" } });
    });
    afterAll(async () => test?.cleanup());

    it("writes a workbook with the tasks, overdue by unit, KPIs with periods and sources, and the extension history", async () => {
      const result = await run({ format: "xlsx", plan: "CCHC23" });
      if (!result.ok) throw new Error(translate("vi", result.reply));
      expect(result.file.name).toBe("bao-cao-CCHC23-2023-07-25.xlsx");
      const workbook = await workbookOf(result.file.bytes);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["Nhiệm vụ", "Quá hạn theo đơn vị", "Chỉ số", "Lịch sử gia hạn"]);

      const tasks = workbook.getWorksheet("Nhiệm vụ")!;
      expect(String(tasks.getCell("A1").value)).toBe("Danh sách nhiệm vụ — Kế hoạch cải cách hành chính năm 2023 — tính đến 25/7/2023");
      expect((tasks.getRow(2).values as unknown[]).slice(1)).toEqual(["STT", "Mã", "Kế hoạch", "Lĩnh vực", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Hạn ban đầu", "Tình trạng", "Tiến độ (%)", "Ngày hoàn thành", "Minh chứng", "Ghi chú"]);
      const rows = rowsOf(tasks);
      expect(rows).toHaveLength(43);
      const first = rows.find((r) => r[1] === "CCHC23-01")!;
      expect(first.slice(5, 13)).toEqual(["Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh; Sở Thông tin và Truyền thông", new Date("2023-02-28T00:00:00Z"), undefined, "đã hoàn thành đúng hạn", 100, new Date("2023-02-17T00:00:00Z"), "Kế hoạch số 1034/KH-UBND ngày 17/2/2023 của UBND tỉnh"]);
      expect(tasks.getCell("H3").numFmt).toBe("d/m/yyyy");
      expect(rows.find((r) => r[1] === "CCHC23-15")![9]).toBe("quá hạn 17 ngày làm việc");

      const overdue = rowsOf(workbook.getWorksheet("Quá hạn theo đơn vị")!);
      expect(overdue.reduce((sum, r) => sum + (r[2] as number), 0)).toBe(6);
      expect(overdue.find((r) => r[1] === "Sở Tài chính")!.slice(2)).toEqual([1, 2, 3, "CCHC23-32"]);

      const kpis = rowsOf(workbook.getWorksheet("Chỉ số")!);
      expect(kpis.find((r) => r[1] === "Tỷ lệ hồ sơ trực tuyến" && r[2] === "Cấp huyện")!.slice(3)).toEqual(["18,05%", 18.05, undefined, "số liệu 1/1–27/6/2023", "Báo cáo của Sở Nội vụ"]);

      const extensions = rowsOf(workbook.getWorksheet("Lịch sử gia hạn")!);
      expect(extensions.map((r) => [r[1], r[6], r[7], r[9]])).toEqual([
        ["CCHC23-32", new Date("2023-06-30T00:00:00Z"), new Date("2023-07-31T00:00:00Z"), "Đã duyệt"],
        ["CCHC23-32", new Date("2023-07-31T00:00:00Z"), new Date("2023-08-31T00:00:00Z"), "Chờ duyệt"],
      ]);
    });

    it("writes a .docx report in the administrative layout, with the tasks by status and what the figures show", async () => {
      const result = await run({ format: "docx", plan: "CCHC23" });
      if (!result.ok) throw new Error(translate("vi", result.reply));
      const bytes = Buffer.from(result.file.bytes);
      const text = (await mammoth.extractRawText({ buffer: bytes })).value;
      const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
      expect(lines.slice(0, 9)).toEqual([
        "UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ", "Số:          /BC-",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 25 tháng 7 năm 2023",
        "BÁO CÁO", "Kết quả thực hiện Kế hoạch cải cách hành chính năm 2023", "(Số liệu tính đến ngày 25/7/2023)",
      ]);
      const at = (line: string) => lines.indexOf(line);
      expect(at("I. KẾT QUẢ THỰC HIỆN")).toBeGreaterThan(0);
      expect(at("II. TỒN TẠI, HẠN CHẾ")).toBeGreaterThan(at("I. KẾT QUẢ THỰC HIỆN"));
      expect(at("III. ĐỀ XUẤT")).toBeGreaterThan(at("II. TỒN TẠI, HẠN CHẾ"));
      expect(lines).toContain("Tổng số 43 nhiệm vụ; đã hoàn thành 14 nhiệm vụ (32,55%), trong đó hoàn thành trễ hạn 3; đang thực hiện trong hạn 8; chưa triển khai 15; chờ xác nhận hoàn thành 0; đang vướng mắc 1; quá hạn 5 nhiệm vụ.");
      expect(lines).toContain("- Tỷ lệ hồ sơ trực tuyến (Cấp huyện): 18,05% (số liệu 1/1–27/6/2023); nguồn: Báo cáo của Sở Nội vụ.");
      // The table: groups in order of urgency, each over its tasks; every task once.
      const groups = lines.filter((l) => /^(Quá hạn|Đang vướng mắc|Chờ xác nhận|Đang thực hiện trong hạn|Chưa triển khai|Đã hoàn thành)[^:]*\(\d+ nhiệm vụ\)$/u.test(l));
      expect(groups).toEqual(["Quá hạn (5 nhiệm vụ)", "Đang vướng mắc (1 nhiệm vụ)", "Đang thực hiện trong hạn (8 nhiệm vụ)", "Chưa triển khai (15 nhiệm vụ)", "Đã hoàn thành, trễ hạn (3 nhiệm vụ)", "Đã hoàn thành đúng hạn (11 nhiệm vụ)"]);
      expect(lines.filter((l) => /^CCHC23-\d\d$/u.test(l))).toHaveLength(43);
      expect(lines).toContain('Nâng cấp hệ thống <một cửa> & cổng dịch vụ công "tỉnh"');
      const findings = lines.slice(at("II. TỒN TẠI, HẠN CHẾ") + 1, at("III. ĐỀ XUẤT"));
      expect(findings[0]).toBe("- Còn 6/43 nhiệm vụ quá hạn (trong đó 1 nhiệm vụ đang vướng mắc), thuộc 6 đơn vị chủ trì:");
      expect(findings).toContain("+ Sở Tài chính: 1 nhiệm vụ (CCHC23-32);");
      expect(findings).toContain("- 1 đề nghị gia hạn đang chờ xem xét.");
      const proposals = lines.slice(at("III. ĐỀ XUẤT") + 1);
      expect(proposals).toContain("- Kính đề nghị lãnh đạo xem xét 1 đề nghị gia hạn đang chờ.");
      expect(lines.slice(-4)).toEqual(["Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Lưu: VT.", "GIÁM ĐỐC"]);
      // An editable Word table: a header row repeated on each page, group rows merged across its six columns, A4.
      const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
      expect(xml).toContain("<w:tblHeader/>");
      expect(xml.match(/<w:gridSpan w:val="6"\/>/gu)).toHaveLength(6);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    });

    it("exports every active plan when none is asked for: the year's plan and the meeting's conclusions, each task once", async () => {
      const result = await run({ format: "xlsx" });
      if (!result.ok) throw new Error(translate("vi", result.reply));
      expect(result.file.name).toBe("bao-cao-CCHC23-KL23-2023-07-25.xlsx");
      const rows = rowsOf((await workbookOf(result.file.bytes)).getWorksheet("Nhiệm vụ")!);
      expect([rows.length, rows.filter((r) => String(r[1]).startsWith("KL23-")).length]).toEqual([47, 4]);
      expect(rows.find((r) => r[1] === "KL23-03")![5]).toBe("Công an tỉnh Quảng Nam");
    });

    it("shows an earlier day as it stood: later completions not yet done, later figures and requests left out", async () => {
      const result = await run({ format: "xlsx", asOf: "2023-03-01" });
      if (!result.ok) throw new Error(translate("vi", result.reply));
      const workbook = await workbookOf(result.file.bytes);
      const second = rowsOf(workbook.getWorksheet("Nhiệm vụ")!).find((r) => r[1] === "CCHC23-02")!;
      // Done on 9/3/2023: on 1/3 it was still in hand, without its completion day or evidence.
      expect([second[9], second[11], second[12]]).toEqual(["đang thực hiện trong hạn", undefined, undefined]);
      expect(rowsOf(workbook.getWorksheet("Chỉ số")!)).toEqual([[undefined, "(không có)"]]);
      expect(rowsOf(workbook.getWorksheet("Lịch sử gia hạn")!)).toEqual([[undefined, "(không có)"]]);
    });

    it("exports for leaders and the secretariat only, and names the plans when asked for an unknown one", async () => {
      const refused = await run({ format: "docx", requester: { role: "unit_officer" } });
      expect(refused.ok ? "" : translate("vi", refused.reply)).toBe('Xin lỗi, chỉ lãnh đạo và cơ quan thường trực được xuất báo cáo. Đồng chí có thể hỏi "tiến độ kế hoạch" để xem tình hình.');
      expect((await run({ format: "docx", requester: { role: "leader" } })).ok).toBe(true);
      expect((await run({ format: "xlsx", requester: { role: "secretariat" }, plan: "ke hoach cai cach hanh chinh nam 2023" })).ok).toBe(true);
      const unknown = await run({ format: "xlsx", plan: "CDS24" });
      expect(unknown.ok ? "" : translate("vi", unknown.reply)).toBe('Không tìm thấy kế hoạch "CDS24". Các kế hoạch hiện có: CCHC23, KL23.');
    });
  });
}
