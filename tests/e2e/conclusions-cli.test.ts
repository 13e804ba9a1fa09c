import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

/** `npm run import -- --conclusions <file> --dry-run [--json]`: proposed tasks from a conclusion notice, nothing created. */
let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const SEED = "tests/fixtures/conclusions/tuned/01-bao-qnam-25-7-2023.txt";
const NOTICE = "tests/fixtures/conclusions/tuned/02-tb-bcd-cchc-10-8-2023.txt";
beforeAll(() => {
  tmp = tempDir();
  env = { DATABASE_URL: `file:${path.join(tmp.dir, "conclusions.db")}`, NOW: "2023-07-25T08:00:00+07:00" };
});
afterAll(() => tmp.remove());

describe("import --conclusions", () => {
  it("prints one JSON line per proposed task of the Chairman's instructions of 25/7/2023", async () => {
    const result = await cli(["import", "--conclusions", SEED, "--dry-run", "--json"], { env, timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.units, l.deadline])).toEqual([
      [[], "2023-07-31"],
      [["các ngành, địa phương"], null],
      [["Công an tỉnh Quảng Nam"], "2023-12-31"],
    ]);
    for (const l of lines) expect(Object.keys(l)).toEqual(expect.arrayContaining(["units", "title", "deadline", "deadlineText", "sentence"]));
    expect(lines[0]!.title).toContain("738.291 tài khoản định danh điện tử");
    expect(lines[2]!.sentence).toMatch(/^Công an tỉnh chủ trì/);
    expect(lines[1]!.groups).toEqual(["các ngành, địa phương"]);
  });

  it("prints a numbered Vietnamese list that says nothing was created; --date sets the date a text lacks", async () => {
    const result = await cli(["import", "--conclusions", NOTICE, "--dry-run"], { env, timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Đề xuất 5 nhiệm vụ từ văn bản ngày 10/8/2023:");
    expect(result.stdout).toContain("Đơn vị: Sở Nội vụ (chủ trì), Sở Thông tin và Truyền thông");
    expect(result.stdout).toContain("Thời hạn: 31/8/2023 (trước ngày 31/8/2023)");
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^Chưa tạo nhiệm vụ nào/);

    const undated = path.join(tmp.dir, "undated.txt");
    writeFileSync(undated, "Giao Sở Tư pháp rà soát thủ tục hành chính trước ngày 15/9.");
    const missing = await cli(["import", "--conclusions", undated, "--json"], { env, timeoutMs: 90_000 });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--date");
    const dated = await cli(["import", "--conclusions", undated, "--date", "1/9/2023", "--json"], { env, timeoutMs: 90_000 });
    expect(dated.code, dated.stderr).toBe(0);
    expect(JSON.parse(dated.stdout)).toMatchObject({ units: ["Sở Tư pháp"], deadline: "2023-09-15" });
  });

  it("reads a .docx", async () => {
    // A minimal Word document written with jszip (mammoth's own zip library): the parts Word needs and two paragraphs.
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    const paragraphs = ["Quảng Nam, ngày 10 tháng 8 năm 2023", "1. Giao Sở Y tế triển khai sổ sức khỏe điện tử trong tháng 9/2023."];
    const body = paragraphs.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join("");
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const file = path.join(tmp.dir, "tb.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await cli(["import", "--conclusions", file, "--dry-run", "--json"], { env, timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ units: ["Sở Y tế"], deadline: "2023-09-30" });

    const fake = path.join(tmp.dir, "fake.docx");
    writeFileSync(fake, "không phải tệp Word");
    const broken = await cli(["import", "--conclusions", fake, "--dry-run"], { env, timeoutMs: 90_000 });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("Không đọc được tệp");
  });

  it("answers bad input clearly and creates nothing: a missing file, an empty text, a text with no instruction", async () => {
    const missing = await cli(["import", "--conclusions", path.join(tmp.dir, "nope.txt"), "--dry-run"], { env, timeoutMs: 90_000 });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Không tìm thấy tệp");
    expect(missing.stderr).toContain("Chưa tạo nhiệm vụ nào");

    const empty = path.join(tmp.dir, "empty.txt");
    writeFileSync(empty, " \n\n");
    const blank = await cli(["import", "--conclusions", empty, "--dry-run"], { env, timeoutMs: 90_000 });
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain("Văn bản trống");

    const report = path.join(tmp.dir, "report.txt");
    writeFileSync(report, "Quảng Nam, ngày 25 tháng 7 năm 2023\nTrong 6 tháng đầu năm, tỉnh đã hoàn thành 14/43 nhiệm vụ, đạt 32,55%.");
    const none = await cli(["import", "--conclusions", report, "--dry-run"], { env, timeoutMs: 90_000 });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("Không tìm thấy chỉ đạo nào");
    const noneJson = await cli(["import", "--conclusions", report, "--dry-run", "--json"], { env, timeoutMs: 90_000 });
    expect(noneJson.stdout).toBe("");
  });
});
