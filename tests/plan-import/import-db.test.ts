/**
 * Importing into a real database, on SQLite and on PostgreSQL alike: a new plan from a file, the same file
 * again (and the same plan from the other formats) changing nothing, a changed file changing what changed,
 * an approved extension surviving, nothing written when the file has errors (unless asked to skip them), and
 * a preview refused once the plan changed under it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PlanImportPreview, type PlanImportRequest, applyPlanImport, previewPlanImport } from "../../src/app/plan-import/index.js";
import { createPlanImportStore } from "../../src/db/stores/plan-import-store.js";
import { type TestDatabase, freshPostgres, freshSqlite } from "../support/databases.js";
import { rowCounts } from "../support/schema-facts.js";
import { HEADER, PLAN_2024, PLAN_2024_MERGES, type Row, csv, docx, docxTable, xlsx } from "./files.js";

const AT = new Date("2024-01-15T09:00:00+07:00");

/** The same plan as a Word appendix: a paragraph title, then the table with spans where the sheet had merges. */
async function planAsDocx(rows: readonly Row[]): Promise<Uint8Array> {
  const text = (c: Row[number] | undefined) => (c === null || c === undefined ? "" : String(c));
  const table = rows.slice(3).map((r) => (r[2] === null && r[4] === null && r[0] !== "(1)" ? [text(r[0]), { text: text(r[1]), span: 6 }] : r.map(text)));
  return docx([text(rows[1]![0]), docxTable(table)]);
}

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`importing a plan (${provider})`, () => {
    let test: TestDatabase;
    let store: ReturnType<typeof createPlanImportStore>;
    const preview = (name: string, bytes: Uint8Array, extra: Partial<PlanImportRequest> = {}) => previewPlanImport(store, { file: { name, bytes }, ...extra });
    const apply = (p: PlanImportPreview, skipErrors = false) => applyPlanImport(store, p, { at: AT, skipErrors });
    const tasksOf = (code: string) =>
      test.database.db.task.findMany({ where: { plan: { code } }, orderBy: { code: "asc" }, include: { cooperators: true, cooperatorGroups: { include: { group: true } }, leadGroup: true } });

    beforeAll(async () => {
      test = await open({ demo: true });
      store = createPlanImportStore(test.database.db, test.database.provider);
    });
    afterAll(async () => test?.cleanup());

    it("creates the plan from an .xlsx: programme and year from its title, groups kept as groups, one event per task", async () => {
      const p = await preview("ke-hoach-2024.xlsx", await xlsx(PLAN_2024, { merges: PLAN_2024_MERGES }));
      expect(p.problems).toEqual([]);
      expect(p.plan).toMatchObject({ id: null, code: "CCHC24", name: "KẾ HOẠCH Cải cách hành chính năm 2024", year: 2024, programme: "cchc", kind: "plan" });
      expect(p.changes.map((c) => [c.action, c.draft.code])).toEqual([
        ["new", "CCHC24-01"], ["new", "CCHC24-02"], ["new", "CCHC24-03"], ["new", "CCHC24-04"], ["new", "CCHC24-05"],
      ]);
      const result = await apply(p);
      expect(result).toMatchObject({ ok: true, planCode: "CCHC24", created: 5, updated: 0 });
      const plan = await test.database.db.plan.findUniqueOrThrow({ where: { code: "CCHC24" } });
      expect(plan).toMatchObject({ year: 2024, programme: "cchc", kind: "plan", active: true });
      const tasks = await tasksOf("CCHC24");
      const snv = await test.database.db.unit.findUniqueOrThrow({ where: { code: "SNV" } });
      expect(tasks.map((t) => [t.code, t.area, t.deadline, t.deadlineKind, t.recurrence, t.deadlineText])).toEqual([
        ["CCHC24-01", "institutions", "2024-06-30", "fixed", null, "30/6/2024"],
        ["CCHC24-02", "institutions", "2024-09-30", "fixed", null, "Quý III/2024"],
        ["CCHC24-03", "procedures", "2024-12-31", "recurring", "continuous", "Thường xuyên"],
        ["CCHC24-04", "procedures", "2024-12-31", "recurring", "quarterly", "Hằng quý"],
        ["CCHC24-05", "procedures", "2024-12-31", "on_demand", null, "Khi có phát sinh"],
      ]);
      expect(tasks[1]!.cooperatorGroups.map((g) => g.group.key)).toEqual(["departments"]);
      // Led by "Các sở, ban, ngành": the group is the lead; the secretariat follows the task up.
      expect([tasks[3]!.leadGroup?.key, tasks[3]!.leadUnitId]).toEqual(["departments", snv.id]);
      expect(await test.database.db.taskEvent.count({ where: { task: { plan: { code: "CCHC24" } }, action: "imported" } })).toBe(5);
    });

    it("re-importing the same file, or the same plan as .csv or .docx, changes nothing and writes nothing", async () => {
      const before = await rowCounts(test.database);
      const stamps = (await tasksOf("CCHC24")).map((t) => t.updatedAt.getTime());
      for (const [name, bytes] of [
        ["ke-hoach-2024.xlsx", await xlsx(PLAN_2024, { merges: PLAN_2024_MERGES })],
        ["ke-hoach-2024.csv", csv(PLAN_2024)],
        ["ke-hoach-2024.docx", await planAsDocx(PLAN_2024)],
      ] as const) {
        const p = await preview(name, bytes);
        expect(p.problems, name).toEqual([]);
        expect(p.plan?.code, name).toBe("CCHC24");
        expect(p.changes.map((c) => c.action), name).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
        expect(await apply(p)).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 5 });
      }
      expect(await rowCounts(test.database)).toEqual(before);
      expect((await tasksOf("CCHC24")).map((t) => t.updatedAt.getTime())).toEqual(stamps);
    });

    it("a changed file: a deadline rewritten, a reworded row, a new row, a row gone (kept); then again, nothing", async () => {
      const changed = PLAN_2024.map((r) => [...r]);
      changed[6]![4] = "30/9/2024";
      changed[7]![1] = "Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính";
      changed.splice(11, 1); // "Khi có phát sinh" row gone
      changed.push([4, "Triển khai Cổng dịch vụ công của tỉnh trên nền tảng mới", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Tháng 12/2024", null, null]);
      const bytes = await xlsx(changed, { merges: PLAN_2024_MERGES });
      const p = await preview("ke-hoach-2024.xlsx", bytes);
      expect(p.changes.map((c) => [c.action, c.action === "changed" ? c.fields.map((f) => f.field) : null])).toEqual([
        ["changed", ["deadline"]],
        ["changed", ["title"]],
        ["unchanged", null],
        ["unchanged", null],
        ["new", null],
      ]);
      expect(p.absent.map((t) => t.code)).toEqual(["CCHC24-05"]);
      expect(await apply(p)).toMatchObject({ ok: true, created: 1, updated: 2 });
      const tasks = await tasksOf("CCHC24");
      expect(tasks.map((t) => t.code)).toEqual(["CCHC24-01", "CCHC24-02", "CCHC24-03", "CCHC24-04", "CCHC24-05", "CCHC24-06"]);
      expect(tasks[0]!.deadline).toBe("2024-09-30");
      const again = await preview("ke-hoach-2024.xlsx", bytes);
      expect(again.changes.every((c) => c.action === "unchanged")).toBe(true);
      expect(await test.database.db.taskEvent.count({ where: { task: { code: "CCHC24-01" }, action: "import_updated" } })).toBe(1);
    });

    it("an extension the secretariat approved is not undone by importing the plan again", async () => {
      await test.database.db.task.update({ where: { code: "CCHC24-02" }, data: { deadline: "2024-11-15" } });
      const changed = PLAN_2024.map((r) => [...r]);
      changed[6]![4] = "30/9/2024";
      changed[7]![1] = "Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính";
      changed.splice(11, 1);
      changed.push([4, "Triển khai Cổng dịch vụ công của tỉnh trên nền tảng mới", "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Tháng 12/2024", null, null]);
      const p = await preview("ke-hoach-2024.xlsx", await xlsx(changed, { merges: PLAN_2024_MERGES }));
      expect(p.changes.find((c) => c.action !== "new" && c.code === "CCHC24-02")?.action).toBe("unchanged");
      await apply(p);
      expect((await test.database.db.task.findUniqueOrThrow({ where: { code: "CCHC24-02" } })).deadline).toBe("2024-11-15");
    });

    it("a file with errors writes nothing; with skipErrors it writes the other rows and never the broken one", async () => {
      const rows: Row[] = [
        ["Kế hoạch chuyển đổi số năm 2025", null, null, null, null, null, null],
        HEADER,
        [1, "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", null, "31/6/2025", null, null],
        [2, "Kết nối hệ thống quản lý văn bản", "Văn phòng UBND tỉnh", "Sở Ngoại giao", "Quý II/2025", null, null],
        [3, "Ban hành danh mục cơ sở dữ liệu", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Quý III/2025", null, null],
      ];
      const before = await rowCounts(test.database);
      const p = await preview("cds-2025.xlsx", await xlsx(rows));
      expect(p.ok).toBe(false);
      expect(p.problems.map((x) => [x.where?.row, x.where?.column, x.code])).toEqual([[3, 4, "invalid-date"], [4, 3, "unknown-unit"]]);
      expect(await apply(p)).toEqual({ ok: false, reason: "has-errors", errors: 2 });
      expect(await rowCounts(test.database)).toEqual(before);
      const result = await apply(p, true);
      expect(result).toMatchObject({ ok: true, planCode: "CDS25", created: 1, skippedRows: 2 });
      expect((await tasksOf("CDS25")).map((t) => [t.title, t.area])).toEqual([["Ban hành danh mục cơ sở dữ liệu", "digital_government"]]);
    });

    it("a preview made before the plan changed is refused, and writes nothing", async () => {
      const bytes = await xlsx([["Kế hoạch chuyển đổi số năm 2025"], HEADER, [4, "Đào tạo kỹ năng số cho cán bộ", "Sở Nội vụ", null, "Quý IV/2025", null, null]]);
      const first = await preview("cds-2025.xlsx", bytes);
      const second = await preview("cds-2025.xlsx", bytes);
      expect(await apply(second)).toMatchObject({ ok: true, created: 1 });
      const before = await rowCounts(test.database);
      expect(await apply(first)).toEqual({ ok: false, reason: "stale", errors: 0 });
      expect(await rowCounts(test.database)).toEqual(before);
    });

    it("a row inserted above others: one new task, the others unchanged, their numbering stored quietly", async () => {
      const rows: Row[] = [
        ["Kế hoạch Đề án 06 năm 2025"],
        HEADER,
        [1, "Làm sạch dữ liệu dân cư", "Công an tỉnh", null, "Quý I/2025", null, null],
        [2, "Kích hoạt tài khoản định danh điện tử", "Công an tỉnh", "UBND các xã, phường", "Hằng tháng", null, null],
      ];
      expect(await apply(await preview("da06.xlsx", await xlsx(rows)))).toMatchObject({ ok: true, planCode: "DA06-25", created: 2 });
      const inserted: Row[] = [rows[0]!, HEADER, [1, "Rà soát thủ tục hành chính liên thông", "Công an tỉnh", null, "Quý I/2025", null, null], ...rows.slice(2).map((r) => [Number(r[0]) + 1, ...r.slice(1)])];
      const p = await preview("da06.xlsx", await xlsx(inserted));
      expect(p.changes.map((c) => [c.action, c.action === "unchanged" ? c.renumbered : null])).toEqual([["new", null], ["unchanged", true], ["unchanged", true]]);
      expect(await apply(p)).toMatchObject({ ok: true, created: 1, updated: 0, unchanged: 2 });
      expect((await tasksOf("DA06-25")).map((t) => [t.code, t.sourceRef, t.recurrence])).toEqual([["DA06-25-01", "2", null], ["DA06-25-02", "3", "monthly"], ["DA06-25-03", "1", null]]);
      const again = await preview("da06.xlsx", await xlsx(inserted));
      expect(again.changes.map((c) => [c.action, c.action === "unchanged" ? c.renumbered : null])).toEqual([["unchanged", false], ["unchanged", false], ["unchanged", false]]);
    });

    it("into an existing plan named by --plan, matching its tasks by the codes in the file; another plan's code is refused", async () => {
      const rows: Row[] = [
        ["Mã", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
        ["CCHC23-07", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "Sở Tư pháp", "30/6/2023"],
        ["CCHC24-01", "Việc của kế hoạch khác", "Sở Tư pháp", "30/6/2023"],
        ["", "Một việc mới của năm 2023", "Sở Nội vụ", "Tháng 12/2023"],
      ];
      const p = await preview("cchc-2023.csv", csv(rows), { plan: "Kế hoạch cải cách hành chính năm 2023" });
      expect(p.plan).toMatchObject({ code: "CCHC23", year: 2023 });
      expect(p.problems.map((x) => [x.where?.row, x.code, x.args.plan])).toEqual([[3, "code-of-other-plan", "CCHC24"]]);
      expect(p.changes.map((c) => [c.action, c.action === "new" ? c.draft.code : c.code])).toEqual([["changed", "CCHC23-07"], ["new", "CCHC23-44"]]);
      const task = await test.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-07" } });
      const result = await apply(p, true);
      expect(result).toMatchObject({ ok: true, planCode: "CCHC23", created: 1, updated: 1 });
      const after = await test.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-07" } });
      // The file decides what it says about the task; the unit's status, progress and evidence stay.
      expect([after.status, after.progress, after.evidence, after.deadline]).toEqual([task.status, task.progress, task.evidence, task.deadline]);
      expect(after.deadlineText).toBe("30/6/2023");
    });
  });
}
