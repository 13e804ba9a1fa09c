/**
 * `npm run export -- --format xlsx|docx [--plan …] [--as-of …] [--out …]`, end to end: real processes on a
 * SQLite file with the demo data, the way a user runs them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/databases.js";
import { cli } from "../support/processes.js";

const tmp = tempDir("nv-export-cli-");
const env = { DATABASE_URL: `file:${path.join(tmp.dir, "t.db")}` };

beforeAll(async () => {
  // The first command of a fresh clone builds the bundle first (and waits for another test file's build).
  const seeded = await cli(["seed", "--demo"], { env, timeoutMs: 55_000 });
  expect(seeded.code).toBe(0);
});
afterAll(() => tmp.remove());

describe("npm run export", () => {
  it("writes the report as of the day asked, says what it holds, and never overwrites without --force", async () => {
    const out = path.join(tmp.dir, "bao-cao.docx");
    const made = await cli(["export", "--format", "docx", "--plan", "CCHC23", "--as-of", "25/7/2023", "--out", out], { env });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout.trim().split("\n")).toEqual([
      "Đã xuất báo cáo Kế hoạch cải cách hành chính năm 2023, tính đến 25/7/2023: 43 nhiệm vụ, 6 quá hạn, 12 số liệu chỉ số, 0 đề nghị gia hạn.",
      `Đã ghi tệp ${out}.`,
    ]);
    const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value;
    expect(text).toContain("Quảng Nam, ngày 25 tháng 7 năm 2023");
    const again = await cli(["export", "--format", "docx", "--as-of", "25/7/2023", "--out", out], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("không ghi đè");
    expect((await cli(["export", "--format", "docx", "--as-of", "25/7/2023", "--out", out, "--force"], { env })).code).toBe(0);
  });

  it("refuses a wrong command line, a day that does not exist and an unknown plan, writing nothing", async () => {
    const out = path.join(tmp.dir, "x.xlsx");
    const noFormat = await cli(["export", "--out", out], { env });
    expect([noFormat.code, noFormat.stderr]).toEqual([2, expect.stringContaining("usage: npm run export")]);
    const badDay = await cli(["export", "--format", "xlsx", "--as-of", "31/6/2023", "--out", out], { env });
    expect([badDay.code, badDay.stderr.trim()]).toEqual([2, 'Ngày "31/6/2023" không hợp lệ: hãy viết như 25/7/2023.']);
    const unknown = await cli(["export", "--format", "xlsx", "--plan", "CDS25", "--out", out], { env });
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'Không tìm thấy kế hoạch "CDS25". Các kế hoạch hiện có: CCHC23, KL23.']);
    expect(existsSync(out)).toBe(false);
  });
});
