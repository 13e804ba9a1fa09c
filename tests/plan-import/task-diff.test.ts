import { describe, expect, it } from "vitest";
import { type StoredTask, type TaskDraft, diffPlan, newPlanCode, newTaskCodes, rowKeys, storedSignature, titleKey } from "../../src/core/plan-import/index.js";

const draft = (title: string, overrides: Partial<TaskDraft> = {}): TaskDraft => ({
  code: null,
  title,
  area: "direction",
  areaText: null,
  leadUnitId: 1,
  leadGroup: null,
  cooperatingUnitIds: [],
  cooperatingGroups: [],
  deadline: "2024-06-30",
  deadlineText: "30/6/2024",
  deadlineKind: "fixed",
  recurrence: null,
  deadlineFrom: null,
  product: null,
  planNote: null,
  sourceRef: "1",
  rowKey: titleKey(title),
  ...overrides,
});
const stored = (id: number, code: string, d: TaskDraft, overrides: Partial<StoredTask> = {}): StoredTask => ({ id, ...d, code, ...overrides });
const rows = (...drafts: TaskDraft[]) => drafts.map((d, i) => ({ table: "KH", row: i + 2, draft: d }));

describe("what importing a file would change", () => {
  it("a row is the stored task with its title: re-importing the same file changes nothing", () => {
    const a = draft("Việc A", { sourceRef: "1" });
    const b = draft("Việc B", { sourceRef: "2" });
    const diff = diffPlan(rows(a, b), [stored(1, "KH24-01", a), stored(2, "KH24-02", b)]);
    expect(diff.changes.map((c) => [c.action, "code" in c ? c.code : null])).toEqual([["unchanged", "KH24-01"], ["unchanged", "KH24-02"]]);
    expect(diff.absent).toEqual([]);
  });

  it("says which fields changed, and tells new rows and rows no longer in the file apart", () => {
    const a = draft("Việc A", { sourceRef: "1" });
    const b = draft("Việc B", { sourceRef: "2" });
    const diff = diffPlan(rows({ ...a, deadline: "2024-09-30", deadlineText: "Quý III/2024", leadUnitId: 2 }, draft("Việc C", { sourceRef: "3" })), [stored(1, "KH24-01", a), stored(2, "KH24-02", b)]);
    expect(diff.changes[0]).toMatchObject({ action: "changed", code: "KH24-01" });
    expect(diff.changes[0]!.action === "changed" && diff.changes[0]!.fields.map((f) => f.field)).toEqual(["lead", "deadline"]);
    expect(diff.changes[1]).toMatchObject({ action: "new" });
    expect(diff.absent.map((t) => t.code)).toEqual(["KH24-02"]);
  });

  it("a deadline written as before keeps the stored day: an approved extension is not undone", () => {
    const a = draft("Việc A");
    expect(diffPlan(rows(a), [stored(1, "KH24-01", a, { deadline: "2024-08-15" })]).changes[0]!.action).toBe("unchanged");
    const rewritten = { ...a, deadlineText: "Quý III/2024", deadline: "2024-09-30" };
    expect(diffPlan(rows(rewritten), [stored(1, "KH24-01", a, { deadline: "2024-08-15" })]).changes[0]!.action).toBe("changed");
  });

  it("matches by code first, then by title, then a reworded row by its numbering", () => {
    const coded = draft("Tên mới", { code: "KH24-07" });
    expect(diffPlan(rows(coded), [stored(7, "KH24-07", draft("Tên cũ"))]).changes[0]).toMatchObject({ action: "changed", taskId: 7 });
    const reworded = draft("Rà soát văn bản (sửa câu chữ)", { sourceRef: "II.3" });
    const diff = diffPlan(rows(reworded), [stored(3, "KH24-03", draft("Rà soát văn bản", { sourceRef: "II.3" }))]);
    expect(diff.changes[0]).toMatchObject({ action: "changed", taskId: 3 });
    expect(diff.changes[0]!.action === "changed" && diff.changes[0]!.fields.map((f) => f.field)).toEqual(["title"]);
  });

  it("the same title twice is two tasks, each found again by its rank", () => {
    const keys = rowKeys(["Kiểm tra", "Khác", "KIỂM TRA"]);
    expect(keys[2]).toBe(`${keys[0]}#2`);
    const first = draft("Kiểm tra", { rowKey: keys[0]! });
    const second = draft("KIỂM TRA", { rowKey: keys[2]! });
    const diff = diffPlan(rows(first, second), [stored(1, "A-01", first), stored(2, "A-02", second)]);
    expect(diff.changes.map((c) => c.action)).toEqual(["unchanged", "unchanged"]);
  });

  it("the signature changes with any compared field", () => {
    const a = stored(1, "A-01", draft("Việc A"));
    expect(storedSignature([a])).toBe(storedSignature([{ ...a }]));
    expect(storedSignature([a])).not.toBe(storedSignature([{ ...a, deadlineText: "Quý II/2024" }]));
    expect(storedSignature([])).toBe(storedSignature([]));
  });
});

describe("codes for imported plans and tasks", () => {
  it("a plan's code is its programme and year; its tasks are numbered after the highest taken", () => {
    expect(newPlanCode("plan", "cchc", 2024, new Set())).toBe("CCHC24");
    expect(newPlanCode("plan", "cchc", 2023, new Set(["CCHC23"]))).toBe("CCHC23-2");
    expect(newPlanCode("plan", "cds", 2025, new Set())).toBe("CDS25");
    expect(newPlanCode("conclusion", null, 2023, new Set())).toBe("KL23");
    expect(newPlanCode("plan", null, 2024, new Set())).toBe("KH24");
    expect(newTaskCodes("CCHC24", 3, new Set())).toEqual(["CCHC24-01", "CCHC24-02", "CCHC24-03"]);
    expect(newTaskCodes("CCHC24", 2, new Set(["CCHC24-01", "CCHC24-07"]))).toEqual(["CCHC24-08", "CCHC24-09"]);
  });
});
