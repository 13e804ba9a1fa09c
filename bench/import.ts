// npm run bench:import — importing a province's plan of 5.000 task rows, as `npm run import` does it, on a
// SQLite file in a temporary folder with the demo data's units. The plan is generated: 12 group rows, titles
// all different, leads and cooperating units (and groups) drawn from the unit list, every deadline form.
// Figures: a first import (read + match + compare, then the write in one transaction), a re-import that
// changes nothing (the dry run), the same plan read as .csv and .docx, a Word appendix of a usual size, and
// memory. Target: ≤ 2 s for 5.000 rows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyPlanImport, previewPlanImport } from "../src/app/plan-import/index.js";
import { loadDemoData } from "../src/composition/runtime.js";
import { openDatabase } from "../src/db/database.js";
import { createPlanImportStore } from "../src/db/stores/plan-import-store.js";
import { HEADER, type Row, csv, docx, docxTable, xlsx } from "../tests/plan-import/files.js";

const ROWS = 5_000;
const dir = mkdtempSync(path.join(tmpdir(), "nv-bench-import-"));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
// CPU time of this process beside the wall time: on a machine shared with other work the wall time says more
// about the others than about the import.
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return `CPU ${s((used.user + used.system) / 1000)}`;
};

const LEADS = ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Công an tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo", "UBND thành phố Tam Kỳ", "UBND huyện Núi Thành", "Các sở, ban, ngành"];
const COOPERATING = ["Sở Nội vụ; Văn phòng UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Sở Tài chính, Sở Kế hoạch và Đầu tư", "", "Công an tỉnh\nSở Thông tin và Truyền thông", "Các cơ quan, đơn vị liên quan", "UBND các xã, phường"];
const DEADLINES = ["30/6/2025", "Tháng 9/2025", "Quý II/2025", "Quí IV-2025", "Năm 2025", "6 tháng đầu năm", "Trước 31/12/2025", "2025 - 2030", "Thường xuyên", "Hằng năm", "Hằng quý", "Cả năm", "Khi có phát sinh"];
const AREAS = ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "CẢI CÁCH TÀI CHÍNH CÔNG", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"];
const VERBS = ["Rà soát", "Triển khai", "Kiểm tra", "Ban hành", "Tổ chức", "Đánh giá", "Số hóa", "Hướng dẫn", "Tập huấn", "Công khai"];
const OBJECTS = ["văn bản quy phạm pháp luật", "thủ tục hành chính", "hồ sơ công việc", "dịch vụ công trực tuyến", "vị trí việc làm", "cơ sở dữ liệu chuyên ngành", "tài khoản định danh điện tử", "chỉ số cải cách hành chính", "quy chế phối hợp", "hệ thống một cửa điện tử"];

function planRows(count = ROWS): Row[] {
  const rows: Row[] = [["KẾ HOẠCH Cải cách hành chính năm 2025"], [], HEADER];
  const perGroup = Math.ceil(count / 12);
  for (let i = 0; i < count; i++) {
    if (i % perGroup === 0) rows.push([["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][i / perGroup]!, AREAS[(i / perGroup) % AREAS.length]!, null, null, null, null, null]);
    rows.push([
      (i % perGroup) + 1,
      `${VERBS[i % VERBS.length]} ${OBJECTS[Math.floor(i / VERBS.length) % OBJECTS.length]} (đợt ${i + 1})`,
      LEADS[i % LEADS.length]!,
      COOPERATING[i % COOPERATING.length]!,
      DEADLINES[i % DEADLINES.length]!,
      i % 3 === 0 ? "Báo cáo kết quả" : null,
      null,
    ]);
  }
  return rows;
}

try {
  const database = await openDatabase({ provider: "sqlite", file: path.join(dir, "bench.db") });
  await loadDemoData(database);
  const store = createPlanImportStore(database.db, "sqlite");
  const rows = planRows();
  const files = {
    xlsx: await xlsx(rows),
    csv: csv(rows),
    docx: await docx([String(rows[0]![0]), docxTable(rows.slice(2).map((r) => [...r].map((c) => (c === null ? "" : String(c)))))]),
  };
  console.log(`import bench: ${ROWS.toLocaleString("vi-VN")} task rows, ${rows.length - ROWS - 3} group rows (SQLite, demo units)`);
  console.log(`   files: .xlsx ${(files.xlsx.length / 1024).toFixed(0)} KB, .csv ${(files.csv.length / 1024).toFixed(0)} KB, .docx ${(files.docx.length / 1024).toFixed(0)} KB\n`);

  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const preview = await previewPlanImport(store, { file: { name: "ke-hoach-2025.xlsx", bytes: files.xlsx } });
  const t1 = performance.now();
  const result = await applyPlanImport(store, preview, { at: new Date() });
  const t2 = performance.now();
  const rssAfterFirst = process.memoryUsage().rss;
  if (!result.ok || result.created !== ROWS) throw new Error(`import failed: ${JSON.stringify(result)} ${JSON.stringify(preview.problems.slice(0, 3))}`);
  console.log(`1. first import of the .xlsx: ${s(t2 - t0)}, ${cpuSince(c0)}  (target ≤ 2 s)`);
  console.log(`   read, match and compare ${s(t1 - t0)}; write (one transaction: ${result.created} tasks, links, events) ${s(t2 - t1)}`);

  const c3 = process.cpuUsage();
  const t3 = performance.now();
  const again = await previewPlanImport(store, { file: { name: "ke-hoach-2025.xlsx", bytes: files.xlsx } });
  const t4 = performance.now();
  if (!again.changes.every((c) => c.action === "unchanged")) throw new Error("re-import found changes");
  console.log(`2. re-import, same file (dry run: ${again.changes.length} unchanged): ${s(t4 - t3)}, ${cpuSince(c3)}`);

  for (const format of ["csv", "docx"] as const) {
    const c = process.cpuUsage();
    const t = performance.now();
    const p = await previewPlanImport(store, { file: { name: `ke-hoach-2025.${format}`, bytes: files[format] } });
    const ms = performance.now() - t;
    if (!p.changes.every((c) => c.action === "unchanged")) throw new Error(`${format}: ${p.changes.filter((c) => c.action !== "unchanged").length} changes, ${JSON.stringify(p.problems.slice(0, 2))}`);
    console.log(`3. the same plan as .${format} (dry run, all unchanged): ${s(ms)}, ${cpuSince(c)}`);
  }
  // A Word appendix of a usual size.
  const usual = planRows(300);
  const word = await docx([String(usual[0]![0]), docxTable(usual.slice(2).map((r) => [...r].map((c) => (c === null ? "" : String(c)))))]);
  const t5 = performance.now();
  const small = await previewPlanImport(store, { file: { name: "phu-luc.docx", bytes: word }, plan: "Phụ lục 300 nhiệm vụ" });
  if (small.changes.length !== 300) throw new Error(`docx 300: ${small.changes.length}`);
  console.log(`4. a usual .docx appendix of 300 rows, into a new plan (dry run): ${s(performance.now() - t5)}`);

  const memory = process.memoryUsage();
  console.log(`\nmemory: resident ${mb(memory.rss)} now, ${mb(rssAfterFirst)} after the .xlsx import, peak ${mb(process.resourceUsage().maxRSS * 1024)}; heap used ${mb(memory.heapUsed)}`);
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
