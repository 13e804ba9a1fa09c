// A dataset the size of all 34 provinces after the 2025 reorganisation, on top of the demo data: about
// 3.500 units, 50.000 tasks and 100.000 KPI values. Benchmarks only. Rows go in through better-sqlite3 in one
// transaction, because building 150.000 rows through Prisma's query compiler takes a minute for nothing.
import Database from "better-sqlite3";

export interface ScaleFigures {
  units: number;
  tasks: number;
  metricValues: number;
}

const PROVINCES = 34;
const DEPARTMENTS_PER_PROVINCE = 20;
const COMMUNES_PER_PROVINCE = 82;
const TASKS_PER_PROVINCE = 1_470;
const AREAS = ["institutions", "procedures", "apparatus", "civil_service", "public_finance", "digital_government", "direction"];
const STATUSES = ["done", "in_progress", "not_started", "in_progress", "done", "blocked"];
const PERIODS = ["2023-03-31", "2023-06-27", "2023-09-30", "2023-12-31"];

export function addScaledData(sqliteFile: string): ScaleFigures {
  const db = new Database(sqliteFile);
  try {
    const metrics = db.prepare("SELECT id, measure FROM Metric").all() as Array<{ id: number; measure: string }>;
    const secretariat = (db.prepare("SELECT id FROM Unit WHERE code = 'SNV'").get() as { id: number }).id;
    const addUnit = db.prepare("INSERT INTO Unit (code, name, shortNames, aliases, kind, parentId, validFrom) VALUES (?, ?, '[]', '[]', ?, ?, '2025-07-01')");
    const addPlan = db.prepare("INSERT INTO Plan (code, name, year, sourceDocument, secretariatUnitId) VALUES (?, ?, 2023, 'dữ liệu thử nghiệm', ?)");
    const addTask = db.prepare(
      "INSERT INTO Task (code, planId, title, area, leadUnitId, deadline, status, completedAt, progress, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const addValue = db.prepare(
      "INSERT INTO MetricValue (metricId, scope, unitId, value, periodFrom, periodTo, source, sourceTitle) VALUES (?, 'unit', ?, ?, '2023-01-01', ?, 'BENCH', 'Dữ liệu thử nghiệm')",
    );
    db.transaction(() => {
      for (let p = 1; p <= PROVINCES; p++) {
        const province = Number(addUnit.run(`P${p}`, `Ủy ban nhân dân tỉnh Thử nghiệm ${p}`, "province", null).lastInsertRowid);
        const children: number[] = [];
        for (let d = 0; d < DEPARTMENTS_PER_PROVINCE; d++) children.push(Number(addUnit.run(`P${p}-S${d}`, `Sở Thử nghiệm ${d} tỉnh ${p}`, "department", province).lastInsertRowid));
        for (let c = 0; c < COMMUNES_PER_PROVINCE; c++) children.push(Number(addUnit.run(`P${p}-X${c}`, `Ủy ban nhân dân xã Thử nghiệm ${c} tỉnh ${p}`, "commune", province).lastInsertRowid));
        const plan = Number(addPlan.run(`KH${p}`, `Kế hoạch CCHC năm 2023 tỉnh Thử nghiệm ${p}`, secretariat).lastInsertRowid);
        for (let t = 0; t < TASKS_PER_PROVINCE; t++) {
          const status = STATUSES[t % STATUSES.length]!;
          const deadline = `2023-${String((t % 12) + 1).padStart(2, "0")}-${String((t % 28) + 1).padStart(2, "0")}`;
          addTask.run(`KH${p}-${String(t + 1).padStart(4, "0")}`, plan, `Nhiệm vụ thử nghiệm số ${t + 1} của tỉnh ${p}`, AREAS[t % AREAS.length], children[t % children.length], deadline, status, status === "done" ? Date.UTC(2023, 5, 1, 10) : null, status === "done" ? 100 : (t * 7) % 100, Date.now());
        }
        // Three periods for every metric and a fourth for the rates: about 29 values a unit.
        children.forEach((unit, u) =>
          metrics.forEach((m, k) =>
            PERIODS.slice(0, m.measure === "percent" ? 4 : 3).forEach((periodTo) =>
              addValue.run(m.id, unit, m.measure === "percent" ? `${(u * 7 + k) % 100}.${(u + k) % 100}` : String(1000 + u * 13 + k), periodTo),
            ),
          ),
        );
      }
    })();
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { units: count("Unit"), tasks: count("Task"), metricValues: count("MetricValue") };
  } finally {
    db.close();
  }
}
