// npm run bench:export — an export of 5.000 tasks, as `npm run export` makes it, on a SQLite file in a
// temporary folder: the demo data plus a generated plan of 5.000 tasks (every state: done on time and late
// with evidence, in progress, overdue, blocked, recurring), cooperating units and 500 extension requests.
// Figures: the .xlsx workbook and the .docx report (read from the database, summed up, written), each run
// three times, and memory. Target: ≤ 3 s for 5.000 tasks.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exportReport } from "../src/app/exports/index.js";
import { loadDemoData } from "../src/composition/runtime.js";
import { openDatabase } from "../src/db/database.js";
import { createExportStore } from "../src/db/stores/export-store.js";
import { createTranslator } from "../src/infra/i18n.js";

const TASKS = 5_000;
const dir = mkdtempSync(path.join(tmpdir(), "nv-bench-export-"));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
const AREAS = ["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government", "direction"] as const;
const VERBS = ["Rà soát", "Triển khai", "Kiểm tra", "Ban hành", "Tổ chức", "Đánh giá", "Số hóa", "Hướng dẫn"];
const OBJECTS = ["văn bản quy phạm pháp luật", "thủ tục hành chính", "hồ sơ công việc", "dịch vụ công trực tuyến", "vị trí việc làm", "cơ sở dữ liệu chuyên ngành"];

try {
  const database = await openDatabase({ provider: "sqlite", file: path.join(dir, "bench.db") });
  await loadDemoData(database);
  const db = database.db;
  const units = await db.unit.findMany({ where: { kind: { in: ["department", "district", "provincial_office", "police"] } } });
  const secretariat = await db.unit.findFirstOrThrow({ where: { code: "SNV" } });
  const person = await db.person.findFirstOrThrow();
  const plan = await db.plan.create({ data: { code: "BENCH25", name: "Kế hoạch thử tải năm 2025", year: 2025, sourceDocument: "bench", secretariatUnitId: secretariat.id } });
  const day = (i: number) => `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
  await db.task.createMany({
    data: Array.from({ length: TASKS }, (_, i) => {
      const status = (["done", "done", "in_progress", "not_started", "blocked", "pending_confirmation"] as const)[i % 6]!;
      return {
        code: `BENCH25-${String(i + 1).padStart(4, "0")}`,
        planId: plan.id,
        title: `${VERBS[i % VERBS.length]} ${OBJECTS[i % OBJECTS.length]} của các cơ quan, đơn vị trên địa bàn tỉnh (đợt ${i + 1})`,
        area: AREAS[i % AREAS.length]!,
        leadUnitId: units[i % units.length]!.id,
        deadline: day(i),
        status,
        progress: status === "done" ? 100 : (i * 7) % 100,
        completedAt: status === "done" ? new Date(`${day(i + (i % 2))}T03:00:00Z`) : null,
        evidence: status === "done" ? `Văn bản số ${i + 1}/BC-UBND ngày ${day(i)}` : null,
        notes: status === "blocked" ? "Chờ hướng dẫn của Bộ" : null,
        blockedSince: status === "blocked" ? new Date("2025-06-01T03:00:00Z") : null,
        deadlineKind: i % 13 === 0 ? "recurring" : "fixed",
        deadlineText: i % 13 === 0 ? "Hằng quý" : null,
        recurrence: i % 13 === 0 ? "quarterly" : null,
      };
    }),
  });
  const tasks = await db.task.findMany({ where: { planId: plan.id }, select: { id: true }, orderBy: { id: "asc" } });
  await db.taskCooperator.createMany({ data: tasks.flatMap((t, i) => [units[(i + 1) % units.length]!.id, units[(i + 5) % units.length]!.id].map((unitId) => ({ taskId: t.id, unitId }))) });
  await db.extensionRequest.createMany({
    data: tasks.filter((_, i) => i % 10 === 0).map((t, i) => ({ taskId: t.id, requestedById: person.id, newDeadline: "2025-12-31", reason: "chờ kinh phí", status: i % 2 === 0 ? "approved" : "pending", createdAt: new Date("2025-06-15T03:00:00Z") })),
  });
  await db.plan.updateMany({ where: { code: { not: "BENCH25" } }, data: { active: false } });

  const store = createExportStore(db);
  const translate = createTranslator();
  console.log(`export bench: ${TASKS.toLocaleString("vi-VN")} tasks, ${TASKS * 2} cooperations, ${TASKS / 10} extension requests (SQLite, as of 30/9/2025)\n`);
  for (const format of ["xlsx", "docx"] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    let peak = 0;
    for (let round = 0; round < 3; round++) {
      globalThis.gc?.();
      const t = performance.now();
      const c = process.cpuUsage();
      const result = await exportReport(store, translate, { format, asOf: "2025-09-30", locale: "vi" });
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      if (!result.ok || result.tasks !== TASKS) throw new Error(`export failed: ${JSON.stringify(result)}`);
      size = result.file.bytes.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    console.log(`.${format}: ${times.map(s).join(", ")} wall (target ≤ 3 s; the first round loads the writer); CPU of this process ${cpu.map(s).join(", ")}; file ${(size / 1024).toFixed(0)} KB, rss ${mb(peak)}`);
  }
  const memory = process.memoryUsage();
  console.log(`\nmemory at the end: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}`);
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
