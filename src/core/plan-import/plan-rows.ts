/**
 * The task rows of a table: each row read into a task (title, area, lead, cooperating units and groups,
 * deadline, product, remark), group rows into the area of the rows under them, every broken cell into a
 * problem with its row and column. A row with an error is left out of the tasks, so that the others can be
 * imported when asked to skip it.
 */
import type { LocalDate } from "../local-date.js";
import type { TaskArea } from "../model.js";
import { areaOfHeading, defaultArea } from "./areas.js";
import { type Deadline, parseDeadline } from "./deadline.js";
import { type Grid, cleanCell, oneLine } from "./grid.js";
import { type Field, type TableHeader, isHeaderAgain, isNumberingRow } from "./headers.js";
import { type Heading, headingOf } from "./headings.js";
import type { Programme } from "./plan-meta.js";
import { type Problem, type ProblemPlace, problem } from "./problems.js";
import { rowKeys, sourceRef } from "./row-identity.js";
import type { UnitResolver, UnitsInCell } from "./unit-names.js";

export interface PlanRow {
  /** The table the row is in, and its number there. */
  table: string;
  row: number;
  sourceRef: string;
  /** The task's code when the file has a code column. */
  code: string | null;
  title: string;
  area: TaskArea;
  /** The group headings above the row, as written ("I. CẢI CÁCH THỂ CHẾ — 1. Rà soát văn bản"). */
  areaText: string | null;
  /** The lead unit; null when the lead is a group (leadGroup). */
  leadUnitId: number | null;
  leadGroup: string | null;
  cooperatingUnitIds: number[];
  cooperatingGroups: string[];
  deadline: Deadline;
  /** The start from a "Bắt đầu" column, when the table has one. */
  startFrom: LocalDate | null;
  deadlineText: string;
  product: string | null;
  planNote: string | null;
  rowKey: string;
}

export interface RowsContext {
  year?: number;
  yearTo?: number;
  programme: Programme | null;
}

export interface RowsResult {
  rows: PlanRow[];
  problems: Problem[];
  /** The group rows met, with how many task rows each heads. */
  headings: Array<{ table: string; row: number; text: string; tasks: number }>;
  /** Rows left out because of an error. */
  rejected: Array<{ table: string; row: number }>;
}

const DETAIL_FIELDS: readonly Field[] = ["lead", "cooperating", "deadline", "start", "product", "note", "code"];

/**
 * The task rows of one or more tables (a document's appendix may be cut into several), in order; row keys
 * count a repeated title across all of them.
 */
export function readPlanRows(tables: ReadonlyArray<{ grid: Grid; header: TableHeader }>, resolver: UnitResolver, context: RowsContext): RowsResult {
  const parts = tables.map(({ grid, header }) => readTable(grid, header, resolver, context));
  const drafts = parts.flatMap((p) => p.drafts);
  const problems = parts.flatMap((p) => p.problems);
  const keys = rowKeys(drafts.map((d) => d.title));
  const rows = drafts.map((d, k) => ({ ...d, rowKey: keys[k]! }));
  const tableIndex = new Map(tables.map((t, i) => [t.grid.name, i]));
  const order = (p: Problem) => (tableIndex.get(p.where?.table ?? "") ?? 0) * 1e7 + (p.where?.row ?? 0);
  rows.forEach((r, k) => {
    if (r.rowKey.includes("#")) problems.push(problem("duplicate-title", { title: r.title }, drafts[k]!.titlePlace));
  });
  return {
    rows: rows.map(({ titlePlace: _, ...row }) => row),
    problems: problems.sort((a, b) => order(a) - order(b)),
    headings: parts.flatMap((p) => p.headings),
    rejected: parts.flatMap((p) => p.rejected),
  };
}

type Draft = Omit<PlanRow, "rowKey"> & { titlePlace: ProblemPlace };

function readTable(
  grid: Grid,
  header: TableHeader,
  resolver: UnitResolver,
  context: RowsContext,
): { drafts: Draft[]; problems: Problem[]; headings: RowsResult["headings"]; rejected: RowsResult["rejected"] } {
  const col = (field: Field) => header.columns.get(field);
  // Each row's cells are cleaned once, on first use; deadlines are read once per distinct text.
  let rowCells: readonly string[] = [];
  let cleaned = new Map<Field, string>();
  const at = (cells: readonly string[], field: Field) => {
    if (cells !== rowCells) {
      rowCells = cells;
      cleaned = new Map();
    }
    let text = cleaned.get(field);
    if (text === undefined) {
      const c = col(field);
      const raw = c === undefined ? "" : cells[c] ?? "";
      cleaned.set(field, (text = raw.trim() === "" ? "" : cleanCell(raw)));
    }
    return text;
  };
  const deadlines = new Map<string, ReturnType<typeof parseDeadline>>();
  const deadlineOf = (text: string) => {
    let parsed = deadlines.get(text);
    if (!parsed) deadlines.set(text, (parsed = parseDeadline(text, context)));
    return parsed;
  };
  const place = (row: number, field?: Field): ProblemPlace => {
    const c = field === undefined ? undefined : col(field);
    return { table: grid.name, row, ...(c === undefined ? {} : { column: c, header: header.headers[c] ?? "" }) };
  };
  const problems: Problem[] = [];
  const headings: RowsResult["headings"] = [];
  const rejected: RowsResult["rejected"] = [];
  const drafts: Draft[] = [];
  const codes = new Map<string, number>();
  let top: Heading | null = null;
  let sub: Heading | null = null;

  for (let i = header.dataStart; i < grid.rows.length; i++) {
    const { number, cells } = grid.rows[i]!;
    if (cells.every((c) => c.trim() === "") || isNumberingRow(cells) || isHeaderAgain(cells, header)) continue;
    const stt = at(cells, "stt");
    const title = oneLine(at(cells, "title"));
    if (DETAIL_FIELDS.every((f) => at(cells, f) === "")) {
      const heading = headingOf(stt, cells.filter((_, k) => k !== col("stt")).map(cleanCell));
      if (!heading) continue;
      if (heading.level === 1) {
        top = heading;
        sub = null;
      } else sub = heading;
      headings.push({ table: grid.name, row: number, text: heading.text, tasks: 0 });
      continue;
    }
    const rowProblems: Problem[] = [];
    if (title === "") rowProblems.push(problem("missing-title", {}, place(number, "title")));
    const lead = unitsOf(at(cells, "lead"), "lead", number, rowProblems);
    const cooperating = unitsOf(at(cells, "cooperating"), "cooperating", number, rowProblems);
    const deadlineText = at(cells, "deadline");
    let deadline: Deadline | undefined;
    if (deadlineText === "") rowProblems.push(problem("missing-deadline", {}, place(number, "deadline")));
    else {
      const parsed = deadlineOf(deadlineText);
      if (parsed.ok) {
        deadline = parsed.deadline;
        if (parsed.several) rowProblems.push(problem("several-deadlines", { text: oneLine(deadlineText), date: deadline.date }, place(number, "deadline")));
      } else rowProblems.push(problem(parsed.problem.code, { text: oneLine(deadlineText), ...("detail" in parsed.problem ? { detail: parsed.problem.detail } : {}) }, place(number, "deadline")));
    }
    let startFrom: LocalDate | null = null;
    const startText = at(cells, "start");
    if (startText !== "") {
      const parsed = parseDeadline(startText, context);
      if (parsed.ok && parsed.deadline.kind === "fixed") startFrom = startOfPeriod(startText, parsed.deadline.date, context);
      else if (!parsed.ok) rowProblems.push(problem(parsed.problem.code, { text: oneLine(startText) }, place(number, "start")));
    }
    const code = at(cells, "code") === "" ? null : oneLine(at(cells, "code")).toUpperCase();
    if (code !== null) {
      const first = codes.get(code);
      if (first !== undefined) rowProblems.push(problem("duplicate-code", { code, firstRow: first }, place(number, "code")));
      else codes.set(code, number);
    }
    if (lead && lead.units.length === 0 && lead.groups.length === 0 && lead.unknown.length === 0 && lead.ambiguous.length === 0) {
      rowProblems.push(problem("missing-lead", {}, place(number, "lead")));
    }
    if (lead && lead.units.length + lead.groups.length > 1) {
      rowProblems.push(problem("several-leads", { lead: lead.units[0]?.name ?? lead.groups[0]!.name }, place(number, "lead")));
    }
    problems.push(...rowProblems);
    if (rowProblems.some((p) => p.severity === "error") || !lead || !cooperating || !deadline) {
      rejected.push({ table: grid.name, row: number });
      continue;
    }
    // The first unit named leads; with only groups, the first group. Every other name cooperates.
    const leadUnit = lead.units[0] ?? null;
    const leadGroup = leadUnit === null ? lead.groups[0]!.key : null;
    const extraUnits = lead.units.slice(1);
    const extraGroups = leadUnit === null ? lead.groups.slice(1) : lead.groups;
    const cooperatingUnitIds = unique([...extraUnits, ...cooperating.units].map((u) => u.id)).filter((id) => id !== leadUnit?.id);
    const cooperatingGroups = unique([...extraGroups, ...cooperating.groups].map((g) => g.key)).filter((k) => k !== leadGroup);
    const areaText = [top?.text, sub?.text].filter((t): t is string => t !== undefined).join(" — ") || null;
    const area = (sub && areaOfHeading(sub.text)) ?? (top && areaOfHeading(top.text)) ?? defaultArea(context.programme);
    if (headings.length > 0) headings[headings.length - 1]!.tasks++;
    drafts.push({
      table: grid.name,
      row: number,
      sourceRef: sourceRef([top?.number ?? null, sub?.number ?? null, stt === "" ? null : oneLine(stt)], number),
      code,
      title,
      area,
      areaText,
      leadUnitId: leadUnit?.id ?? null,
      leadGroup,
      cooperatingUnitIds,
      cooperatingGroups,
      deadline,
      startFrom,
      deadlineText: oneLine(deadlineText),
      product: nullIfEmpty(oneLine(at(cells, "product"))),
      planNote: nullIfEmpty(oneLine(at(cells, "note"))),
      titlePlace: place(number, "title"),
    });
  }
  return { drafts, problems, headings, rejected };

  function unitsOf(text: string, field: "lead" | "cooperating", row: number, into: Problem[]): UnitsInCell | undefined {
    if (text === "") return field === "lead" ? (into.push(problem("missing-lead", {}, place(row, "lead"))), undefined) : { units: [], groups: [], unknown: [], ambiguous: [] };
    const found = resolver.resolve(text);
    for (const u of found.unknown) into.push(problem("unknown-unit", { name: u.name, closest: u.closest.map((c) => c.name) }, place(row, field)));
    for (const a of found.ambiguous) into.push(problem("ambiguous-unit", { name: a.name, closest: a.options.map((c) => c.name) }, place(row, field)));
    const year = context.year;
    for (const unit of found.units) {
      if (year !== undefined && unit.validTo !== null && unit.validTo < `${year}-01-01`) {
        into.push(problem("unit-retired", { name: unit.name, until: unit.validTo }, place(row, field)));
      }
    }
    return found.unknown.length > 0 || found.ambiguous.length > 0 ? undefined : found;
  }
}

/** A start column's "Tháng 3/2024" starts on 1/3/2024, not at the end of March. */
function startOfPeriod(text: string, end: LocalDate, context: RowsContext): LocalDate {
  const parsed = parseDeadline(`${text} - ${text}`, context);
  return parsed.ok && parsed.deadline.kind === "range" ? parsed.deadline.from : end;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function nullIfEmpty(text: string): string | null {
  return text === "" ? null : text;
}
