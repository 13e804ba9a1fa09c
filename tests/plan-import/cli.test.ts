/**
 * `npm run import -- <file> [--plan …] [--dry-run] [--json] [--skip-errors]` and `--template`, end to end:
 * real processes on a SQLite file with the demo data, the way a user runs them.
 */
import { existsSync, openSync, closeSync, ftruncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";
import { HEADER, PLAN_2024, PLAN_2024_MERGES, csv, docx, encryptedOfficeFile, xlsx } from "./files.js";

const tmp = tempDir("nv-import-cli-");
const dbFile = path.join(tmp.dir, "t.db");
const env = { DATABASE_URL: `file:${dbFile}` };
const file = (name: string, bytes: Uint8Array) => {
  const target = path.join(tmp.dir, name);
  writeFileSync(target, bytes);
  return target;
};
const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
const json = (text: string) => lines(text).map((l) => JSON.parse(l) as Record<string, unknown>);
async function taskCount(): Promise<number> {
  const database = await openDatabase({ provider: "sqlite", file: dbFile });
  try {
    return await database.db.task.count();
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const seeded = await cli(["seed", "--demo"], { env });
  expect(seeded.code).toBe(0);
});
afterAll(() => tmp.remove());

describe("npm run import", () => {
  it("--template writes a workbook with the recognised headers, which imports as it is", async () => {
    const target = path.join(tmp.dir, "mau.xlsx");
    const made = await cli(["import", "--template", target, "--year", "2025"], { env });
    expect(made.code, made.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Kế hoạch", "Hướng dẫn", "Đơn vị"]);
    expect(workbook.getWorksheet("Kế hoạch")!.getRow(3).values).toContain("Cơ quan chủ trì");
    const dry = await cli(["import", target, "--dry-run", "--json"], { env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(json(dry.stdout).filter((l) => l.type === "task").map((l) => [l.action, l.deadlineText])).toEqual([["new", "Quý I/2025"], ["new", "Thường xuyên"]]);
    expect((await cli(["import", "--template", target], { env })).code).toBe(1); // never overwrites
  });

  it("--dry-run --json: one line per task with what would happen, a summary, and nothing written", async () => {
    const plan = file("ke-hoach-2024.xlsx", await xlsx(PLAN_2024, { merges: PLAN_2024_MERGES }));
    const before = await taskCount();
    const dry = await cli(["import", plan, "--dry-run", "--json"], { env });
    expect(dry.code, dry.stderr).toBe(0);
    const out = json(dry.stdout);
    expect(out.filter((l) => l.type === "task").map((l) => [l.action, l.row, l.code, l.lead])).toEqual([
      ["new", 7, "CCHC24-01", "Sở Tư pháp"],
      ["new", 8, "CCHC24-02", "Sở Tư pháp"],
      ["new", 10, "CCHC24-03", "Văn phòng Ủy ban nhân dân tỉnh"],
      ["new", 11, "CCHC24-04", "Các sở, ban, ngành"],
      ["new", 12, "CCHC24-05", "Văn phòng Ủy ban nhân dân tỉnh"],
    ]);
    expect(out.at(-1)).toMatchObject({ type: "summary", plan: { code: "CCHC24", new: true }, new: 5, errors: 0, dryRun: true, written: false });
    expect(await taskCount()).toBe(before);
  });

  it("imports, and importing again (here as CSV) changes nothing", async () => {
    const plan = path.join(tmp.dir, "ke-hoach-2024.xlsx");
    const done = await cli(["import", plan], { env });
    expect(done.code, done.stderr).toBe(0);
    expect(lines(done.stdout).at(-1)).toBe("Đã nhập vào CCHC24: 5 nhiệm vụ mới, 0 cập nhật, 0 không đổi.");
    const count = await taskCount();
    const again = await cli(["import", file("ke-hoach-2024.csv", csv(PLAN_2024)), "--json"], { env });
    expect(again.code, again.stderr).toBe(0);
    expect(json(again.stdout).filter((l) => l.type === "task").map((l) => l.action)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(await taskCount()).toBe(count);
  });

  it("a file with errors: each problem on a line with its row and column, exit 1, nothing written; --skip-errors imports the rest", async () => {
    const broken = file(
      "cds-2025.xlsx",
      await xlsx([
        ["Kế hoạch chuyển đổi số năm 2025"],
        HEADER,
        [1, "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", null, "31/6/2025", null, null],
        [2, "Kết nối hệ thống quản lý văn bản", "Sở Ngoại giao", null, "Quý II/2025", null, null],
        [3, "Ban hành danh mục cơ sở dữ liệu", "Sở Khoa học và Công nghệ", null, "Quý III/2025", null, null],
      ]),
    );
    const before = await taskCount();
    const refused = await cli(["import", broken], { env });
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      'dòng 3, cột E "Thời gian hoàn thành": "31/6/2025": không có ngày 31/6/2025 (tháng 6 có 30 ngày)',
      'dòng 4, cột C "Cơ quan chủ trì": "Sở Ngoại giao" không có trong danh sách đơn vị; gần nhất: Sở Ngoại vụ',
      "Không nhập: tệp có 2 lỗi, không ghi gì. Sửa tệp, hoặc thêm --skip-errors để nhập các dòng không lỗi.",
    ]);
    expect(await taskCount()).toBe(before);
    const asJson = await cli(["import", broken, "--dry-run", "--json"], { env });
    expect(asJson.code).toBe(1);
    expect(json(asJson.stdout).filter((l) => l.type === "problem")).toEqual([
      { type: "problem", severity: "error", code: "invalid-date", table: "Kế hoạch", row: 3, column: "E", header: "Thời gian hoàn thành", message: '"31/6/2025": không có ngày 31/6/2025 (tháng 6 có 30 ngày)' },
      { type: "problem", severity: "error", code: "unknown-unit", table: "Kế hoạch", row: 4, column: "C", header: "Cơ quan chủ trì", message: '"Sở Ngoại giao" không có trong danh sách đơn vị; gần nhất: Sở Ngoại vụ' },
    ]);
    const skipped = await cli(["import", broken, "--skip-errors"], { env });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(lines(skipped.stdout).at(-1)).toBe("Đã nhập vào CDS25: 1 nhiệm vụ mới, 0 cập nhật, 0 không đổi, bỏ qua 2 dòng lỗi.");
    expect(await taskCount()).toBe(before + 1);
  });

  it("bad files: one line each, exit 1, nothing written", async () => {
    const big = path.join(tmp.dir, "lon.xlsx");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const cases: Array<[string, RegExp]> = [
      [big, /^lon\.xlsx quá lớn \(50 MB, tối đa 20 MB\): không đọc$/],
      [file("word.xlsx", await docx(["Kế hoạch"])), /^word\.xlsx không phải tệp \.xlsx như tên gọi: nội dung là tài liệu Word \(\.docx\)$/],
      [file("khoa.xlsx", encryptedOfficeFile()), /^khoa\.xlsx được đặt mật khẩu/],
      [file("trong.xlsx", await xlsx([])), /^trong\.xlsx không có dữ liệu/],
      [file("danh-ba.csv", csv([["Họ tên", "Điện thoại"], ["An", "0905"]])), /^dòng 1: không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong danh-ba\.csv: thiếu cột/],
      [path.join(tmp.dir, "khong-co.xlsx"), /^Không tìm thấy tệp \/ file not found: /],
    ];
    const before = await taskCount();
    for (const [target, message] of cases) {
      const started = Date.now();
      const result = await cli(["import", target], { env });
      expect(result.code, target).toBe(1);
      expect(lines(result.stderr), target).toHaveLength(1);
      expect(lines(result.stderr)[0], target).toMatch(message);
      // Refused at once, not parsed: generous, since the suite may share a loaded machine.
      expect(Date.now() - started).toBeLessThan(60_000);
    }
    expect(await taskCount()).toBe(before);
    expect(existsSync(big)).toBe(true);
  });

  it("a wrong command line is exit 2 with the usage", async () => {
    const result = await cli(["import", "--no-such-option"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run import");
    expect((await cli(["import"], { env })).code).toBe(2);
  });
});
