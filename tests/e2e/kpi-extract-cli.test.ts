import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

/** `kpi extract` as a user runs it: a separate process on a new embedded database (the demo catalogue). */
vi.setConfig({ testTimeout: 90_000 });

// A copy of ../shared/seeds/000_b03755601925f272.txt (the report the bot was born from), so a fresh clone tests it too.
const SEED = path.resolve(import.meta.dirname, "../fixtures/kpi-reports/seed-report-quang-nam-25-7-2023.txt");
const FIELDS = ["metric", "name", "scope", "unit", "value", "measure", "kind", "qualifier", "periodFrom", "periodTo", "asOf", "sentence"];
let tmp: { dir: string; remove(): void };
let env: Record<string, string>;
const kpi = (args: string[]) => cli(["kpi", ...args], { env, timeoutMs: 90_000 });

beforeAll(() => {
  tmp = tempDir();
  env = { DATABASE_URL: `file:${path.join(tmp.dir, "kpi.db")}` };
});
afterAll(() => tmp.remove());

describe("npm run kpi -- extract", () => {
  it("prints one JSON line per value of the seed report, with exactly the agreed fields", async () => {
    const result = await kpi(["extract", SEED, "--json"]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of lines) expect(Object.keys(line)).toEqual(FIELDS);
    expect(lines).toContainEqual(expect.objectContaining({ metric: "online_dossier_rate", scope: "district_level", value: 18.05, measure: "percent", kind: "result", periodFrom: "2023-01-01", periodTo: "2023-06-27" }));
    expect(lines).toContainEqual(expect.objectContaining({ metric: "online_payment_amount", value: 859000000000, qualifier: "more_than" }));
    expect(lines).toContainEqual(expect.objectContaining({ metric: "eid_accounts_activated", value: 738291, kind: "target", asOf: "2023-07-31" }));
  });

  it("reads a .docx, and lists the values in Vietnamese without --json", async () => {
    const docx = path.join(tmp.dir, "bao-cao.docx");
    // A minimal Word document: mammoth reads word/document.xml from the zip.
    const { default: JSZip } = await import("jszip");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Tính đến ngày 30/9/2023, toàn tỉnh đã kích hoạt 612.904 tài khoản định danh điện tử.</w:t></w:r></w:p></w:body></w:document>');
    writeFileSync(docx, await zip.generateAsync({ type: "nodebuffer" }));
    const json = await kpi(["extract", docx, "--json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ metric: "eid_accounts_activated", value: 612904, asOf: "2023-09-30" });
    const text = await kpi(["extract", docx]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Số tài khoản định danh điện tử đã kích hoạt (toàn tỉnh): 612.904, tính đến 30/9/2023");
  });

  it("a text with no figures: a clear answer, nothing in --json mode, exit 0", async () => {
    const file = path.join(tmp.dir, "khong-so.txt");
    writeFileSync(file, "Ban Chỉ đạo quán triệt Kế hoạch số 35/KH-UBND ngày 10/01/2024 về cải cách hành chính.");
    const json = await kpi(["extract", file, "--json"]);
    expect({ code: json.code, stdout: json.stdout }).toEqual({ code: 0, stdout: "" });
    const text = await kpi(["extract", file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Không tìm thấy số liệu chỉ số nào trong khong-so\.txt/);
  });

  it("a missing file, a file that is neither text nor docx, a set without its scope and date: one line, non-zero", async () => {
    const binary = path.join(tmp.dir, "anh.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]));
    for (const [args, message] of [
      [["extract", path.join(tmp.dir, "khong-co.txt")], /không tồn tại/],
      [["extract", binary], /không phải văn bản/],
      // kpi set exists since KPI history landed; without a scope and a date it prints its usage.
      [["set", "online_dossier_rate", "70"], /^Cách dùng: npm run --silent kpi -- extract/],
    ] as const) {
      const result = await kpi([...args]);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stderr.trim()).not.toMatch(/\n/);
    }
  });
});
