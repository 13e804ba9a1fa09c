/**
 * Importing a plan, step one: read the file, find the plan it goes into, and work out task by task what
 * importing it would do, writing nothing. The command line prints this (the dry run) or goes on to apply it;
 * a chat handler shows it and applies it when the secretariat confirms (apply.ts).
 */
import type { Role } from "../../core/model.js";
import {
  type PlanDiff,
  type PlanKind,
  type PlanRow,
  type Problem,
  type TaskChange,
  type UnitGroupDef,
  GROUP_BY_KEY,
  createUnitResolver,
  diffPlan,
  draftOf,
  hasErrors,
  newPlanCode,
  newTaskCodes,
  planMeta,
  planNamed,
  problem,
  programmeOf,
  readPlanRows,
  storedSignature,
} from "../../core/plan-import/index.js";
import type { ImportFormat } from "./file-kind.js";
import type { NewPlan, PlanImportStore, PlanSummary } from "./ports.js";
import { type TaskTable, readTaskTables } from "./read-table.js";

export interface PlanImportRequest {
  file: { name: string; bytes: Uint8Array };
  /** An existing plan's code or name, or a new plan's name; by default the title written above the table. */
  plan?: string;
  /** The plan's year, for deadlines written without one ("6 tháng đầu năm"), when neither plan nor file says it. */
  year?: number;
  /** The unit following a new plan up; by default the secretariat of the existing plans. */
  secretariat?: string;
  kind?: PlanKind;
  /** Who asks, in a chat; absent at the command line, where the operator imports. */
  requester?: { personId: number; role: Role };
}

/** The plan a file goes into: an existing one, or (id null) the one the import creates. */
export interface PlanTarget extends NewPlan {
  id: number | null;
}

export interface PlanImportPreview {
  file: string;
  format: ImportFormat | null;
  /** The tables the tasks were read from ("KH 2024", "Bảng 2"). */
  tables: string[];
  /** null when the file could not be read as a plan at all (problems say why). */
  plan: PlanTarget | null;
  problems: Problem[];
  /** In file order; new tasks carry the code they will get. */
  changes: TaskChange[];
  /** Tasks of the plan the file does not list: kept. */
  absent: PlanDiff["absent"];
  headings: Array<{ table: string; row: number; text: string; tasks: number }>;
  /** Rows left out because of an error. */
  rejectedRows: Array<{ table: string; row: number }>;
  /** No error anywhere: the import can be applied as it is. */
  ok: boolean;
  /** The stored state the changes were worked out from (see apply.ts). */
  signature: string;
  unitNames: ReadonlyMap<number, string>;
  groups: readonly UnitGroupDef[];
  requester: { personId: number; role: Role } | null;
}

const IMPORTERS: ReadonlySet<Role> = new Set(["secretariat", "admin"]);

export async function previewPlanImport(store: PlanImportStore, request: PlanImportRequest): Promise<PlanImportPreview> {
  const base = emptyPreview(request);
  if (request.requester && !IMPORTERS.has(request.requester.role)) return fail(base, problem("not-allowed", { role: request.requester.role }));
  const read = await readTaskTables(request.file);
  if (!read.ok) return fail(base, read.problem);
  const [units, plans] = await Promise.all([store.units(), store.plans()]);
  const tableIndex = new Map(read.tables.map((t, i) => [t.grid.name, i]));
  const placeOrder = (p: Problem) => (tableIndex.get(p.where?.table ?? "") ?? 0) * 1e7 + (p.where?.row ?? 0);
  const resolver = createUnitResolver(units);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const withTables = { ...base, format: read.format, tables: read.tables.map((t) => t.grid.name), unitNames };

  const fileMeta = planMeta(linesAbove(read.tables[0]!));
  const selector = request.plan?.trim() || fileMeta.title || null;
  const existing = selector === null ? undefined : planNamed(plans, selector);
  const nameMeta = planMeta(selector === null ? [] : [selector]);
  const year = request.year ?? existing?.year ?? nameMeta.year ?? fileMeta.year ?? yearOfDeadlines(read.tables);
  if (year === null || year === undefined) return fail(withTables, problem("needs-year", { name: request.file.name }));
  const yearTo = existing ? existing.yearTo : nameMeta.yearTo ?? fileMeta.yearTo;
  const programme = existing ? existing.programme : programmeOf(selector ?? "") ?? fileMeta.programme;
  const kind = existing?.kind ?? request.kind ?? "plan";

  const secretariat = existing ? { id: existing.secretariatUnitId } : chooseSecretariat(request.secretariat, plans, resolver);
  if ("problem" in secretariat) return fail(withTables, secretariat.problem);

  const parsed = readPlanRows(read.tables, resolver, { year, ...(yearTo === null ? {} : { yearTo }), programme });
  const problems = [...parsed.problems];
  const rejected = [...parsed.rejected];

  // A code that belongs to another plan's task is not this plan's: the row is refused, never moved across.
  const fileCodes = parsed.rows.map((r) => r.code).filter((c): c is string => c !== null);
  const known = fileCodes.length > 0 ? await store.taskCodes(fileCodes) : new Map();
  const rows: PlanRow[] = [];
  for (const row of parsed.rows) {
    const owner = row.code === null ? undefined : known.get(row.code);
    if (owner && owner.planId !== existing?.id) {
      problems.push(problem("code-of-other-plan", { code: row.code!, plan: owner.planCode }, { table: row.table, row: row.row }));
      rejected.push({ table: row.table, row: row.row });
    } else rows.push(row);
  }

  const stored = existing ? await store.storedTasks(existing.id) : [];
  const diff = diffPlan(
    rows.map((row) => ({ row: row.row, table: row.table, draft: draftOf(row, secretariat.id) })),
    stored,
  );
  const code = existing?.code ?? newPlanCode(kind, programme, year, new Set(plans.map((p) => p.code)));
  const taken = new Set([...(await store.taskCodesStartingWith(`${code}-`)), ...fileCodes]);
  const fresh = newTaskCodes(code, diff.changes.filter((c) => c.action === "new" && c.draft.code === null).length, taken);
  const changes = diff.changes.map((change) =>
    change.action === "new" && change.draft.code === null ? { ...change, draft: { ...change.draft, code: fresh.shift()! } } : change,
  );
  const groupKeys = new Set(changes.flatMap((c) => [...c.draft.cooperatingGroups, ...(c.draft.leadGroup ? [c.draft.leadGroup] : [])]));
  const plan: PlanTarget = existing
    ? { id: existing.id, code: existing.code, name: existing.name, year: existing.year, yearTo: existing.yearTo, programme: existing.programme, kind: existing.kind, secretariatUnitId: existing.secretariatUnitId, sourceDocument: existing.sourceDocument, issuedOn: null }
    : {
        id: null,
        code,
        name: selector ?? request.file.name.replace(/\.[^.]+$/, ""),
        year,
        yearTo,
        programme,
        kind,
        secretariatUnitId: secretariat.id,
        sourceDocument: fileMeta.document ?? selector ?? request.file.name,
        issuedOn: fileMeta.issuedOn,
      };
  return {
    ...withTables,
    plan,
    problems: problems.sort((a, b) => placeOrder(a) - placeOrder(b)),
    changes,
    absent: diff.absent,
    headings: parsed.headings,
    rejectedRows: [...rejected],
    ok: !hasErrors(problems),
    signature: storedSignature(stored),
    groups: [...groupKeys].map((k) => GROUP_BY_KEY.get(k)!),
  };
}

function emptyPreview(request: PlanImportRequest): PlanImportPreview {
  return {
    file: request.file.name,
    format: null,
    tables: [],
    plan: null,
    problems: [],
    changes: [],
    absent: [],
    headings: [],
    rejectedRows: [],
    ok: false,
    signature: "",
    unitNames: new Map(),
    groups: [],
    requester: request.requester ?? null,
  };
}

function fail(preview: PlanImportPreview, p: Problem): PlanImportPreview {
  return { ...preview, problems: [p], ok: false };
}


/** The lines written above the header of a table: its own preamble, then its rows before the header. */
function linesAbove({ grid, header }: TaskTable): string[] {
  return [...(grid.preamble ?? []), ...grid.rows.slice(0, header.headerRow).map((r) => r.cells.filter((c) => c.trim() !== "").join(" "))];
}

/** The year the plan's deadlines name most often ("30/6/2024", "Quý II/2024"), when nothing else says it. */
function yearOfDeadlines(tables: readonly TaskTable[]): number | null {
  const counts = new Map<number, number>();
  for (const { grid, header } of tables) {
    const c = header.columns.get("deadline")!;
    for (const row of grid.rows.slice(header.dataStart)) {
      for (const m of (row.cells[c] ?? "").matchAll(/\b(20\d\d)\b/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0] ?? null;
}

/** The unit that follows a new plan up: the one named, else the existing plans' secretariat, else Sở Nội vụ. */
function chooseSecretariat(
  named: string | undefined,
  plans: readonly PlanSummary[],
  resolver: ReturnType<typeof createUnitResolver>,
): { id: number } | { problem: Problem } {
  if (named?.trim()) {
    const found = resolver.resolve(named);
    if (found.units.length === 1 && found.unknown.length === 0 && found.ambiguous.length === 0) return { id: found.units[0]!.id };
    const closest = [...found.units, ...found.unknown.flatMap((u) => u.closest), ...found.ambiguous.flatMap((a) => a.options)].map((u) => u.name);
    return { problem: problem("unknown-unit", { name: named, closest: [...new Set(closest)].slice(0, 3) }) };
  }
  const counts = new Map<number, number>();
  for (const p of plans) counts.set(p.secretariatUnitId, (counts.get(p.secretariatUnitId) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (usual) return { id: usual[0] };
  const homeAffairs = resolver.resolve("Sở Nội vụ").units[0];
  return homeAffairs ? { id: homeAffairs.id } : { problem: problem("no-secretariat", {}) };
}
